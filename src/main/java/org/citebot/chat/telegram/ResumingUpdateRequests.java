package org.citebot.chat.telegram;

import java.util.function.Function;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;

/**
 * The {@code getUpdates} request of each poll, starting after the updates handled before a
 * restart.
 *
 * <p>The library passes the last update id it received in this run (0 at start); its own
 * generator asks for the next one, so a fresh start asks for offset 1 and Telegram gives again
 * every update not yet confirmed. Asking for at least {@link UpdateProgress#nextOffset()} confirms
 * those handled before the stop. Limit and long-poll timeout are the library's defaults.
 */
final class ResumingUpdateRequests implements Function<Integer, GetUpdates> {

    private static final int LIMIT = 100;
    private static final int TIMEOUT_SECONDS = 50;

    private final UpdateProgress progress;

    ResumingUpdateRequests(UpdateProgress progress) {
        this.progress = progress;
    }

    @Override
    public GetUpdates apply(Integer lastReceived) {
        int offset = Math.max(lastReceived == null ? 0 : lastReceived + 1, progress.nextOffset());
        return GetUpdates.builder().limit(LIMIT).timeout(TIMEOUT_SECONDS).offset(offset).build();
    }
}
