package org.citebot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StartRetryTest {

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
        assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(5).toNanos());
    }
}
