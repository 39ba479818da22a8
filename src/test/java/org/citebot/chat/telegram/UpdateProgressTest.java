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
}
