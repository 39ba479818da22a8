package org.citebot.chat.telegram;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs work concurrently across chats and in order within a chat: each chat's tasks form a chain
 * (each starts when the one before ends) on virtual threads, so a chat that waits (the one-message-
 * a-second pacing, a 429's {@code retry_after}) holds up nobody else, however many chats there are.
 * A chat's chain is forgotten once it has run dry. (A fixed set of single-thread "stripes" did the
 * same until a load of many chats each sending several questions: a chat's pacing pauses then
 * blocked every chat of its stripe.)
 *
 * <p>Stopping ({@link #shutdown}) is in two steps, so that nothing is cut in the middle: the chains
 * keep running for a while, then no task <em>starts</em> any more (the ones left are skipped, and
 * counted), and the tasks already running are given time to end. Only a task still running after
 * that is interrupted. The caller learns how many were skipped and interrupted, so it can say what
 * was left undone.
 *
 * <p>Thread-safe.
 */
final class ChatDispatcher implements AutoCloseable {

    /** What a stop left undone: tasks never started, and tasks interrupted while running. */
    record Stop(int skipped, int interrupted) {
    }

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();
    private final AtomicBoolean accepting = new AtomicBoolean(true);
    private final AtomicBoolean starting = new AtomicBoolean(true);
    private final AtomicInteger skipped = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();

    /**
     * Runs {@code task} after every task submitted before for the same {@code chatKey}.
     *
     * @throws RejectedExecutionException once stopping (the task would otherwise never run and
     *                                    nobody would know)
     */
    void submit(long chatKey, Runnable task) {
        if (!accepting.get()) {
            throw new RejectedExecutionException("shutting down");
        }
        Runnable guarded = () -> {
            if (!starting.get()) {
                skipped.incrementAndGet();
                return;
            }
            running.incrementAndGet();
            try {
                task.run();
            } finally {
                running.decrementAndGet();
            }
        };
        tails.compute(chatKey, (key, tail) -> {
            CompletableFuture<Void> before = tail == null ? CompletableFuture.completedFuture(null) : tail;
            // handle(): a task that failed does not stop the chat's later tasks.
            CompletableFuture<Void> next = before.handle((ok, error) -> null).thenRunAsync(guarded, threads);
            next.whenComplete((ok, error) -> tails.remove(key, next));
            return next;
        });
    }

    /**
     * Stops: refuses new tasks; lets the chains run for up to {@code drainMillis}; then starts no
     * more tasks and gives the running ones up to {@code graceMillis} to end; interrupts what still
     * runs. Tasks skipped never started: what they were to do is left undone, for the caller to
     * hand back.
     */
    Stop shutdown(long drainMillis, long graceMillis) throws InterruptedException {
        return shutdown(drainMillis, graceMillis, () -> { });
    }

    /** As {@link #shutdown(long, long)}, running {@code beforeInterrupting} just before interrupting. */
    Stop shutdown(long drainMillis, long graceMillis, Runnable beforeInterrupting) throws InterruptedException {
        accepting.set(false);
        awaitTails(drainMillis);
        starting.set(false);
        awaitTails(graceMillis);
        int interrupted = running.get();
        beforeInterrupting.run();
        threads.shutdownNow();
        threads.awaitTermination(1, TimeUnit.SECONDS);
        return new Stop(skipped.get(), interrupted);
    }

    /** Waits until every chain has run dry, or {@code millis} have passed. */
    private void awaitTails(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (!tails.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            List<CompletableFuture<Void>> now = List.copyOf(tails.values());
            try {
                CompletableFuture.allOf(now.toArray(CompletableFuture[]::new)).get(left, TimeUnit.NANOSECONDS);
            } catch (ExecutionException | CancellationException e) {
                // a failed task: its chain went on (see submit); wait for what is left
            } catch (TimeoutException e) {
                return;
            }
        }
    }

    /** Tasks running right now (at most one per chat). */
    int running() {
        return running.get();
    }

    @Override
    public void close() throws InterruptedException {
        shutdown(5_000, 2_000);
    }
}
