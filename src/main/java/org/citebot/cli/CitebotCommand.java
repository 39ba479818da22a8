package org.citebot.cli;

import picocli.CommandLine.Command;

/** The top-level {@code citebot} command; its subcommands do the work. */
@Command(name = "citebot", mixinStandardHelpOptions = true, version = "citebot 0.1",
        description = "Answers French questions about news articles, with the fact and its source.",
        subcommands = {AskCommand.class})
public final class CitebotCommand implements Runnable {

    @Override
    public void run() {
        // No subcommand: handled by App (console chat or Telegram).
    }
}
