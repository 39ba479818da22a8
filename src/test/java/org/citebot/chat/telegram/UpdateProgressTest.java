package org.citebot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.citebot.config.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class UpdateProgressTest {

    /** The warnings these tests provoke on purpose, asserted here rather than shown in the build. */
    @RegisterExtension
    final LogCapture log = new LogCapture();

    @TempDir
    Path dir;

    @Test
    void aRestartResumesAfterTheHandledUpdatesAndSkipsThem() {
        Path file = dir.resolve("bot.progress");
        UpdateProgress before = UpdateProgress.load(file);
        assertEquals(1, before.nextOffset());
        for (int id = 10; id <= 12; id++) {
            assertTrue(before.begin(id));
            before.finish(id);
        }
        UpdateProgress after = UpdateProgress.load(file);
        assertEquals(13, after.nextOffset());
        assertFalse(after.begin(11), "handled before the restart");
        assertTrue(after.begin(13));
    }

    @Test
    void anUpdateReceivedButNotHandledComesBackAfterARestartAndOnlyIt() {
        Path file = dir.resolve("bot.progress");
        UpdateProgress before = UpdateProgress.load(file);
        for (int id = 20; id <= 23; id++) {
            assertTrue(before.begin(id));
        }
        before.finish(20);
        before.finish(22); // another chat's update finished first
        before.finish(23); // 21 never finishes: the bot stopped while it waited
        assertEquals("20 22 23\n", before.snapshot());

        UpdateProgress after = UpdateProgress.load(file);
        assertEquals(21, after.nextOffset(), "Telegram must give 21 again");
        assertTrue(after.begin(21));
        assertFalse(after.begin(22));
        assertFalse(after.begin(23));
        after.finish(21);
        assertEquals("23\n", after.snapshot());
    }

    /**
     * A run killed while 21 was under way had finished 20 and 22: after the restart Telegram gives
     * 20 first (handled, skipped); that must not carry the watermark over 22 past 21, which would
     * then be skipped as handled and never answered (TelegramRestartIT caught it, about one run in
     * ten).
     */
    @Test
    void anUpdateHandledBeforeARestartDoesNotCarryTheWatermarkOverOneThatWasNot() throws Exception {
        Path file = dir.resolve("bot.progress");
        UpdateProgress before = UpdateProgress.load(file);
        for (int id = 20; id <= 22; id++) {
            assertTrue(before.begin(id));
        }
        before.finish(22);
        before.finish(20);

        UpdateProgress after = UpdateProgress.load(file);
        assertFalse(after.begin(20), "answered before the restart");
        assertEquals(21, after.nextOffset(), "21 is not answered: Telegram must keep it");
        assertTrue(after.begin(21), "never answered: it must be answered now");
        assertFalse(after.begin(22));
        after.finish(21);
        assertEquals(23, after.nextOffset());
    }

    @Test
    void anUpdateDeliveredTwiceInOneRunIsHandledOnce() {
        UpdateProgress progress = UpdateProgress.inMemory();
        assertTrue(progress.begin(5));
        assertFalse(progress.begin(5), "still in flight");
        progress.finish(5);
        assertFalse(progress.begin(5), "already handled");
    }

    @Test
    void anUnreadableRecordIsReportedAndIgnored() throws Exception {
        Path file = dir.resolve("bot.progress");
        Files.writeString(file, "not a number\n");
        UpdateProgress progress = UpdateProgress.load(file);
        assertEquals(1, progress.nextOffset());
        log.assertLogged(Level.WARN, UpdateProgress.class, "cannot read the update record");
        assertTrue(progress.begin(7));
        progress.finish(7);
        assertEquals("7\n", Files.readString(file));
    }

    @Test
    void aRecordOlderThanTelegramsMemoryIsForgotten() throws Exception {
        Path file = dir.resolve("bot.progress");
        Files.writeString(file, "500 502\n");
        Instant written = Instant.parse("2026-01-01T00:00:00Z");
        Files.setLastModifiedTime(file, FileTime.from(written));
        Clock nextDay = Clock.fixed(written.plus(UpdateProgress.MEMORY).plus(Duration.ofMinutes(1)), ZoneOffset.UTC);
        UpdateProgress progress = UpdateProgress.load(file, nextDay);
        assertEquals(1, progress.nextOffset(), "after a week of silence Telegram may number updates anywhere");
        assertTrue(progress.begin(42));

        Clock sameDay = Clock.fixed(written.plus(Duration.ofHours(1)), ZoneOffset.UTC);
        assertEquals(501, UpdateProgress.load(file, sameDay).nextOffset());
    }

    /** Each handled id is one line appended; a restart reads the snapshot and the lines after it. */
    @Test
    void handledIdsAreAppendedAndReadBack() throws Exception {
        Path file = dir.resolve("bot.progress");
        UpdateProgress before = UpdateProgress.load(file);
        for (int id = 30; id <= 34; id++) {
            assertTrue(before.begin(id));
        }
        before.finish(30); // the first record: a snapshot
        before.finish(32);
        before.finish(34);
        assertEquals("30\n32\n34\n", Files.readString(file));
        UpdateProgress after = UpdateProgress.load(file);
        assertEquals(31, after.nextOffset());
        assertTrue(after.begin(31));
        assertFalse(after.begin(32));
        assertTrue(after.begin(33));
        assertFalse(after.begin(34));
    }

    /** A crash in the middle of a line: that id counts as not handled (answered twice at worst, never lost). */
    @Test
    void aLineCutShortByACrashIsIgnored() throws Exception {
        Path file = dir.resolve("bot.progress");
        Files.writeString(file, "40\n42\n4");
        UpdateProgress progress = UpdateProgress.load(file);
        assertEquals(41, progress.nextOffset());
        assertFalse(progress.begin(42));
        assertTrue(progress.begin(43), "43 was never written whole");
        assertTrue(progress.begin(4_000), "nor 4 followed by more digits");
    }

    /** Contiguous handled ids read back join the watermark; a hole keeps it below. */
    @Test
    void contiguousHandledIdsJoinTheWatermarkAtLoad() throws Exception {
        Path file = dir.resolve("bot.progress");
        Files.writeString(file, "50\n51\n52\n54\n");
        assertEquals(53, UpdateProgress.load(file).nextOffset());
    }

    /**
     * After a restart, updates handled before it come back first; skipping them moves the
     * watermark, so the next poll confirms them (else Telegram would give them at every poll).
     */
    @Test
    void skippingUpdatesHandledBeforeARestartMovesTheWatermark() throws Exception {
        Path file = dir.resolve("bot.progress");
        Files.writeString(file, "60\n62\n63\n");
        UpdateProgress progress = UpdateProgress.load(file);
        assertEquals(61, progress.nextOffset());
        // 61 was confirmed by an earlier run's poll, or expired: Telegram gives 62 first
        assertFalse(progress.begin(62));
        assertFalse(progress.begin(63));
        assertEquals(64, progress.nextOffset());
        assertFalse(progress.holdsUnhandled(63));
    }

    @Test
    void theOffsetStaysBelowAnUpdateUnderWay() {
        UpdateProgress progress = UpdateProgress.inMemory();
        assertTrue(progress.begin(70));
        assertTrue(progress.begin(71));
        progress.finish(71);
        assertEquals(1, progress.nextOffset(), "70 is not answered: Telegram must keep it");
        assertTrue(progress.holdsUnhandled(71));
        assertEquals(1, progress.unhandled());
        progress.finish(70);
        assertEquals(72, progress.nextOffset());
        assertFalse(progress.holdsUnhandled(71));
    }

    /** After a stop that had to interrupt answers, what ends is not recorded: it comes back. */
    @Test
    void aFrozenRecordRecordsNothingMore() throws Exception {
        Path file = dir.resolve("bot.progress");
        UpdateProgress progress = UpdateProgress.load(file);
        assertTrue(progress.begin(80));
        assertTrue(progress.begin(81));
        progress.finish(80);
        progress.freeze();
        progress.finish(81);
        assertEquals(81, UpdateProgress.load(file).nextOffset(), "81 ended after the freeze");
    }
}
