package org.citebot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Update ids taken once: in memory, and in a directory shared by several ledgers (instances). */
class UpdateLedgerTest {

    private static final byte[] BODY = "{\"update_id\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @TempDir
    Path shared;

    @Test
    void inMemoryAnIdIsTakenOnceUntilGivenBack() {
        InMemoryUpdateLedger ledger = new InMemoryUpdateLedger();
        assertTrue(ledger.claim(10, BODY));
        assertFalse(ledger.claim(10, BODY));
        assertTrue(ledger.claim(11, BODY));
        ledger.release(10);
        assertTrue(ledger.claim(10, BODY));
    }

    @Test
    void inMemoryTheOldestIdsAreForgottenPastTheCapacity() {
        InMemoryUpdateLedger ledger = new InMemoryUpdateLedger(3);
        for (long id = 1; id <= 4; id++) {
            assertTrue(ledger.claim(id, BODY));
        }
        assertFalse(ledger.claim(4, BODY));
        assertFalse(ledger.claim(2, BODY));
        assertTrue(ledger.claim(1, BODY), "forgotten: the capacity bounds the memory");
    }

    @Test
    void sharedAnIdTakenByOneInstanceIsTakenForTheOthers() throws Exception {
        SharedUpdateLedger a = new SharedUpdateLedger(shared, Duration.ofHours(24));
        SharedUpdateLedger b = new SharedUpdateLedger(shared, Duration.ofHours(24));
        assertTrue(a.claim(700_001, BODY));
        assertFalse(b.claim(700_001, BODY));
        assertFalse(a.claim(700_001, BODY));
        assertTrue(b.claim(700_002, BODY));
        a.release(700_001);
        assertTrue(b.claim(700_001, BODY), "given back: the next delivery is taken, by any instance");
    }

