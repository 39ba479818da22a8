package org.citebot.chat.telegram;

import java.util.concurrent.ThreadLocalRandom;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * The pause between failed {@code getUpdates} calls: 500 ms doubling up to 30 s, ±20 % jitter,
 * reset on success. Replaces the library's default, which after 15 minutes of failure sleeps
 * 15 minutes at a time (see FINDINGS, TelegramBots 10.2.0), so a bot would stay deaf for a
 * quarter of an hour after an outage ends.
 *
 * <p>Not thread-safe; the library uses one per polling session.
 */
final class PollingBackOff implements BackOff {

    static final long FIRST_MILLIS = 500;
    static final long MAX_MILLIS = 30_000;

    private long next = FIRST_MILLIS;

    @Override
    public void reset() {
        next = FIRST_MILLIS;
    }

    @Override
    public long nextBackOffMillis() {
        long base = next;
        next = Math.min(MAX_MILLIS, next * 2);
        double jitter = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        return Math.round(base * jitter);
    }
}
