package org.citebot.chat.telegram;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.slf4j.LoggerFactory;

/**
 * Retries the first call to the Bot API while it cannot be reached, with the polling back-off
 * (500 ms doubling to 30 s), up to {@code telegram.start.wait.seconds}: a bot started while
 * Telegram (or a self-hosted Bot API server) is down waits for it instead of exiting. An answer
 * that says no (a rejected token) is not retried: {@link #retried} only catches what
 * {@code transient} accepts.
 */
final class StartRetry {

    private static final Logger LOG = LoggerFactory.getLogger(StartRetry.class);

    private StartRetry() {
    }

    /**
     * Whether {@code e} says the Bot API could not be reached or is momentarily failing (no
     * answer, a 5xx from a proxy, 429), rather than refusing (a rejected token).
     */
    static boolean unreachable(Exception e) {
        if (e instanceof TelegramApiRequestException request && request.getErrorCode() != null) {
            int code = request.getErrorCode();
            return code >= 500 || code == 429;
        }
        return true;
    }

    /** The type of a check deciding whether a failure may pass with time. */
    interface Transient {
        boolean test(Exception e);
    }

    /**
     * Calls {@code call} until it succeeds, a failure is not {@code transient}, or {@code wait}
     * has passed; then rethrows the last failure.
     */
    static <T> T retried(Callable<T> call, Transient isTransient, Duration wait) throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        PollingBackOff backOff = new PollingBackOff();
        while (true) {
            try {
                return call.call();
            } catch (Exception e) {
                long pause = backOff.nextBackOffMillis();
                if (!isTransient.test(e) || System.nanoTime() + pause * 1_000_000 > deadline) {
                    throw e;
                }
                LOG.warn("Bot API not reachable yet ({}); retrying in {} ms", e.getClass().getSimpleName(), pause);
                Thread.sleep(pause);
            }
        }
    }
}
