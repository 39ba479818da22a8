package org.citebot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code citebot telegram} without a token: one clear line, a non-zero exit, no stack trace. */
class TelegramCommandTest {

    @Test
    void missingTokenIsOneLineAndExitOne() {
        assumeTrue(System.getenv("TELEGRAM_BOT_TOKEN") == null, "TELEGRAM_BOT_TOKEN is set in this environment");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new CitebotCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        cli.setExecutionExceptionHandler(new ErrorReporter());
        assertEquals(1, cli.execute("telegram"));
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("citebot: TELEGRAM_BOT_TOKEN is not set"), err.toString());
        assertEquals("", out.toString());
    }
}
