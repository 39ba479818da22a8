package org.citebot.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.citebot.answer.Answer;
import org.citebot.config.ConfigDir;
import org.citebot.config.LogCapture;
import org.citebot.chat.ChatFixtures;
import org.citebot.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class LiveCitebotTest {

    /** The warnings these tests provoke on purpose, asserted here rather than shown in the build. */
    @RegisterExtension
    final LogCapture log = new LogCapture();

    private static final ConfigDir CONFIG = new ConfigDir(Path.of("config"));
    private static final String NEW_ARTICLE = "Le pont de Lyon\nLe maire a inauguré le pont Pasteur le 3 mars 2024, "
            + "un ouvrage de 312 mètres.";

    private static Path copyOfSeeds(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path f : seeds.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    private static LiveCitebot live(Path dir, Duration interval) {
        return LiveCitebot.start(dir, () -> Citebot.open(dir, CONFIG, Settings.load(CONFIG, ChatFixtures.PINNED_THRESHOLD)), interval);
    }

    /** A deployer's mistyped --corpus gets the loader's plain words, not an I/O error about listing. */
    @Test
    void aMissingFolderIsSaidToBeMissing(@TempDir Path tmp) {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> LiveCitebot.listing(tmp.resolve("articls")));
        assertEquals("corpus folder not found: " + tmp.resolve("articls"), e.getMessage());
    }

    @Test
    void aNewArticleIsAnsweredWithinSecondsWithoutARestart(@TempDir Path tmp) throws Exception {
        Path dir = copyOfSeeds(tmp.resolve("articles"));
        try (LiveCitebot live = live(dir, Duration.ofMillis(200))) {
            assertFalse(live.get().answer("quand le pont Pasteur a-t-il été inauguré ?").answered());
            long landed = System.nanoTime();
            Files.writeString(dir.resolve("005_pont.txt"), NEW_ARTICLE);
            Answer answer = null;
            while (System.nanoTime() - landed < Duration.ofSeconds(30).toNanos()) {
                answer = live.get().answer("quand le pont Pasteur a-t-il été inauguré ?");
                if (answer.answered()) {
                    break;
                }
                Thread.sleep(50);
            }
            assertTrue(answer != null && answer.answered(), "never answered");
            assertEquals("005_pont.txt", answer.best().orElseThrow().citations().get(0).docId());
            System.out.printf("LiveCitebotTest: new article to first answer citing it: %d ms%n",
                    (System.nanoTime() - landed) / 1_000_000);
        }
    }

    @Test
    void answersNeverFailWhileIndexesAreSwapped(@TempDir Path tmp) throws Exception {
        Path dir = copyOfSeeds(tmp.resolve("articles"));
        try (LiveCitebot live = live(dir, Duration.ZERO)) {
            AtomicBoolean stop = new AtomicBoolean();
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            AtomicInteger answered = new AtomicInteger();
            Thread asker = new Thread(() -> {
                while (!stop.get()) {
                    try {
                        if (live.get().answer("combien de diplomates expulsés ?").answered()) {
                            answered.incrementAndGet();
                        }
                    } catch (Throwable t) {
                        failures.add(t);
                    }
                }
            });
            asker.start();
            for (int i = 0; i < 5; i++) {
                Files.writeString(dir.resolve("00" + (5 + i) + "_extra.txt"), "Article " + i + "\nUn texte de plus.");
                assertTrue(live.reloadNow());
            }
            stop.set(true);
            asker.join();
            assertEquals(List.of(), failures);
            assertTrue(answered.get() > 0);
            assertEquals(10, live.get().corpus().documents().size());
        }
    }

    @Test
    void aBrokenFileIsSkippedAndTheRestKeepsServing(@TempDir Path tmp) throws Exception {
        Path dir = copyOfSeeds(tmp.resolve("articles"));
        try (LiveCitebot live = live(dir, Duration.ZERO)) {
            Files.write(dir.resolve("005_broken.txt"), new byte[] {'a', 0, 1, 2, 3});
            assertTrue(live.reloadNow());
            assertEquals(5, live.get().corpus().documents().size());
            assertTrue(live.get().corpus().warnings().stream().anyMatch(w -> w.startsWith("005_broken.txt")));
            log.assertLogged(Level.WARN, "org.citebot.corpus.CorpusLoader", "005_broken.txt: binary file");
            assertTrue(live.get().answer("combien de diplomates expulsés ?").answered());
        }
    }

    @Test
    void aFailedRebuildKeepsTheLastGoodIndex(@TempDir Path tmp) throws Exception {
        Path dir = copyOfSeeds(tmp.resolve("articles"));
        AtomicBoolean failNext = new AtomicBoolean();
        try (LiveCitebot live = LiveCitebot.start(dir, () -> {
            if (failNext.get()) {
                throw new IllegalStateException("disk gone");
            }
            return Citebot.open(dir, CONFIG, Settings.load(CONFIG, ChatFixtures.PINNED_THRESHOLD));
        }, Duration.ZERO)) {
            Citebot before = live.get();
            failNext.set(true);
            assertFalse(live.reloadNow());
            assertTrue(before == live.get());
            log.assertLogged(Level.WARN, LiveCitebot.class, "could not be reloaded, the previous index keeps serving");
            assertTrue(live.get().answer("combien de diplomates expulsés ?").answered());
        }
    }

    /**
     * The searches keep their words' weights (statistics of the index) between questions: after a
     * reload, the same question must be scored with the new corpus' statistics, exactly as by a
     * citebot opened afresh on it, not with weights remembered from the old index.
     */
    @Test
    void aReloadScoresWithTheNewCorpusStatisticsNotRememberedOnes(@TempDir Path tmp) throws Exception {
        Path dir = copyOfSeeds(tmp.resolve("articles"));
        String question = "combien de diplomates russes expulsés ?";
        try (LiveCitebot live = live(dir, Duration.ZERO)) {
            Answer before = live.get().answer(question);
            assertEquals(before.passages(), live.get().answer(question).passages(), "asked twice, scored the same");
            Files.writeString(dir.resolve("005_diplomates.txt"), "Les diplomates russes\nLes diplomates russes "
                    + "ont quitté la ville. Des diplomates y reviendront, dit un diplomate.");
            assertTrue(live.reloadNow());
            Answer after = live.get().answer(question);
            try (Citebot fresh = Citebot.open(dir, CONFIG, Settings.load(CONFIG, ChatFixtures.PINNED_THRESHOLD))) {
                assertEquals(fresh.answer(question).passages(), after.passages());
            }
            assertFalse(before.passages().equals(after.passages()), "the new article changes the statistics");
        }
    }
}
