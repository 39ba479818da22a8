package org.citebot.chat.telegram;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs work concurrently across chats and in order within a chat: each chat's tasks form a chain
 * (each starts when the one before ends) on virtual threads, so a chat that waits (the one-message-
 * a-second pacing, a 429's {@code retry_after}) holds up nobody else, however many chats there are.
 * A chat's chain is forgotten once it has run dry. (A fixed set of single-thread "stripes" did the
 * same until a load of many chats each sending several questions: a chat's pacing pauses then
 * blocked every chat of its stripe.)
 *
 * <p>Thread-safe.
 */
final class ChatDispatcher implements AutoCloseable {

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    /**
     * Runs {@code task} after every task submitted before for the same {@code chatKey}.
     *
     * @throws RejectedExecutionException once shutting down (the chain would otherwise drop the
     *                                    task silently, its future failed)
     */
    void submit(long chatKey, Runnable task) {
        if (threads.isShutdown()) {
            throw new RejectedExecutionException("shutting down");
        }
        tails.compute(chatKey, (key, tail) -> {
            CompletableFuture<Void> before = tail == null ? CompletableFuture.completedFuture(null) : tail;
            // handle(): a task that failed does not stop the chat's later tasks.
            CompletableFuture<Void> next = before.handle((ok, error) -> null).thenRunAsync(task, threads);
            next.whenComplete((ok, error) -> tails.remove(key, next));
            return next;
        });
    }

    /** Lets tasks in flight finish, up to {@code millis}; then interrupts what is left. */
    void shutdown(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        for (CompletableFuture<Void> tail : tails.values()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                tail.get(left, TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException
                     | java.util.concurrent.CancellationException e) {
                // a failed or slow chain: the executor shutdown below deals with what is left
            }
        }
        threads.shutdown();
        long left = Math.max(0, deadline - System.nanoTime());
        if (!threads.awaitTermination(left, TimeUnit.NANOSECONDS)) {
            threads.shutdownNow();
        }
    }

    @Override
    public void close() throws InterruptedException {
        shutdown(5_000);
    }
}
