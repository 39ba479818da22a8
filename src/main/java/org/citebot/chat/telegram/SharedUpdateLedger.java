package org.citebot.chat.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link UpdateLedger} shared by several bot instances: one empty file per update id taken,
 * in a directory all instances mount, claimed with an atomic create-if-absent
 * ({@link Files#createFile}, {@code O_CREAT|O_EXCL}).
 *
 * <p>Why files: the instances need one atomic "first one wins" step and nothing else, and a
 * shared directory gives it without running or securing another server (a database, Redis). It
 * works on a local disk shared by processes of one host, and across hosts on NFSv3 or later, whose
 * exclusive create is atomic; a deployment that already runs a shared store can implement the
 * interface on it instead.
 *
 * <p>Bounded: files go in buckets of {@value #BUCKET} consecutive ids
 * ({@code <dir>/updates/<id / 10000>/<id>}), and since Telegram numbers updates one after the
 * other, a bucket not written for the retention window is removed whole. The sweep runs at most
 * once a minute, in the claiming thread. Thread-safe, and safe across processes.
 */
final class SharedUpdateLedger implements UpdateLedger {

    private static final Logger LOG = LoggerFactory.getLogger(SharedUpdateLedger.class);
    static final long BUCKET = 10_000;
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    private final Path root;
    private final Duration retention;
    private final Clock clock;
    private final AtomicLong nextSweep = new AtomicLong();

    /**
     * @param dir       the shared directory (created if missing); the ledger uses its {@code updates}
     *                  folder
     * @param retention how long an id is remembered (at least the time Telegram may redeliver)
     */
    SharedUpdateLedger(Path dir, Duration retention, Clock clock) {
        Objects.requireNonNull(dir, "dir");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.root = dir.resolve("updates");
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the shared update ledger " + root, e);
        }
    }

    SharedUpdateLedger(Path dir, Duration retention) {
        this(dir, retention, Clock.systemUTC());
    }

    @Override
    public boolean claim(long updateId) throws IOException {
        sweepIfDue();
        Path file = file(updateId);
        for (int attempt = 0; ; attempt++) {
            try {
                Files.createFile(file);
                return true;
            } catch (FileAlreadyExistsException e) {
                return false;
            } catch (NoSuchFileException e) {
                // a new bucket, or one a sweep removed meanwhile: make it and try again
                if (attempt > 2) {
                    throw e;
                }
                Files.createDirectories(file.getParent());
            }
        }
    }

    @Override
    public void release(long updateId) throws IOException {
        Files.deleteIfExists(file(updateId));
    }

    private Path file(long updateId) {
        return root.resolve(Long.toString(Math.floorDiv(updateId, BUCKET))).resolve(Long.toString(updateId));
    }

    private void sweepIfDue() {
        long now = clock.millis();
        long due = nextSweep.get();
        if (now >= due && nextSweep.compareAndSet(due, now + SWEEP_EVERY.toMillis())) {
            sweep(clock.instant());
        }
    }

    /**
     * Removes the buckets not written since {@code now} minus the retention. A failure is logged and
     * left for the next sweep: claims do not depend on it.
     */
    void sweep(Instant now) {
        Instant oldest = now.minus(retention);
        try (DirectoryStream<Path> buckets = Files.newDirectoryStream(root)) {
            for (Path bucket : buckets) {
                if (Files.getLastModifiedTime(bucket).toInstant().isBefore(oldest)) {
                    removeBucket(bucket);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("sweeping the update ledger {}: {}", root, e.toString());
        }
    }

    private static void removeBucket(Path bucket) throws IOException {
        try (DirectoryStream<Path> ids = Files.newDirectoryStream(bucket)) {
            for (Path id : ids) {
                Files.deleteIfExists(id);
            }
        }
        try {
            Files.deleteIfExists(bucket);
        } catch (java.nio.file.DirectoryNotEmptyException e) {
            // an id claimed while sweeping: the bucket is alive again
        }
    }
}
