package org.citebot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The offset asked confirms only handled updates; a poll that brought nothing new is not repeated at once. */
class ResumingUpdateRequestsTest {

    private final UpdateProgress progress = UpdateProgress.inMemory();
    private final List<Long> pauses = new ArrayList<>();
    private final ResumingUpdateRequests requests = new ResumingUpdateRequests(progress, pauses::add);

    @Test
    void theOffsetFollowsTheHandledWatermarkNotTheLastUpdateReceived() {
        assertEquals(1, requests.apply(0).getOffset());
        progress.begin(100);
        progress.begin(101);
        progress.begin(102);
        progress.finish(100);
        progress.finish(102);
        // received up to 102, handled 100 and 102: Telegram must keep 101 (and so 102)
        assertEquals(101, requests.apply(102).getOffset());
        progress.finish(101);
        assertEquals(103, requests.apply(102).getOffset());
    }

    @Test
    void aPollThatBroughtOnlyHeldUpdatesIsFollowedByAPause() {
        requests.apply(0);
        progress.begin(199);
        progress.finish(199);
        progress.begin(200);
        assertEquals(200, requests.apply(200).getOffset(), "new updates: poll again at once");
        assertEquals(List.of(), pauses);
        assertEquals(200, requests.apply(200).getOffset(), "only 200 again, still under way");
        assertEquals(List.of(ResumingUpdateRequests.PAUSE_MILLIS), pauses);
        progress.finish(200);
        requests.apply(200);
        assertEquals(1, pauses.size(), "nothing held: Telegram's long poll waits by itself");
    }

    @Test
    void eachPollAsksTelegramsLimitAndLongPolls() {
        var request = requests.apply(0);
        assertEquals(ResumingUpdateRequests.LIMIT, request.getLimit());
        assertTrue(request.getTimeout() > 0);
    }
}
