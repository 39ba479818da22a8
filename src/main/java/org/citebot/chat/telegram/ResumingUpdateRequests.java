package org.citebot.chat.telegram;

import java.util.function.Function;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;

/**
 * The {@code getUpdates} request of each poll: it confirms to Telegram only the updates handled.
 *
 * <p>The offset is {@link UpdateProgress#nextOffset()}, one above the handled watermark, and not
 * the library's "last received + 1": Telegram forgets every update below the offset asked, so
 * asking past updates still waiting for their answer would lose them if the bot died before
 * answering (issue 18). Updates at or above the watermark that the bot already holds come back
 * in every answer; the library drops those it has already passed on (ids up to the last one it
 * received), and {@link UpdateProgress#begin} any other it has seen, so nothing is queued twice.
 *
 * <p>While updates are held, Telegram answers at once (it has updates above the offset), so
 * polling would spin: when the last poll brought nothing new (the last id received did not move)
 * and updates are still held, the next one waits {@link #PAUSE_MILLIS} first. A new question
 * meanwhile waits that long at most. Without held updates the poll is Telegram's long poll of
 * {@link #TIMEOUT_SECONDS}, as before.
 *
 * <p>At most {@link #LIMIT} updates come in one answer, Telegram's maximum: with that many held
 * and unanswered, later ones wait on Telegram's side until the oldest is answered.
 *
 * <p>Called by the library's single polling thread only.
 */
final class ResumingUpdateRequests implements Function<Integer, GetUpdates> {

    static final int LIMIT = 100;
    static final int TIMEOUT_SECONDS = 50;
    /** How long a poll waits after one that brought only updates already held. */
    static final long PAUSE_MILLIS = 250;

    /** How the pause is taken; a test records instead of sleeping. */
    interface Pause {
        void pause(long millis) throws InterruptedException;
    }

    private final UpdateProgress progress;
    private final Pause pause;
    private int lastSeen = -1;

    ResumingUpdateRequests(UpdateProgress progress) {
        this(progress, Thread::sleep);
    }

    ResumingUpdateRequests(UpdateProgress progress, Pause pause) {
        this.progress = progress;
        this.pause = pause;
    }

    @Override
    public GetUpdates apply(Integer lastReceived) {
        int last = lastReceived == null ? 0 : lastReceived;
        if (last == lastSeen && progress.holdsUnhandled(last)) {
            try {
                pause.pause(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // stopping: the poll that follows is cut short
            }
        }
        lastSeen = last;
        return GetUpdates.builder().limit(LIMIT).timeout(TIMEOUT_SECONDS).offset(progress.nextOffset()).build();
    }
}
