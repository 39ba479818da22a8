package org.citebot.cli;

import java.util.concurrent.Callable;
import org.citebot.chat.telegram.TelegramSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code citebot} command; its subcommands do the work. */
@Command(name = "citebot", mixinStandardHelpOptions = true, version = "citebot 0.1",
        description = "Answers French questions about news articles, with the fact and its source.",
        subcommands = {AskCommand.class, ChatCommand.class, TelegramCommand.class, SourcesCommand.class,
                EvalCommand.class, FitCommand.class, FitRankerCommand.class, GenCorpusCommand.class, OpenSearchLoadCommand.class})
public final class CitebotCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /**
     * No subcommand: the Telegram bot when {@code TELEGRAM_BOT_TOKEN} is set, the console chat
     * otherwise.
     */
    @Override
    public Integer call() {
        String token = System.getenv(TelegramSettings.TOKEN_VARIABLE);
        String sub = token != null && !token.isBlank() ? "telegram" : "chat";
        return spec.commandLine().getSubcommands().get(sub).execute();
    }
}
