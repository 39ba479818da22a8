package org.citebot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.citebot.config.ConfigDir;
import org.citebot.config.LogCapture;
import org.citebot.corpus.Corpus;
import org.citebot.corpus.CorpusLoader;
import org.citebot.text.IcuSentenceSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class IndexStoreTest {

    /** The warnings these tests provoke on purpose, asserted here rather than shown in the build. */
    @RegisterExtension
    final LogCapture log = new LogCapture();

    private final PassageSplitter splitter = new PassageSplitter(new IcuSentenceSplitter());
    private final FrenchAnalysis analysis = FrenchAnalysis.withoutSynonyms();
    private final CorpusLoader loader = CorpusLoader.fromConfig(new ConfigDir(Path.of("config")));

    private Corpus copyOfSeeds(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path f : seeds.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return loader.load(dir);
    }

    private static List<String> top(LucenePassageIndex index, String question) {
        return index.search(question, 5).stream().map(p -> p.passage().docId() + "#" + p.passage().ordinal()).toList();
    }

    @Test
    void anUnchangedCorpusReusesTheIndexWithTheSameResults(@TempDir Path tmp) throws IOException {
        Corpus corpus = copyOfSeeds(tmp.resolve("articles"));
        Path dir = tmp.resolve("index");
        List<String> first;
        try (var built = IndexStore.open(dir, corpus, splitter, analysis).index()) {
            first = top(built, "combien de diplomates expulsés ?");
        }
        var reopened = IndexStore.open(dir, loader.load(tmp.resolve("articles")), splitter, analysis);
        try (var index = reopened.index()) {
            assertEquals(IndexStore.Origin.REUSED, reopened.origin());
            assertEquals(first, top(index, "combien de diplomates expulsés ?"));
            assertEquals(corpus.documents().stream().mapToInt(d -> splitter.split(d).size()).sum(), index.size());
        }
    }

    @Test
    void aChangedArticleRebuildsTheIndex(@TempDir Path tmp) throws IOException {
        Path articles = tmp.resolve("articles");
        Corpus corpus = copyOfSeeds(articles);
        Path dir = tmp.resolve("index");
        IndexStore.open(dir, corpus, splitter, analysis).index().close();
        Files.writeString(articles.resolve("005_new.txt"), "Nouvel article\nLe maire de Lyon a inauguré le pont.");
        var reopened = IndexStore.open(dir, loader.load(articles), splitter, analysis);
        try (var index = reopened.index()) {
            assertEquals(IndexStore.Origin.BUILT, reopened.origin());
            assertTrue(top(index, "pont inauguré à Lyon").get(0).startsWith("005_new.txt"));
        }
    }

    @Test
    void aCorruptIndexIsRebuiltNeverServed(@TempDir Path tmp) throws IOException {
        Corpus corpus = copyOfSeeds(tmp.resolve("articles"));
        Path dir = tmp.resolve("index");
        IndexStore.open(dir, corpus, splitter, analysis).index().close();
        try (Stream<Path> files = Files.list(dir.resolve(IndexStore.LUCENE))) {
            Path biggest = files.max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
            byte[] bytes = Files.readAllBytes(biggest);
            bytes[bytes.length / 2] ^= 0x5A;
            Files.write(biggest, bytes);
        }
        var reopened = IndexStore.open(dir, corpus, splitter, analysis);
        try (var index = reopened.index()) {
            assertEquals(IndexStore.Origin.BUILT, reopened.origin());
            assertTrue(!top(index, "combien de diplomates expulsés ?").isEmpty());
        }
        log.assertLogged(Level.WARN, IndexStore.class, "is unreadable");
    }

    @Test
    void anIndexOfAnotherAnalysisVersionOrHalfWrittenIsRebuilt(@TempDir Path tmp) throws IOException {
        Corpus corpus = copyOfSeeds(tmp.resolve("articles"));
        Path dir = tmp.resolve("index");
        IndexStore.open(dir, corpus, splitter, analysis).index().close();
        Files.writeString(dir.resolve(IndexStore.FINGERPRINT), "built-by-another-version");
        var other = IndexStore.open(dir, corpus, splitter, analysis);
        other.index().close();
        assertEquals(IndexStore.Origin.BUILT, other.origin());
        Files.delete(dir.resolve(IndexStore.FINGERPRINT));
        var halfWritten = IndexStore.open(dir, corpus, splitter, analysis);
        halfWritten.index().close();
        assertEquals(IndexStore.Origin.BUILT, halfWritten.origin());
        var again = IndexStore.open(dir, corpus, splitter, analysis);
        again.index().close();
        assertEquals(IndexStore.Origin.REUSED, again.origin());
    }
}
