package org.citebot.chat.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link UpdateLedger} kept in a directory: shared by several instances, and read again by
 * the next start of one. Every step that instances race for is one atomic file operation, so no
 * server (a database, Redis) has to be run and secured for it.
 *
 * <ul>
 *   <li>{@code pending/<id>.<instance>}: an update taken by that instance and not answered yet,
 *       its JSON inside. Written whole (temporary file, atomic move) before the claim;</li>
 *   <li>{@code updates/<id / 10000>/<id>}: the claim, made as a hard link to the pending file
 *       ({@code link(2)} fails if it exists: the first instance wins, as with an exclusive create).
 *       Being the same file as the winner's pending file is what tells, later, which pending file
 *       is the real one;</li>
 *   <li>answered: the pending file is removed (and the claim emptied); the claim stays, so a
 *       redelivery is still recognised, until its bucket is swept after the retention;</li>
 *   <li>{@code instances/<instance>}: a file each live instance touches at every
 *       {@link #retake()} (every few seconds). An instance whose file is missing (it stopped) or
 *       older than the lease (it died) is gone, and its pending updates are re-taken by renaming
 *       {@code pending/<id>.<gone>} to {@code pending/<id>.<me>}: only one rename succeeds.</li>
 * </ul>
 *
 * <p>A crash between writing a pending file and the claim leaves a pending file without a claim,
 * or beside another instance's claim: Telegram never got its 200, it delivers the update again, so
 * that file is simply removed. Works on a local disk and across hosts on NFS (exclusive link and
 * rename are atomic there), with clocks kept in step (the lease compares file times with this
 * host's clock). An instance stalled longer than the lease (a very long pause) may see an update it
 * still holds answered by another too.
 *
 * <p>Bounded: claims go in buckets of {@value #BUCKET} consecutive ids and, since Telegram numbers
 * updates one after the other, a bucket not written for the retention window is removed whole.
 * Thread-safe, and safe across processes.
 */
final class SharedUpdateLedger implements UpdateLedger {

    private static final Logger LOG = LoggerFactory.getLogger(SharedUpdateLedger.class);
    static final long BUCKET = 10_000;
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
    /** How long an instance's file may go untouched before it counts as gone. */
    static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);

    private final Path root;
    private final Path pending;
    private final Path instances;
    private final Duration retention;
    private final Duration lease;
    private final Clock clock;
    private final String me;
    private final AtomicLong nextSweep = new AtomicLong();
    /** Ids this instance took (or re-took) and has not answered or given back. */
    private final Set<Long> mine = new HashSet<>();
    private volatile boolean frozen;

    /**
     * @param dir       the directory (created if missing)
     * @param retention how long an id is remembered (at least the time Telegram may redeliver)
     * @param lease     how long an instance may stay silent before its unanswered updates are re-taken
     * @throws UncheckedIOException when the directory cannot be made, or cannot hold hard links
     */
    SharedUpdateLedger(Path dir, Duration retention, Duration lease, Clock clock) {
        Objects.requireNonNull(dir, "dir");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.lease = Objects.requireNonNull(lease, "lease");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.root = dir.resolve("updates");
        this.pending = dir.resolve("pending");
        this.instances = dir.resolve("instances");
        byte[] random = new byte[8];
        new SecureRandom().nextBytes(random);
        this.me = HexFormat.of().formatHex(random);
        try {
            Files.createDirectories(root);
            Files.createDirectories(pending);
            Files.createDirectories(instances);
            checkHardLinks();
            beat();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the update ledger in " + dir + ": " + e.getMessage(), e);
        }
    }

    SharedUpdateLedger(Path dir, Duration retention) {
        this(dir, retention, DEFAULT_LEASE, Clock.systemUTC());
    }

    private void checkHardLinks() throws IOException {
        Path probe = pending.resolve(".link-probe." + me);
        Path link = pending.resolve(".link-probe." + me + ".link");
        Files.writeString(probe, "");
        try {
            Files.createLink(link, probe);
        } catch (UnsupportedOperationException | IOException e) {
            throw new IOException("its file system cannot make hard links (" + e.getMessage() + "); use a local"
                    + " disk or NFS", e);
        } finally {
            Files.deleteIfExists(link);
            Files.deleteIfExists(probe);
        }
    }

    /** This instance's name in the directory. */
    String instance() {
        return me;
    }

    @Override
    public boolean claim(long updateId, byte[] update) throws IOException {
        sweepIfDue();
        synchronized (mine) {
            // the same update delivered twice to this instance at once: one thread claims, in the directory
            if (!mine.add(updateId)) {
                return false;
            }
        }
        boolean claimed = false;
        try {
            claimed = claimInDirectory(updateId, update);
            return claimed;
        } finally {
            if (!claimed) {
                synchronized (mine) {
                    mine.remove(updateId);
                }
            }
        }
    }

    private boolean claimInDirectory(long updateId, byte[] update) throws IOException {
        Path ours = pendingFile(updateId, me);
        Path temporary = pending.resolve("." + updateId + "." + me + ".tmp");
        Files.write(temporary, update);
        move(temporary, ours);
        Path claim = claimFile(updateId);
        for (int attempt = 0; ; attempt++) {
            try {
                Files.createLink(claim, ours);
                return true;
            } catch (FileAlreadyExistsException e) {
                Files.deleteIfExists(ours);
                return false;
            } catch (NoSuchFileException e) {
                // a new bucket, or one a sweep removed meanwhile: make it and try again
                if (attempt > 2) {
                    Files.deleteIfExists(ours);
                    throw e;
                }
                Files.createDirectories(claim.getParent());
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(ours);
                throw e;
            }
        }
    }

    @Override
    public void answered(long updateId) throws IOException {
        if (frozen) {
            return;
        }
        Files.deleteIfExists(pendingFile(updateId, me));
        synchronized (mine) {
            mine.remove(updateId);
        }
        try {
            // the claim is the same file: emptied, it keeps only the id taken
            Files.write(claimFile(updateId), new byte[0], StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
        } catch (NoSuchFileException e) {
            // swept meanwhile: nothing to empty
        }
    }

    @Override
    public void release(long updateId) throws IOException {
        Files.deleteIfExists(claimFile(updateId));
        Files.deleteIfExists(pendingFile(updateId, me));
        synchronized (mine) {
            mine.remove(updateId);
        }
    }

    /**
     * Tells the other instances this one is alive, then takes over the pending updates of the
     * instances that are gone; each goes to one instance only.
     */
    @Override
    public List<byte[]> retake() throws IOException {
        beat();
        sweepIfDue();
        List<byte[]> taken = new ArrayList<>();
        Map<String, Boolean> gone = new HashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(pending)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.startsWith(".")) {
                    removeIfAbandoned(file, name);
                    continue;
                }
                int dot = name.indexOf('.');
                if (dot <= 0) {
                    continue;
                }
                String owner = name.substring(dot + 1);
                if (owner.equals(me) || !gone.computeIfAbsent(owner, this::isGone)) {
                    continue;
                }
                long id;
                try {
                    id = Long.parseLong(name.substring(0, dot));
                } catch (NumberFormatException e) {
                    continue;
                }
                byte[] update = takeOver(id, file);
                if (update != null) {
                    taken.add(update);
                }
            }
        }
        return taken;
    }

    /** The update of a gone instance's pending {@code file}, now this instance's; null when not for it to take. */
    private byte[] takeOver(long id, Path file) throws IOException {
        Path claim = claimFile(id);
        boolean claimed;
        try {
            claimed = Files.isSameFile(claim, file);
        } catch (NoSuchFileException e) {
            claimed = false;
        }
        if (!claimed) {
            // written, then the claim lost or never made: never acknowledged, Telegram delivers it again
            Files.deleteIfExists(file);
            return null;
        }
        Path ours = pendingFile(id, me);
        try {
            move(file, ours);
        } catch (NoSuchFileException e) {
            return null; // another instance was first
        }
        synchronized (mine) {
            mine.add(id);
        }
        LOG.info("update {}: taken over from instance {}, which is gone without answering it", id,
                file.getFileName().toString().substring(Long.toString(id).length() + 1));
        return Files.readAllBytes(ours);
    }

    /** A temporary file ({@code .<id>.<instance>.tmp}) its gone instance left behind. */
    private void removeIfAbandoned(Path file, String name) throws IOException {
        String[] parts = name.split("\\.");
        if (parts.length == 4 && parts[3].equals("tmp") && !parts[2].equals(me) && isGone(parts[2])) {
            Files.deleteIfExists(file);
        }
    }

    private boolean isGone(String instance) {
        try {
            Instant seen = Files.getLastModifiedTime(instances.resolve(instance)).toInstant();
            return seen.isBefore(clock.instant().minus(lease));
        } catch (NoSuchFileException e) {
            return true;
        } catch (IOException e) {
            LOG.warn("cannot tell whether instance {} is alive: {}", instance, e.toString());
            return false;
        }
    }

    private void beat() throws IOException {
        Path file = instances.resolve(me);
        if (!Files.exists(file)) {
            Files.writeString(file, "");
        }
        Files.setLastModifiedTime(file, FileTime.from(clock.instant()));
    }

    @Override
    public int held() {
        synchronized (mine) {
            return mine.size();
        }
    }

    @Override
    public void freeze() {
        frozen = true;
    }

    /** Removes this instance's file: the others take over what it leaves unanswered at once. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(instances.resolve(me));
        } catch (IOException e) {
            LOG.warn("cannot remove {} from the update ledger (its updates are taken over after {} s): {}", me,
                    lease.toSeconds(), e.toString());
        }
    }

    private Path claimFile(long updateId) {
        return root.resolve(Long.toString(Math.floorDiv(updateId, BUCKET))).resolve(Long.toString(updateId));
    }

    private Path pendingFile(long updateId, String instance) {
        return pending.resolve(updateId + "." + instance);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void sweepIfDue() {
        long now = clock.millis();
        long due = nextSweep.get();
        if (now >= due && nextSweep.compareAndSet(due, now + SWEEP_EVERY.toMillis())) {
            sweep(clock.instant());
        }
    }

    /**
     * Removes the buckets not written since {@code now} minus the retention, and the files of
     * instances silent for as long. A failure is logged and left for the next sweep: claims do not
     * depend on it.
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
        try (DirectoryStream<Path> silent = Files.newDirectoryStream(instances)) {
            for (Path instance : silent) {
                if (Files.getLastModifiedTime(instance).toInstant().isBefore(oldest)) {
                    Files.deleteIfExists(instance);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("sweeping the instances of {}: {}", instances, e.toString());
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
