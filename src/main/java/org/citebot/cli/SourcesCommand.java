package org.citebot.cli;

import java.util.concurrent.Callable;
import org.citebot.answer.reply.ReplyTemplates;
import org.citebot.chat.ChatEngine;
import org.citebot.qa.Citebot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sources}: lists the articles with their title, outlet and date. */
@Command(name = "sources", mixinStandardHelpOptions = true, description = "List the articles citebot knows.")
final class SourcesCommand implements Callable<Integer> {

    @Mixin
    CorpusOptions corpus;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Citebot bot = corpus.open()) {
            spec.commandLine().getOut().println(new ChatEngine(bot, ReplyTemplates.load(corpus.configDir())).sources());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
