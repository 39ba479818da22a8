package org.citebot.chat.telegram;

import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows « typing… » in a chat while an answer takes noticeable time: nothing is sent when the
 * answer is ready within {@code delayMillis}; past it, a typing action, repeated every 4 s
 * (Telegram shows one for about 5 s) until the answer is sent.
 *
 * <p>Thread-safe; one daemon thread serves every chat.
 */
final class TypingIndicator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TypingIndicator.class);
    private static final long REPEAT_MILLIS = 4_000;

    /** Sends one typing action to a chat. */
    interface Action {
        void typing(long chatId) throws Exception;
    }

    /** A running indicator; closing it stops the typing actions. */
    interface Handle extends AutoCloseable {
        @Override
        void close();
    }

    /** For tests and for front ends without a typing action. */
    static final Handle NONE = () -> {
    };

    private final Action action;
    private final long delayMillis;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "telegram-typing");
        t.setDaemon(true);
        return t;
    });

    TypingIndicator(Action action, long delayMillis) {
        this.action = Objects.requireNonNull(action, "action");
        this.delayMillis = delayMillis;
    }

    /** Starts the indicator for {@code chatId}; close the handle once the answer is sent. */
    Handle start(long chatId) {
        ScheduledFuture<?> f = timer.scheduleWithFixedDelay(() -> {
            try {
                action.typing(chatId);
            } catch (Exception e) {
                LOG.debug("typing action to chat {} failed: {}", chatId, e.toString());
            }
        }, delayMillis, REPEAT_MILLIS, TimeUnit.MILLISECONDS);
        return () -> f.cancel(false);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