    @Test
    void sharedManyInstancesRacingForTheSameIdsTakeEachExactlyOnce() throws Exception {
        int instances = 4;
        int ids = 200;
        List<SharedUpdateLedger> ledgers = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            ledgers.add(new SharedUpdateLedger(shared, Duration.ofHours(24)));
        }
        List<Callable<Integer>> racers = new ArrayList<>();
        for (SharedUpdateLedger ledger : ledgers) {
            for (int copy = 0; copy < 2; copy++) {
                racers.add(() -> {
                    int won = 0;
                    for (long id = 1; id <= ids; id++) {
                        won += ledger.claim(id, BODY) ? 1 : 0;
                    }
                    return won;
                });
            }
        }
        int total = 0;
        try (ExecutorService threads = Executors.newFixedThreadPool(racers.size())) {
            for (Future<Integer> won : threads.invokeAll(racers)) {
                total += won.get();
            }
        }
        assertEquals(ids, total);
    }

    @Test
    void sharedBucketsUnusedForTheRetentionAreSweptAndRecentOnesKept() throws Exception {
        SharedUpdateLedger ledger = new SharedUpdateLedger(shared, Duration.ofHours(24));
        long old = 5 * SharedUpdateLedger.BUCKET + 1;
        long recent = 6 * SharedUpdateLedger.BUCKET + 1;
        assertTrue(ledger.claim(old, BODY));
        assertTrue(ledger.claim(recent, BODY));
        ledger.answered(old);
        ledger.answered(recent);
        Instant now = Instant.now();
        Files.setLastModifiedTime(shared.resolve("updates").resolve("5"),
                FileTime.from(now.minus(Duration.ofHours(25))));
        ledger.sweep(now);
        assertFalse(Files.exists(shared.resolve("updates").resolve("5")));
        assertFalse(ledger.claim(recent, BODY));
        assertTrue(ledger.claim(old, BODY), "swept: remembered no longer than the retention");
    }

    /** A clock a test moves by hand. */
    private static final class HandClock extends java.time.Clock {
        private Instant now = Instant.parse("2026-03-01T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static final Duration LEASE = Duration.ofSeconds(30);

    private SharedUpdateLedger instance(java.time.Clock clock) {
        return new SharedUpdateLedger(shared, Duration.ofHours(24), LEASE, clock);
    }

    private static byte[] update(long id) {
        return ("{\"update_id\":" + id + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<String> texts(List<byte[]> bodies) {
        return bodies.stream().map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8)).sorted().toList();
    }

    /** Acknowledged, then its instance died (no more signs of life): another answers it, once the lease ran out. */
    @Test
    void anUpdateLeftByAnInstanceThatDiedIsTakenOverAfterItsLease() throws Exception {
        HandClock clock = new HandClock();
        SharedUpdateLedger dead = instance(clock);
        SharedUpdateLedger alive = instance(clock);
        assertTrue(dead.claim(900_001, update(900_001)));
        assertEquals(List.of(), alive.retake(), "still within its lease: it may be answering");
        clock.advance(LEASE.plusSeconds(1));
        assertEquals(List.of("{\"update_id\":900001}"), texts(alive.retake()));
        assertEquals(1, alive.held());
        assertEquals(List.of(), instance(clock).retake(), "taken over once");
        alive.answered(900_001);
        assertEquals(0, alive.held());
        clock.advance(LEASE.plusSeconds(1));
        assertEquals(List.of(), instance(clock).retake(), "answered: nothing left to take");
        assertFalse(alive.claim(900_001, update(900_001)), "still known as taken: a redelivery is not answered");
    }

    /** A stop (or a restart) leaves what was not answered; it is taken at once, the answered ones are not. */
    @Test
    void aStoppedInstancesUnansweredUpdatesAreTakenAtOnceAndOnlyThose() throws Exception {
        SharedUpdateLedger stopped = new SharedUpdateLedger(shared, Duration.ofHours(24));
        assertTrue(stopped.claim(1, update(1)));
        assertTrue(stopped.claim(2, update(2)));
        stopped.answered(1);
        stopped.close();
        SharedUpdateLedger next = new SharedUpdateLedger(shared, Duration.ofHours(24));
        assertEquals(List.of("{\"update_id\":2}"), texts(next.retake()));
    }

    @Test
    void anAnswerCutShortByAStopIsNotRecordedAsGiven() throws Exception {
        SharedUpdateLedger stopping = new SharedUpdateLedger(shared, Duration.ofHours(24));
        assertTrue(stopping.claim(3, update(3)));
        stopping.freeze();
        stopping.answered(3);
        assertEquals(1, stopping.held());
        stopping.close();
        assertEquals(List.of("{\"update_id\":3}"), texts(new SharedUpdateLedger(shared, Duration.ofHours(24))
                .retake()));
    }

    @Test
    void instancesRacingToTakeOverTakeEachUpdateOnce() throws Exception {
        SharedUpdateLedger gone = new SharedUpdateLedger(shared, Duration.ofHours(24));
        int ids = 60;
        for (long id = 1; id <= ids; id++) {
            assertTrue(gone.claim(id, update(id)));
        }
        gone.close();
        List<Callable<List<byte[]>>> racers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            SharedUpdateLedger ledger = new SharedUpdateLedger(shared, Duration.ofHours(24));
            racers.add(ledger::retake);
        }
        List<String> taken = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(racers.size())) {
            for (Future<List<byte[]>> got : threads.invokeAll(racers)) {
                taken.addAll(texts(got.get()));
            }
        }
        assertEquals(ids, taken.size());
        assertEquals(ids, new java.util.HashSet<>(taken).size());
    }

    /**
     * A crash between keeping the update and claiming it: no 200 went out, Telegram delivers it
     * again, so the file is dropped, not answered (that would answer it twice).
     */
    @Test
    void anUpdateKeptButNeverClaimedIsDropped() throws Exception {
        Path orphan = Files.createDirectories(shared.resolve("pending")).resolve("77.0123456789abcdef");
        Files.write(orphan, update(77));
        SharedUpdateLedger ledger = new SharedUpdateLedger(shared, Duration.ofHours(24));
        assertEquals(List.of(), ledger.retake());
        assertFalse(Files.exists(orphan));
        assertTrue(ledger.claim(77, update(77)), "the redelivery is answered");
    }
}
