package org.citebot.chat.telegram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which Telegram updates the bot has handled, kept in a small file so that a restart answers
 * nothing twice and loses nothing.
 *
 * <p>Telegram forgets an update only when a later {@code getUpdates} asks for an offset above it.
 * A bot stopped (or killed) between receiving updates and its next poll gets them again at the
 * next start, where the library begins from offset 0: without this record they would be answered
 * twice. Updates are handled concurrently across chats, so they finish out of order; the record
 * is a <em>watermark</em> (every update up to it is handled) plus the handled ids above it. At
 * start the bot polls from the watermark + 1, and skips the ids above it it has already handled;
 * an update received but not handled (dropped by a shutdown, or a crash mid-answer) stays above
 * the watermark and unrecorded, so Telegram gives it again and it is answered then.
 *
 * <p>Telegram keeps an unconfirmed update for 24 hours at most, and after a week without updates
 * it may number the next one anywhere: a record untouched for longer than {@link #MEMORY} is
 * forgotten, so an old watermark never hides new updates.
 *
 * <p>The file is rewritten whole (a few numbers) through a temporary file and an atomic move, so
 * a crash leaves the old record or the new one, never half of one. A file that cannot be read is
 * reported and the bot starts from Telegram's own offset rather than refusing to start.
 */
public final class UpdateProgress {

    private static final Logger LOG = LoggerFactory.getLogger(UpdateProgress.class);
    /** How long Telegram keeps an update it has not been told was received. */
    static final Duration MEMORY = Duration.ofHours(24);

    private final Optional<Path> file;
    private final Clock clock;
    /** When the record last changed. */
    private Instant changed;
    /** Every update up to this id is handled (or was never ours). */
    private int watermark;
    /** Handled updates above the watermark. */
    private final TreeSet<Integer> handledAbove = new TreeSet<>();
    /** Updates received and not handled yet. */
    private final TreeSet<Integer> inFlight = new TreeSet<>();
    private boolean warnedWrite;

    private UpdateProgress(Optional<Path> file, Clock clock) {
        this.file = file;
        this.clock = clock;
        this.changed = clock.instant();
    }

    /** A record kept in memory only: a restart starts from Telegram's own offset. */
    public static UpdateProgress inMemory() {
        return new UpdateProgress(Optional.empty(), Clock.systemUTC());
    }

    /** The record kept in {@code file}, read back when it exists. */
    public static UpdateProgress load(Path file) {
        return load(file, Clock.systemUTC());
    }

    static UpdateProgress load(Path file, Clock clock) {
        UpdateProgress progress = new UpdateProgress(Optional.of(file), clock);
        if (Files.isRegularFile(file)) {
            try {
                progress.changed = Files.getLastModifiedTime(file).toInstant();
                progress.parse(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                progress.handledAbove.clear();
                progress.watermark = 0;
                LOG.warn("cannot read the update record {} ({}): starting from Telegram's offset, so updates"
                        + " received just before the last stop may be answered again", file, e.getMessage());
            }
        }
        return progress;
    }

    private void parse(String text) {
        String[] fields = text.strip().split("\\s+");
        if (fields.length == 0 || fields[0].isEmpty()) {
            return;
        }
        watermark = Integer.parseInt(fields[0]);
        for (int i = 1; i < fields.length; i++) {
            int id = Integer.parseInt(fields[i]);
            if (id <= watermark) {
                throw new IllegalArgumentException("id " + id + " is not above the watermark " + watermark);
            }
            handledAbove.add(id);
        }
    }

    /** The offset the first poll after a start asks for. */
    public synchronized int nextOffset() {
        forgetIfStale();
        return watermark + 1;
    }

    private void forgetIfStale() {
        if (Duration.between(changed, clock.instant()).compareTo(MEMORY) > 0) {
            watermark = 0;
            handledAbove.clear();
            changed = clock.instant();
        }
    }

    /**
     * Notes that {@code updateId} was received; false when it was already handled (before a
     * restart, or delivered twice), so it must not be handled again.
     */
    public synchronized boolean begin(int updateId) {
        forgetIfStale();
        if (updateId <= watermark || handledAbove.contains(updateId) || !inFlight.add(updateId)) {
            return false;
        }
        return true;
    }

    /** Notes that {@code updateId} has been handled, and records it. */
    public synchronized void finish(int updateId) {
        if (!inFlight.remove(updateId)) {
            return;
        }
        handledAbove.add(updateId);
        int firstUnhandled = inFlight.isEmpty() ? Integer.MAX_VALUE : inFlight.first();
        while (!handledAbove.isEmpty() && handledAbove.first() < firstUnhandled) {
            watermark = handledAbove.pollFirst();
        }
        changed = clock.instant();
        save();
    }

    /** The record as written: the watermark, then the handled ids above it. */
    synchronized String snapshot() {
        StringBuilder sb = new StringBuilder().append(watermark);
        for (int id : handledAbove) {
            sb.append(' ').append(id);
        }
        return sb.append('\n').toString();
    }

    private void save() {
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get();
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            Files.writeString(temporary, snapshot(), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            warnedWrite = false;
        } catch (IOException e) {
            if (!warnedWrite) {
                warnedWrite = true;
                LOG.warn("cannot write the update record {} ({}): a restart may answer recent updates again",
                        target, e.getMessage());
            }
        }
    }
}
