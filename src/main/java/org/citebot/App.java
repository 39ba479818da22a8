package org.citebot;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.citebot.cli.CitebotCommand;
import org.citebot.cli.ErrorReporter;
import picocli.CommandLine;

/** Entry point: parses the command line and runs the chosen subcommand. */
public final class App {

    /**
     * Lucene notes through java.util.logging that the Vector API is not enabled; that is a
     * choice of the launcher, not something a user should see on every start. Kept in a field:
     * JUL holds loggers weakly.
     */
    private static final Logger LUCENE_VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

    private App() {
    }

    public static void main(String[] args) {
        LUCENE_VECTORIZATION.setLevel(Level.SEVERE);
        CommandLine cli = new CommandLine(new CitebotCommand());
        cli.setExecutionExceptionHandler(new ErrorReporter());
        System.exit(cli.execute(args));
    }
}
