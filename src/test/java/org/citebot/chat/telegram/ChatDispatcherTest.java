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

    /**
     * A stop answers what it can for the drain, then starts nothing more: the tasks left are
     * skipped and counted (they stay unconfirmed for the next start), the one running ends whole.
     */
    @Test
    void aStopLetsTheRunningTaskEndAndStartsNothingMoreAfterTheDrain() throws InterruptedException {
        List<Integer> done = Collections.synchronizedList(new ArrayList<>());
        ChatDispatcher d = new ChatDispatcher();
        for (int i = 0; i < 10; i++) {
            int n = i;
            d.submit(7, () -> {
                sleep(150); // a paced chat: one answer every 150 ms
                done.add(n);
            });
        }
        ChatDispatcher.Stop stop = d.shutdown(400, 1_000);
        assertTrue(done.size() >= 2 && done.size() <= 4, done::toString);
        assertEquals(10, done.size() + stop.skipped(), "every task either done or counted as skipped");
        assertEquals(0, stop.interrupted(), "the task running at the end of the drain ended whole");
        assertEquals(List.copyOf(done), done.stream().sorted().toList());
    }

    /** Past the grace, a task still running is interrupted, and counted. */
    @Test
    void aTaskStillRunningAfterTheGraceIsInterruptedAndCounted() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        ChatDispatcher d = new ChatDispatcher();
        d.submit(1, () -> {
            started.countDown();
            sleep(60_000);
        });
        assertTrue(started.await(2, TimeUnit.SECONDS));
        long t0 = System.nanoTime();
        ChatDispatcher.Stop stop = d.shutdown(100, 200);
        assertEquals(1, stop.interrupted());
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(5), "bounded");
    }
}
