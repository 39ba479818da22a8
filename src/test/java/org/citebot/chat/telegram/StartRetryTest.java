package org.citebot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.citebot.config.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StartRetryTest {

    /** The warnings these tests provoke on purpose, asserted here rather than shown in the build. */
    @RegisterExtension
    final LogCapture log = new LogCapture();

    @Test
    void anApiThatComesUpIsWaitedFor() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        String me = StartRetry.retried(() -> {
            if (calls.incrementAndGet() < 3) {
                throw new IOException("connection refused");
            }
            return "citebot_bot";
        }, e -> true, Duration.ofSeconds(20));
        assertEquals("citebot_bot", me);
        assertEquals(3, calls.get());
        log.assertLogged(Level.WARN, StartRetry.class, "Bot API not reachable yet (IOException)");
    }

    @Test
    void aRefusalIsNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(IllegalArgumentException.class, () -> StartRetry.retried(() -> {
            calls.incrementAndGet();
            throw new IllegalArgumentException("401 Unauthorized");
        }, e -> !(e instanceof IllegalArgumentException), Duration.ofSeconds(20)));
        assertEquals(1, calls.get());
    }

    @Test
    void waitingEndsWithTheLastFailure() {
        long t0 = System.nanoTime();
        IOException e = assertThrows(IOException.class, () -> StartRetry.retried(() -> {
            throw new IOException("still down");
        }, x -> true, Duration.ofSeconds(1)));
        assertEquals("still down", e.getMessage());
        log.assertLogged(Level.WARN, StartRetry.class, "Bot API not reachable yet (IOException)");
        assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(5).toNanos());
    }
}
