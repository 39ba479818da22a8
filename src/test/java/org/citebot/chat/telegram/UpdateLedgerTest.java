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

    @TempDir
    Path shared;

    @Test
    void inMemoryAnIdIsTakenOnceUntilGivenBack() {
        InMemoryUpdateLedger ledger = new InMemoryUpdateLedger();
        assertTrue(ledger.claim(10));
        assertFalse(ledger.claim(10));
        assertTrue(ledger.claim(11));
        ledger.release(10);
        assertTrue(ledger.claim(10));
    }

    @Test
    void inMemoryTheOldestIdsAreForgottenPastTheCapacity() {
        InMemoryUpdateLedger ledger = new InMemoryUpdateLedger(3);
        for (long id = 1; id <= 4; id++) {
            assertTrue(ledger.claim(id));
        }
        assertFalse(ledger.claim(4));
        assertFalse(ledger.claim(2));
        assertTrue(ledger.claim(1), "forgotten: the capacity bounds the memory");
    }

    @Test
    void sharedAnIdTakenByOneInstanceIsTakenForTheOthers() throws Exception {
        SharedUpdateLedger a = new SharedUpdateLedger(shared, Duration.ofHours(24));
        SharedUpdateLedger b = new SharedUpdateLedger(shared, Duration.ofHours(24));
        assertTrue(a.claim(700_001));
        assertFalse(b.claim(700_001));
        assertFalse(a.claim(700_001));
        assertTrue(b.claim(700_002));
        b.release(700_001);
        assertTrue(a.claim(700_001), "given back: the next delivery is taken");
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
                        won += ledger.claim(id) ? 1 : 0;
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
        assertTrue(ledger.claim(old));
        assertTrue(ledger.claim(recent));
        Instant now = Instant.now();
        Files.setLastModifiedTime(shared.resolve("updates").resolve("5"),
                FileTime.from(now.minus(Duration.ofHours(25))));
        ledger.sweep(now);
        assertFalse(Files.exists(shared.resolve("updates").resolve("5")));
        assertFalse(ledger.claim(recent));
        assertTrue(ledger.claim(old), "swept: remembered no longer than the retention");
    }
}
