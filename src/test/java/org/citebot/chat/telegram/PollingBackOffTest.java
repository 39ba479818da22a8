package org.citebot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Our polling back-off: grows, stays capped at 30 s (never the library's 15 minutes), resets. */
class PollingBackOffTest {

    @Test
    void growsThenStaysCappedAndResets() {
        PollingBackOff b = new PollingBackOff();
        long first = b.nextBackOffMillis();
        assertTrue(first >= 400 && first <= 600, "first " + first);
        long last = 0;
        for (int i = 0; i < 1_000; i++) {
            last = b.nextBackOffMillis();
            assertTrue(last <= PollingBackOff.MAX_MILLIS * 1.2, "sleep " + last);
        }
        assertTrue(last >= PollingBackOff.MAX_MILLIS * 0.8, "capped sleep " + last);
        b.reset();
        assertTrue(b.nextBackOffMillis() <= 600);
    }
}
