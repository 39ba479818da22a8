package org.citebot.chat.telegram;

import java.util.LinkedHashSet;
import java.util.SequencedSet;

/**
 * The {@link UpdateLedger} of a single instance: the last {@value #DEFAULT_CAPACITY} update ids in
 * memory. Enough because a redelivery follows its first delivery within minutes and update ids
 * grow by one per update: at a hundred updates a second, a redelivery is still caught after
 * a quarter of an hour. Lost at restart (a redelivery across a restart may be answered again).
 * Thread-safe.
 */
final class InMemoryUpdateLedger implements UpdateLedger {

    static final int DEFAULT_CAPACITY = 100_000;

    private final int capacity;
    private final SequencedSet<Long> taken = new LinkedHashSet<>();

    InMemoryUpdateLedger() {
        this(DEFAULT_CAPACITY);
    }

    InMemoryUpdateLedger(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        }
        this.capacity = capacity;
    }

    @Override
    public synchronized boolean claim(long updateId) {
        if (!taken.add(updateId)) {
            return false;
        }
        if (taken.size() > capacity) {
            taken.removeFirst();
        }
        return true;
    }

    @Override
    public synchronized void release(long updateId) {
        taken.remove(updateId);
    }
}
