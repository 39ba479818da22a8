package org.citebot.chat.telegram;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
 * So the bot asks for {@link #nextOffset()}: one above the <em>watermark</em>, the update up to
 * which every update is handled. An update received and not answered yet stays above it, on
 * Telegram's side, until it is answered; a bot killed meanwhile gets it again at the next start.
 * Updates are handled concurrently across chats, so they finish out of order: the record is the
 * watermark plus the handled ids above it, and an update already handled when Telegram gives it
 * again (after a restart) is skipped by {@link #begin}.
 *
 * <p>What is still possible: an update answered and not yet recorded when the process dies (the
 * reply has left, {@link #finish} has not written its line yet) is answered again after the
 * restart. That window is kept to one small append: each handled id is one line added to the
 * file ({@code 12345\n}, a few microseconds), where rewriting the whole record took 0.3 ms to
 * 8 ms here and, with many chats answered at once, queued up (issue 18). The first line is a
 * snapshot (the watermark, then the handled ids above it), rewritten whole through a temporary
 * file and an atomic move at the first write and then every {@value #COMPACT_EVERY} lines, so a
 * crash leaves the old file or the new one. A line cut short by a crash (no newline) is ignored:
 * at worst that update is answered twice, never lost. Appends survive the death of the process;
 * the death of the machine may lose the last ones, which again means answers given twice.
 *
 * <p>Telegram keeps an unconfirmed update for 24 hours at most, and after a week without updates
 * it may number the next one anywhere: a record untouched for longer than {@link #MEMORY} is
 * forgotten, so an old watermark never hides new updates.
 *
 * <p>A file that cannot be read is reported and the bot starts from Telegram's own offset rather
 * than refusing to start. Thread-safe.
 */
public final class UpdateProgress {

    private static final Logger LOG = LoggerFactory.getLogger(UpdateProgress.class);
    /** How long Telegram keeps an update it has not been told was received. */
    static final Duration MEMORY = Duration.ofHours(24);
    /** Lines appended before the file is rewritten as one snapshot line. */
    static final int COMPACT_EVERY = 500;

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
    /**
     * The highest update received in this run: every update up to it has been received (Telegram
     * gives them in order), so the watermark may pass it and no further. Handled ids read back from
     * the file lie above updates an earlier run had not answered when it died, which Telegram gives
     * again only now.
     */
    private int lastReceived;
    /** The open file handled ids are appended to; null until the first snapshot is written. */
    private FileChannel journal;
    private int appended;
    private boolean warnedWrite;
    /** Once set, nothing more is recorded (see {@link #freeze}). */
    private boolean frozen;

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

    /** The snapshot line, then one handled id a line; a last line without its newline is left out. */
    private void parse(String text) {
        int end = text.lastIndexOf('\n');
        String[] fields = end < 0 ? new String[0] : text.substring(0, end).strip().split("\\s+");
        if (fields.length == 0 || fields[0].isEmpty()) {
            return;
        }
        watermark = Integer.parseInt(fields[0]);
        for (int i = 1; i < fields.length; i++) {
            int id = Integer.parseInt(fields[i]);
            if (id > watermark) {
                handledAbove.add(id);
            }
        }
        while (handledAbove.remove(watermark + 1)) {
            watermark++;
        }
    }

    /**
     * The offset to ask {@code getUpdates} for: every update below it is handled, so Telegram may
     * forget it; the others stay on Telegram's side until they are.
     */
    public synchronized int nextOffset() {
        forgetIfStale();
        return watermark + 1;
    }

    /** Whether updates up to {@code lastReceived} are not all handled yet (some are held). */
    public synchronized boolean holdsUnhandled(int lastReceived) {
        return watermark < lastReceived;
    }

    /** How many updates were received and are not handled yet. */
    public synchronized int unhandled() {
        return inFlight.size();
    }

    private void forgetIfStale() {
        if (Duration.between(changed, clock.instant()).compareTo(MEMORY) > 0) {
            watermark = 0;
            lastReceived = 0;
            handledAbove.clear();
            changed = clock.instant();
            closeJournal(); // the next record starts with a new snapshot
        }
    }

    /**
     * Notes that {@code updateId} was received; false when it was already handled (before a
     * restart, or delivered twice) or is under way, so it must not be handled again.
     *
     * <p>Updates come in order of id, so every update up to this one has been received: handled
     * ids up to it and below the first one under way join the watermark (an update handled before
     * a restart, given again, moves it as much as one handled now). Not beyond it: an id handled
     * before a restart may lie above one the killed run had not answered yet, which Telegram gives
     * again after it.
     */
    public synchronized boolean begin(int updateId) {
        forgetIfStale();
        lastReceived = Math.max(lastReceived, updateId);
        boolean fresh = updateId > watermark && !handledAbove.contains(updateId) && inFlight.add(updateId);
        advance();
        return fresh;
    }

    /** Notes that {@code updateId} has been handled, and records it. */
    public synchronized void finish(int updateId) {
        if (frozen || !inFlight.remove(updateId)) {
            return;
        }
        handledAbove.add(updateId);
        advance();
        changed = clock.instant();
        save(updateId);
    }

    /**
     * Moves the watermark over the handled ids received in this run and below the first update
     * under way.
     */
    private void advance() {
        int last = inFlight.isEmpty() ? lastReceived : Math.min(lastReceived, inFlight.first() - 1);
        while (!handledAbove.isEmpty() && handledAbove.first() <= last) {
            watermark = handledAbove.pollFirst();
        }
    }

    /**
     * Records nothing more: an update that ends after this (interrupted by a stop that could wait
     * no longer) may or may not have been answered, so it is left to be answered again rather than
     * recorded as answered without being sure.
     */
    public synchronized void freeze() {
        frozen = true;
        closeJournal();
    }

    /** The record as a snapshot line: the watermark, then the handled ids above it. */
    synchronized String snapshot() {
        StringBuilder sb = new StringBuilder().append(watermark);
        for (int id : handledAbove) {
            sb.append(' ').append(id);
        }
        return sb.append('\n').toString();
    }

    /** Appends {@code handled}, or rewrites the snapshot when none is open or enough lines were added. */
    private void save(int handled) {
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get();
        try {
            if (journal == null || appended >= COMPACT_EVERY) {
                compact(target);
            } else {
                journal.write(ByteBuffer.wrap((handled + "\n").getBytes(StandardCharsets.US_ASCII)));
                appended++;
            }
            warnedWrite = false;
        } catch (IOException e) {
            closeJournal();
            if (!warnedWrite) {
                warnedWrite = true;
                LOG.warn("cannot write the update record {} ({}): a restart may answer recent updates again",
                        target, e.getMessage());
            }
        }
    }

    private void compact(Path target) throws IOException {
        closeJournal();
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        Files.writeString(temporary, snapshot(), StandardCharsets.UTF_8);
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        journal = FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        appended = 0;
    }

    private void closeJournal() {
        if (journal != null) {
            try {
                journal.close();
            } catch (IOException e) {
                LOG.debug("closing the update record", e);
            }
            journal = null;
        }
    }
}
