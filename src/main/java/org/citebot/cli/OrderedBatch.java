package org.citebot.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Lines of a batch computed by several threads and printed in the order they were submitted,
 * each as soon as it and every line before it are ready.
 *
 * <p>A batch is many independent questions: with one thread a two-core machine answers on one
 * core. Printing happens on a thread of its own, so that a batch read from a pipe shows each
 * answer while the next question is still being typed. Submitting blocks once a few lines per
 * thread wait, so memory stays flat whatever the batch's length.
 */
final class OrderedBatch implements AutoCloseable {

    private static final CompletableFuture<String> END = CompletableFuture.completedFuture(null);

    private final ExecutorService workers;
    private final BlockingQueue<CompletableFuture<String>> pending;
    private final Thread printer;
    private final PrintWriter out;
    private volatile RuntimeException failure;
    /** Only the submitting thread reads and writes it. */
    private boolean failureThrown;
    /** The last line of each sequence; only the submitting thread reads and writes it. */
    private final Map<String, CompletableFuture<String>> lastOfSequence = new HashMap<>();
    /** Sequences whose last line is done are forgotten once this many are remembered. */
    private static final int FORGET_SEQUENCES_FROM = 1_000;

    OrderedBatch(int threads, PrintWriter out) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.out = out;
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "batch-worker");
            t.setDaemon(true);
            return t;
        });
        this.pending = new ArrayBlockingQueue<>(4 * threads);
        this.printer = new Thread(this::print, "batch-printer");
        this.printer.setDaemon(true);
        this.printer.start();
    }

    /** Computes {@code line} on a worker; it is printed after every line submitted before it. */
    void submit(Supplier<String> line) {
        put(CompletableFuture.supplyAsync(line, workers));
    }

    /**
     * As {@link #submit(Supplier)}, but computed only once the line submitted before it with the
     * same {@code sequence} is done (failed or not): the turns of one conversation are answered
     * in order, each reading the memory the previous one left, while other conversations run
     * beside them.
     */
    void submit(String sequence, Supplier<String> line) {
        CompletableFuture<String> before = lastOfSequence.get(sequence);
        CompletableFuture<String> next = before == null ? CompletableFuture.supplyAsync(line, workers)
                : before.handle((done, failed) -> null).thenApplyAsync(ignored -> line.get(), workers);
        if (lastOfSequence.size() >= FORGET_SEQUENCES_FROM) {
            lastOfSequence.values().removeIf(CompletableFuture::isDone);
        }
        lastOfSequence.put(sequence, next);
        put(next);
    }

    private void print() {
        try {
            while (true) {
                CompletableFuture<String> next = pending.poll();
                if (next == null) {
                    out.flush(); // what is printed is seen before waiting for more
                    next = pending.take();
                }
                if (next == END) {
                    return;
                }
                if (!next.isDone()) {
                    out.flush();
                }
                out.println(next.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            pending.clear(); // unblocks the submitter, which sees the failure
        }
    }

    private void put(CompletableFuture<String> line) {
        try {
            while (!pending.offer(line, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                rethrow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        rethrow();
    }

    /** Throws the failure of a line to the submitting thread, once. */
    private void rethrow() {
        if (failure != null && !failureThrown) {
            failureThrown = true;
            throw failure;
        }
    }

    /** Waits until every submitted line is printed. */
    @Override
    public void close() {
        try {
            if (failure == null) {
                put(END);
            }
            printer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            workers.shutdownNow();
            out.flush();
        }
        rethrow();
    }
}
