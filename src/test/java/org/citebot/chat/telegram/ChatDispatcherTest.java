package org.citebot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** In order within a chat, concurrent across chats. */
class ChatDispatcherTest {

    @Test
    void oneChatsTasksRunInOrder() throws InterruptedException {
        List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
        try (ChatDispatcher d = new ChatDispatcher()) {
            for (int i = 0; i < 200; i++) {
                int n = i;
                d.submit(-100123L, () -> {
                    if (n == 0) {
                        sleep(300); // the first answer is slow: the others must still wait for it
                    }
                    seen.add(n);
                });
            }
            d.shutdown(5_000, 1_000);
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            expected.add(i);
        }
        assertEquals(expected, seen);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aTaskSubmittedAfterShutdownIsRefusedNotDroppedSilently() throws InterruptedException {
        ChatDispatcher d = new ChatDispatcher();
        d.shutdown(1_000, 0);
        assertThrows(java.util.concurrent.RejectedExecutionException.class, () -> d.submit(1, () -> { }));
    }

    @Test
    void aSlowChatDoesNotHoldUpAnother() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch other = new CountDownLatch(1);
        try (ChatDispatcher d = new ChatDispatcher()) {
            d.submit(0, () -> {
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            d.submit(1, other::countDown);
            assertTrue(other.await(2, TimeUnit.SECONDS), "chat 1 waited for chat 0");
            release.countDown();
        }
    }
}
