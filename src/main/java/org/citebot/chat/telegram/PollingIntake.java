package org.citebot.chat.telegram;

import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Where polled updates go: each to its chat's chain, once; recorded as handled when answered.
 * Once stopping, updates are no longer taken, only counted: they stay unconfirmed on
 * Telegram's side. Thread-safe.
 */
final class PollingIntake {

    private static final Logger LOG = LoggerFactory.getLogger(PollingIntake.class);

    private final ChatDispatcher dispatcher;
    private final Consumer<Update> handler;
    private final ReplyWindow window;
    private final UpdateProgress progress;
    private final boolean durable;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicInteger refused = new AtomicInteger();

    /**
     * @param handler answers one update and never throws ({@link TelegramUpdateHandler#handle})
     * @param durable whether {@code progress} is kept in a file (said in the stop's log)
     */
    PollingIntake(ChatDispatcher dispatcher, Consumer<Update> handler, ReplyWindow window, UpdateProgress progress,
                  boolean durable) {
        this.dispatcher = dispatcher;
        this.handler = handler;
        this.window = window;
        this.progress = progress;
        this.durable = durable;
    }

    /**
     * Hands each update to its chat's chain, once: one already handled (Telegram gives again
     * every update above the watermark, and after a restart those handled before it) or
     * already under way is skipped.
     */
    void dispatch(List<Update> updates) {
        for (Update update : updates) {
            int id = update.getUpdateId() == null ? 0 : update.getUpdateId();
            if (stopping.get()) {
                refused.incrementAndGet();
                continue;
            }
            if (!progress.begin(id)) {
                LOG.debug("update {} skipped: already handled or under way", id);
                continue;
            }
            try {
                dispatcher.submit(CitebotTelegramBot.chatKey(update), () -> {
                    try {
                        handler.accept(update);
                        progress.finish(id);
                        LOG.debug("update {} handled", id);
                    } finally {
                        window.recorded();
                    }
                });
            } catch (RejectedExecutionException e) {
                // stopping: it stays unhandled, so unconfirmed, and is counted at the stop
            }
        }
    }

    /**
     * Stops taking updates, answers those in hand for up to {@code drainMillis}, gives the
     * answers under way {@code graceMillis} to end, and says what was left for the next start.
     */
    void stop(long drainMillis, long graceMillis) throws InterruptedException {
        stopping.set(true);
        // Frozen before anything is interrupted: an answer cut short is not recorded as given.
        ChatDispatcher.Stop stop;
        try {
            stop = dispatcher.shutdown(drainMillis, graceMillis, progress::freeze);
        } finally {
            progress.freeze();
        }
        int left = progress.unhandled() + refused.get();
        if (left == 0) {
            LOG.info("stopping: every update received was answered; any not received yet stays with Telegram for"
                    + " the next start");
        } else if (durable) {
            LOG.warn("stopping with {} updates received and not answered yet{}: they are left unconfirmed,"
                    + " like those not received yet, and Telegram will deliver them again at the next start", left,
                    stop.interrupted() == 0 ? "" : " (" + stop.interrupted() + " cut short while answering:"
                            + " those may be answered twice)");
        } else {
            LOG.warn("stopping with {} updates received and not answered yet: they are left unconfirmed,"
                    + " and Telegram will deliver them again at the next start (with no telegram.state.dir,"
                    + " updates answered just before this stop may be answered again too)", left);
        }
    }
}
