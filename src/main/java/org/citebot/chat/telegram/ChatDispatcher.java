package org.citebot.chat.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs work concurrently across chats and in order within a chat: a fixed set of single-thread
 * executors ("stripes"), each chat always on the same one (its id modulo the count). Bounded
 * whatever the number of chats, unlike one executor per chat.
 *
 * <p>Thread-safe.
 */
final class ChatDispatcher implements AutoCloseable {

    private final List<ExecutorService> stripes;

    ChatDispatcher(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        List<ExecutorService> list = new ArrayList<>(threads);
        for (int i = 0; i < threads; i++) {
            int n = i;
            list.add(Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "telegram-chat-" + n);
                t.setDaemon(true);
                return t;
            }));
        }
        this.stripes = List.copyOf(list);
    }

    /** Runs {@code task} after every task submitted before for the same {@code chatKey}. */
    void submit(long chatKey, Runnable task) {
        stripes.get(Math.floorMod(Long.hashCode(chatKey), stripes.size())).execute(task);
    }

    /** Lets tasks in flight finish, up to {@code millis}; then interrupts what is left. */
    void shutdown(long millis) throws InterruptedException {
        stripes.forEach(ExecutorService::shutdown);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        for (ExecutorService s : stripes) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !s.awaitTermination(left, TimeUnit.NANOSECONDS)) {
                s.shutdownNow();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        shutdown(5_000);
    }
}
