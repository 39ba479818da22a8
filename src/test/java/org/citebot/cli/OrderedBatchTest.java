package org.citebot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedBatchTest {

    @Test
    void linesComeOutInTheOrderTheyWentInWhateverOrderTheyFinish() {
        StringWriter text = new StringWriter();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try (OrderedBatch batch = new OrderedBatch(3, new PrintWriter(text))) {
            for (int i = 0; i < 200; i++) {
                int n = i;
                batch.submit(() -> {
                    threads.add(Thread.currentThread().getName() + Thread.currentThread().threadId());
                    sleep((n * 7) % 5); // later lines often finish first
                    return "line " + n;
                });
            }
        }
        assertEquals(IntStream.range(0, 200).mapToObj(i -> "line " + i).toList(), text.toString().lines().toList());
        assertTrue(threads.size() > 1, "answered on several threads: " + threads);
    }

    @Test
    void aLineIsPrintedAsSoonAsItAndThoseBeforeItAreReady() throws InterruptedException {
        StringWriter text = new StringWriter();
        CountDownLatch second = new CountDownLatch(1);
        try (OrderedBatch batch = new OrderedBatch(2, new PrintWriter(new java.io.BufferedWriter(text)))) {
            batch.submit(() -> "first");
            batch.submit(() -> {
                await(second);
                return "second";
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!text.toString().contains("first") && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertEquals(List.of("first"), text.toString().lines().toList(), "printed before the batch ends");
            second.countDown();
        }
        assertEquals(List.of("first", "second"), text.toString().lines().toList());
    }

    @Test
    void aFailingLineStopsTheBatchWithItsOwnErrorAndKeepsWhatCameBefore() {
        StringWriter text = new StringWriter();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
            try (OrderedBatch batch = new OrderedBatch(2, new PrintWriter(text))) {
                for (int i = 0; i < 50; i++) {
                    int n = i;
                    batch.submit(() -> {
                        if (n == 10) {
                            throw new IllegalStateException("template broken");
                        }
                        return "line " + n;
                    });
                }
            }
        });
        assertEquals("template broken", e.getMessage());
        assertEquals(IntStream.range(0, 10).mapToObj(i -> "line " + i).toList(), text.toString().lines().toList());
    }

    @Test
    void anEmptyBatchPrintsNothing() {
        StringWriter text = new StringWriter();
        try (OrderedBatch ignored = new OrderedBatch(1, new PrintWriter(text))) {
            // nothing submitted
        }
        assertEquals("", text.toString());
        assertThrows(IllegalArgumentException.class, () -> new OrderedBatch(0, new PrintWriter(text)));
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
