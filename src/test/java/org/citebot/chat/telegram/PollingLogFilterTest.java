package org.citebot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import org.citebot.config.LogCapture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.exceptions.TelegramApiErrorResponseException;

/** The library's polling log, as BotSession writes it, once through the filter. */
class PollingLogFilterTest {

    @RegisterExtension
    final LogCapture log = new LogCapture();

    private static final Logger SESSION = (Logger) LoggerFactory.getLogger(PollingLogFilter.SESSION_LOGGER);

    @BeforeAll
    static void install() {
        PollingLogFilter.install();
        PollingLogFilter.install();
    }

    @Test
    void aFailedPollIsOneWarningWithItsCauseAndNoStackTrace() {
        IOException cut = new IOException("unexpected end of stream on http://127.0.0.1:9/...",
                new EOFException("\\n not found: limit=0"));
        SESSION.error("Error received from Telegram GetUpdates Request, retrying in {} millis...", 441L,
                new TelegramApiErrorResponseException(cut));
        log.assertLogged(Level.WARN, PollingLogFilter.class, "polling the Bot API failed (");
        assertEquals(1, log.lines().size(), log.lines().toString());
        String line = log.lines().get(0);
        assertTrue(line.contains("IOException: unexpected end of stream on http://127.0.0.1:9/...; caused by"
                + " EOFException: \\n not found: limit=0); next try in 441 ms"), line);
        assertFalse(line.contains("\tat "), line);
    }

    @Test
    void closingWhileAPollIsInFlightLogsNothing() {
        SESSION.error("Error received from Telegram GetUpdates Request, retrying in {} millis...", 300L,
                new TelegramApiErrorResponseException(new InterruptedIOException("interrupted")));
        SESSION.warn("GetUpdates got interrupted while sleeping in backoff mode.", new InterruptedException());
        assertEquals(0, log.lines().size(), log.lines().toString());
    }

    @Test
    void otherLibraryErrorsAreOneLineToo() {
        SESSION.error("Bad Request: wrong offset", new TelegramApiErrorResponseException(400, "Bad Request"));
        log.assertLogged(Level.WARN, PollingLogFilter.class, "TelegramBots: Bad Request: wrong offset (");
        assertEquals(1, log.lines().size(), log.lines().toString());
    }

    @Test
    void atDebugTheLibrarysOwnEventsPassWithTheirStackTraces() {
        Level before = SESSION.getLevel();
        SESSION.setLevel(Level.DEBUG);
        try {
            SESSION.error("Error received from Telegram GetUpdates Request, retrying in {} millis...", 441L,
                    new TelegramApiErrorResponseException(new IOException("down")));
        } finally {
            SESSION.setLevel(before);
        }
        log.assertLogged(Level.ERROR, PollingLogFilter.SESSION_LOGGER, "Error received from Telegram GetUpdates");
        assertTrue(log.lines().get(0).contains("\tat "), log.lines().get(0));
    }

    @Test
    void messagesWithoutAnExceptionAreLeftAlone() {
        SESSION.warn("Received empty body when calling getUpdates");
        log.assertLogged(Level.WARN, PollingLogFilter.SESSION_LOGGER, "Received empty body");
    }
}
