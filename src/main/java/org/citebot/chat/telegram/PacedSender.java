package org.citebot.chat.telegram;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Sends within Telegram's flood limits: at most one message per {@code intervalMillis} in a chat
 * (about one a second is Telegram's advice for one chat), and on a 429 answer waits the
 * {@code retry_after} it gives, then tries again (a few times). The library's sender never
 * retries (see FINDINGS, TelegramBots 10.2.0).
 *
 * <p>Thread-safe. It blocks the calling thread while it waits, which is the chat's own stripe of
 * the {@link ChatDispatcher}, so one chat's pause keeps that chat's order.
 */
final class PacedSender implements MessageSender {

    private static final Logger LOG = LoggerFactory.getLogger(PacedSender.class);
    static final int MAX_ATTEMPTS = 4;
    /** A retry_after above this is not waited for: the message is given up. */
    static final long MAX_RETRY_AFTER_MILLIS = 60_000;
    /** Past this many chats, entries older than the interval are forgotten. */
    private static final int MAX_TRACKED_CHATS = 10_000;

    /** How the sender waits; a test records instead of sleeping. */
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    private final MessageSender delegate;
    private final long intervalMillis;
    private final LongSupplier clockMillis;
    private final Sleeper sleeper;
    private final Map<Long, Long> lastSent = new ConcurrentHashMap<>();

    PacedSender(MessageSender delegate, long intervalMillis, LongSupplier clockMillis, Sleeper sleeper) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        if (intervalMillis < 0) {
            throw new IllegalArgumentException("intervalMillis must not be negative, was " + intervalMillis);
        }
        this.intervalMillis = intervalMillis;
        this.clockMillis = Objects.requireNonNull(clockMillis, "clockMillis");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    PacedSender(MessageSender delegate, long intervalMillis) {
        this(delegate, intervalMillis, System::currentTimeMillis, Thread::sleep);
    }

    @Override
    public void send(OutgoingMessage message) throws Exception {
        pace(message.chatId());
        for (int attempt = 1; ; attempt++) {
            try {
                delegate.send(message);
                lastSent.put(message.chatId(), clockMillis.getAsLong());
                return;
            } catch (Exception e) {
                long wait = retryWaitMillis(e, attempt);
                if (wait < 0 || attempt >= MAX_ATTEMPTS || wait > MAX_RETRY_AFTER_MILLIS) {
                    throw e;
                }
                LOG.info("chat {}: {} from the Bot API, retrying in {} ms (attempt {})", message.chatId(),
                        e.getClass().getSimpleName(), wait, attempt + 1);
                sleeper.sleep(wait);
            }
        }
    }

    /** Not paced: Telegram expects a pressed button to be answered at once. */
    @Override
    public void answerCallback(String callbackQueryId, String notice) throws Exception {
        delegate.answerCallback(callbackQueryId, notice);
    }

    private void pace(long chatId) throws InterruptedException {
        if (lastSent.size() > MAX_TRACKED_CHATS) {
            long now = clockMillis.getAsLong();
            lastSent.values().removeIf(t -> now - t > intervalMillis);
        }
        Long last = lastSent.get(chatId);
        if (last != null) {
            long wait = last + intervalMillis - clockMillis.getAsLong();
            if (wait > 0) {
                sleeper.sleep(wait);
            }
        }
    }

    /**
     * How long to wait before sending again, or -1 when the failure is final: a 429 gives its
     * {@code retry_after} (1 s when it does not say); a 5xx, or a connection refused (the message
     * never left, so a retry cannot duplicate it), waits 1 s, 2 s, 4 s. Anything else — a 4xx, or a
     * connection cut once the request was sent (Telegram may have delivered it) — is not retried.
     */
    private static long retryWaitMillis(Exception e, int attempt) {
        long backOff = 1_000L << Math.min(attempt - 1, 5);
        if (e instanceof TelegramApiRequestException r) {
            if (r.getErrorCode() != null && r.getErrorCode() == 429) {
                Integer seconds = r.getParameters() == null ? null : r.getParameters().getRetryAfter();
                return seconds == null ? 1_000 : seconds * 1_000L;
            }
            return r.getErrorCode() != null && r.getErrorCode() >= 500 ? backOff : -1;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException) {
                return backOff;
            }
        }
        return -1;
    }
}
