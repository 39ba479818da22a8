package org.citebot;

import org.citebot.cli.CitebotCommand;
import picocli.CommandLine;

/** Entry point: parses the command line and runs the chosen subcommand. */
public final class App {

    private App() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new CitebotCommand()).execute(args));
    }
}
