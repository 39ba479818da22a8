package org.citebot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.citebot.answer.reply.ReplyTemplates;
import org.citebot.chat.ChatEngine;
import org.citebot.chat.Conversations;
import org.citebot.qa.LiveCitebot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code chat}: the console chat, for anyone without a Telegram bot token. One question a line;
 * ends on end of input or « /quitter ».
 */
@Command(name = "chat", mixinStandardHelpOptions = true, description = "Chat with citebot in the console.")
final class ChatCommand implements Callable<Integer> {

    @Mixin
    CorpusOptions corpus;

    @Spec
    CommandSpec spec;

    /** Where the questions come from; standard input except in tests. */
    InputStream input = System.in;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (LiveCitebot bot = corpus.openLive()) {
            ChatEngine engine = new ChatEngine(bot, ReplyTemplates.load(corpus.configDir()), Conversations.standard());
            out.println(help(engine));
            BufferedReader in = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
            while (true) {
                out.print("> ");
                out.flush();
                String line = in.readLine();
                if (line == null || line.strip().toLowerCase(Locale.ROOT).matches("/(quitter|quit|exit)")) {
                    out.println(engine.templates().line("farewell"));
                    out.flush();
                    return 0;
                }
                if (line.isBlank()) {
                    continue;
                }
                out.println(ChatEngine.asksForHelp(line) ? help(engine) : engine.reply(line));
                out.println();
            }
        }
    }

    /** The engine's help with the console's own way out (« /quitter », template {@code help.quit}). */
    private static String help(ChatEngine engine) {
        return engine.help(engine.exampleQuestions(), List.of("help.quit"));
    }
}
