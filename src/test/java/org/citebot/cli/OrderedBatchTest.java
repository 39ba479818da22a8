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
    void linesOfOneSequenceRunOneAfterTheOtherWhileOtherSequencesRunBeside() {
        StringWriter text = new StringWriter();
        java.util.Map<String, List<Integer>> seen = new ConcurrentHashMap<>();
        java.util.Map<String, java.util.concurrent.atomic.AtomicInteger> running = new ConcurrentHashMap<>();
        Set<String> overlaps = ConcurrentHashMap.newKeySet();
        try (OrderedBatch batch = new OrderedBatch(4, new PrintWriter(text))) {
            for (int i = 0; i < 120; i++) {
                int n = i;
                String chat = "chat" + (i % 3);
                batch.submit(chat, () -> {
                    if (running.computeIfAbsent(chat, k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet() > 1) {
                        overlaps.add(chat);
                    }
                    sleep((n * 7) % 4); // a later turn would often finish first if it could start
                    seen.computeIfAbsent(chat, k -> java.util.Collections.synchronizedList(new java.util.ArrayList<>())).add(n);
                    running.get(chat).decrementAndGet();
                    return "line " + n;
                });
            }
        }
        assertEquals(IntStream.range(0, 120).mapToObj(i -> "line " + i).toList(), text.toString().lines().toList());
        assertEquals(Set.of(), overlaps, "two turns of one chat at once");
        for (int c = 0; c < 3; c++) {
            int chat = c;
            assertEquals(IntStream.range(0, 120).filter(i -> i % 3 == chat).boxed().toList(), seen.get("chat" + c));
        }
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
