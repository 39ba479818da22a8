package org.citebot.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.citebot.config.ConfigDir;
import org.citebot.index.PassageSplitter;
import org.citebot.text.IcuSentenceSplitter;
import org.citebot.text.SentenceSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaleCorpusGeneratorTest {

    private final CorpusLoader loader = CorpusLoader.fromConfig(new ConfigDir(Path.of("config")));
    private final SentenceSplitter sentences = new IcuSentenceSplitter();

    private final PassageSplitter splitter = new PassageSplitter(sentences);

    /** Passages as the index counts them. */
    private int passages(Document d) {
        return splitter.split(d).size();
    }

    private ScaleCorpusGenerator generator() {
        return new ScaleCorpusGenerator(loader, sentences, this::passages);
    }

    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path f : list.toList()) {
                out.put(f.getFileName().toString(), Files.readString(f));
            }
        }
        return out;
    }

    @Test
    void reachesTheSizeExactlyAsTheLoaderCountsIt(@TempDir Path tmp) {
        var summary = generator().generate(List.of(Path.of("seeds")), 1_237, 3, tmp);
        assertEquals(1_237, summary.passages());
        Corpus written = loader.load(tmp);
        assertEquals(summary.files(), written.documents().size());
        assertEquals(1_237, written.documents().stream().mapToInt(this::passages).sum());
        assertTrue(written.warnings().isEmpty(), written.warnings().toString());
    }

    @Test
    void keepsTheSourceArticlesVerbatim(@TempDir Path tmp) throws IOException {
        generator().generate(List.of(Path.of("seeds")), 500, 3, tmp);
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.toList()) {
                assertEquals(Files.readString(seed), Files.readString(tmp.resolve(seed.getFileName())));
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameFilesAndAnotherSeedOthers(@TempDir Path tmp) throws IOException {
        generator().generate(List.of(Path.of("seeds")), 800, 11, tmp.resolve("a"));
        generator().generate(List.of(Path.of("seeds")), 800, 11, tmp.resolve("b"));
        generator().generate(List.of(Path.of("seeds")), 800, 12, tmp.resolve("c"));
        assertEquals(files(tmp.resolve("a")), files(tmp.resolve("b")));
        assertNotEquals(files(tmp.resolve("a")), files(tmp.resolve("c")));
    }

    @Test
    void refusesASizeTheSourcesAlreadyExceedAndAFolderWithArticles(@TempDir Path tmp) throws IOException {
        assertThrows(IllegalArgumentException.class,
                () -> generator().generate(List.of(Path.of("seeds")), 10, 1, tmp.resolve("small")));
        Files.createDirectories(tmp.resolve("full"));
        Files.writeString(tmp.resolve("full/x.txt"), "Un article\nUne phrase.");
        assertThrows(IllegalArgumentException.class,
                () -> generator().generate(List.of(Path.of("seeds")), 500, 1, tmp.resolve("full")));
    }

    @Test
    void renumbersFiguresOfThreeDigitsOrMoreKeepingTheirLength() {
        String out = ScaleCorpusGenerator.renumber("En 2018, 7 diplomates et 1500 euros.", new java.util.Random(1));
        assertTrue(out.matches("En \\d{4}, 7 diplomates et \\d{4} euros\\."), out);
    }
}
