package org.citebot.chat.telegram;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;
import java.util.Set;

/**
 * The {@link UpdateLedger} of a single instance without a directory: the last
 * {@value #DEFAULT_CAPACITY} update ids in memory. Enough to catch redeliveries, because a
 * redelivery follows its first delivery within minutes and update ids grow by one per update: at a
 * hundred updates a second, a redelivery is still caught after a quarter of an hour. Lost at
 * restart: a redelivery across a restart may be answered again, and an update acknowledged and
 * not answered when the process dies is lost (the bot logs how many at a stop). Thread-safe.
 */
final class InMemoryUpdateLedger implements UpdateLedger {

    static final int DEFAULT_CAPACITY = 100_000;

    private final int capacity;
    private final SequencedSet<Long> taken = new LinkedHashSet<>();
    private final Set<Long> unanswered = new HashSet<>();
    private boolean frozen;

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
    public synchronized boolean claim(long updateId, byte[] update) {
        if (!taken.add(updateId)) {
            return false;
        }
        if (taken.size() > capacity) {
            taken.removeFirst();
        }
        unanswered.add(updateId);
        return true;
    }

    @Override
    public synchronized void answered(long updateId) {
        if (!frozen) {
            unanswered.remove(updateId);
        }
    }

    @Override
    public synchronized void release(long updateId) {
        taken.remove(updateId);
        unanswered.remove(updateId);
    }

    /** Nothing: no other instance could have taken anything here. */
    @Override
    public List<byte[]> retake() {
        return List.of();
    }

    @Override
    public synchronized int held() {
        return unanswered.size();
    }

    @Override
    public synchronized void freeze() {
        frozen = true;
    }

    @Override
    public void close() {
        // nothing kept outside this process
    }
}
