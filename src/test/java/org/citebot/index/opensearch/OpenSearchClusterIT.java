package org.citebot.index.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.citebot.answer.Answer;
import org.citebot.config.ConfigDir;
import org.citebot.config.Settings;
import org.citebot.corpus.Corpus;
import org.citebot.corpus.CorpusLoader;
import org.citebot.corpus.Document;
import org.citebot.eval.Evaluation;
import org.citebot.eval.GoldQuestion;
import org.citebot.index.FrenchAnalysis;
import org.citebot.index.IndexedText;
import org.citebot.index.Passage;
import org.citebot.index.PassageSplitter;
import org.citebot.qa.Citebot;
import org.citebot.text.IcuSentenceSplitter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * citebot on a real two-node OpenSearch cluster (the distribution Maven unpacks into
 * {@code target/opensearch}), against the embedded index: the shipped {@code config/opensearch/}
 * definitions (two shards, one replica), the seed articles loaded by {@link IndexLoader}, every dev
 * question answered alike, and still answered alike once a node is killed.
 *
 * <p>Skips, saying why, where the distribution could not be fetched ({@code -Dopensearch.skip=true})
 * or the nodes cannot start: every test reports itself skipped with the reason (an assumption in
 * {@code @BeforeEach}; one failed in {@code @BeforeAll} would make Surefire and Failsafe report 0
 * tests run and 0 skipped, SUREFIRE-2300).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenSearchClusterIT {

    private static final Path SEEDS = Path.of("seeds");
    private static final ConfigDir CONFIG = new ConfigDir(Path.of("config"));
    private static final String INDEX = "citebot-it";

    private LocalOpenSearchCluster cluster;
    private OpenSearchSettings clusterSettings;
    private ClusterClient client;
    private Corpus corpus;
    private IndexLoader.Result firstLoad;
    private Citebot embedded;
    private Citebot clustered;
    private List<GoldQuestion> gold;
    /** Why these tests cannot run here, when they cannot. */
    private String skipReason;

    @BeforeAll
    void startCluster() throws Exception {
        String home = System.getProperty("opensearch.home");
        Optional<String> why = Boolean.getBoolean("opensearch.skip")
                ? Optional.of("-Dopensearch.skip=true: no OpenSearch distribution fetched, no cluster started")
                : LocalOpenSearchCluster.unavailable(home);
        if (why.isPresent()) {
            skip(why.get());
            return;
        }
        long t0 = System.nanoTime();
        try {
            cluster = LocalOpenSearchCluster.start(Path.of(home), 2, Duration.ofMinutes(4));
        } catch (IllegalStateException e) {
            skip(e.getMessage());
            return;
        }
        System.out.printf("OpenSearchClusterIT: 2 nodes green in %.1f s at %s%n", (System.nanoTime() - t0) / 1e9,
                cluster.urls());
        Settings settings = Settings.load(CONFIG, Map.of(
                "CITEBOT_RETRIEVER", Citebot.OPENSEARCH,
                "CITEBOT_OPENSEARCH_URLS", cluster.urls().stream().map(URI::toString).collect(Collectors.joining(",")),
                "CITEBOT_OPENSEARCH_INDEX", INDEX));
        clusterSettings = OpenSearchSettings.from(settings);
        client = ClusterClient.connect(clusterSettings);
        corpus = CorpusLoader.fromConfig(CONFIG).load(SEEDS);
        List<Integer> progress = new ArrayList<>();
        firstLoad = IndexLoader.load(clusterSettings, CONFIG, corpus, splitter(), false, (done, total) -> progress.add(done));
        assertTrue(!progress.isEmpty() && progress.get(progress.size() - 1) == firstLoad.passages() + firstLoad.articles(),
                "progress reported up to every document: " + progress);
        embedded = Citebot.open(SEEDS, CONFIG, Settings.load(CONFIG, Map.of()));
        clustered = Citebot.open(SEEDS, CONFIG, settings);
        gold = Evaluation.readGold(Path.of(getClass().getResource("/eval/dev-questions.jsonl").toURI()));
    }

    private void skip(String reason) {
        System.out.println("OpenSearchClusterIT skipped: " + reason);
        skipReason = reason;
    }

    @BeforeEach
    void skipWhenTheClusterIsUnavailable() {
        assumeTrue(skipReason == null, () -> "OpenSearchClusterIT skipped: " + skipReason);
    }

    @AfterAll
    void stopCluster() {
        for (AutoCloseable c : new AutoCloseable[] {clustered, embedded, client, cluster}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                System.out.println("OpenSearchClusterIT: closing " + c + ": " + e);
            }
        }
    }

    @Test
    @Order(1)
    void passagesAreSpreadOverTwoShardsWithAReplicaEach() {
        JsonNode shards = client.send("GET", "/_cat/shards/" + INDEX + "?format=json", null);
        Set<String> nodes = new HashSet<>();
        int primaries = 0;
        for (JsonNode s : shards) {
            assertEquals("STARTED", s.path("state").asText(), s.toString());
            primaries += "p".equals(s.path("prirep").asText()) ? 1 : 0;
            nodes.add(s.path("node").asText());
        }
        assertEquals(4, shards.size(), "2 shards x (primary + replica): " + shards);
        assertEquals(2, primaries);
        assertEquals(2, nodes.size(), "copies on both nodes: " + shards);
        int expected = corpus.documents().stream().mapToInt(d -> splitter().split(d).size()).sum();
        assertEquals(expected, firstLoad.passages());
        assertEquals(expected, client.send("GET", "/" + INDEX + "/_count", null).path("count").asInt());
    }

    @Test
    @Order(2)
    void loadingAgainIsSafe() {
        IndexLoader.Result again = IndexLoader.load(clusterSettings, CONFIG, corpus, splitter(), false, (d, t) -> { });
        assertTrue(again.upToDate(), "an unchanged corpus is not loaded twice");
        IndexLoader.Result forced = IndexLoader.load(clusterSettings, CONFIG, corpus, splitter(), true, (d, t) -> { });
        assertEquals(firstLoad.passages(), forced.passages());
        JsonNode stats = client.send("GET", "/" + INDEX + "/_stats/docs", null).path("_all");
        assertEquals(firstLoad.passages(), stats.path("primaries").path("docs").path("count").asInt(),
                "no passage duplicated");
        assertEquals(0, stats.path("total").path("docs").path("deleted").asInt(),
                "a fresh generation: no deleted document in the statistics: " + stats);
        JsonNode generations = client.send("GET", "/_cat/indices/" + INDEX + "-passages-*?format=json&h=index", null);
        assertEquals(1, generations.size(), "the previous generation deleted: " + generations);
        assertTrue(generations.get(0).path("index").asText().endsWith(forced.generation()), generations.toString());
    }

    @Test
    @Order(2)
    void aPlainIndexOfTheAliasNameIsReplaced() {
        String name = "legacy-it";
        client.send("PUT", "/" + name, null);
        OpenSearchSettings legacy = new OpenSearchSettings(clusterSettings.urls(), name, Optional.empty(),
                Optional.empty());
        IndexLoader.Result r = IndexLoader.load(legacy, CONFIG, corpus, splitter(), false, (d, t) -> { });
        JsonNode behind = client.send("GET", "/" + name + "/_alias", null);
        assertEquals(List.of(name + "-passages-" + r.generation()), iterable(behind.fieldNames()),
                "the alias now names the new generation: " + behind);
        assertEquals(firstLoad.passages(), client.send("GET", "/" + name + "/_count", null).path("count").asInt());
        client.send("DELETE", "/" + name + "-passages-" + r.generation() + "," + name + "-articles-" + r.generation(),
                null);
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    /** {@code citebot opensearch-load} as a deployer runs it: progress shown, then a new generation. */
    @Test
    @Order(3)
    void loadCommandShowsProgress(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path config = dir.resolve("config");
        try (var files = java.nio.file.Files.walk(CONFIG.root())) {
            for (Path f : files.toList()) {
                Path target = config.resolve(CONFIG.root().relativize(f).toString());
                if (java.nio.file.Files.isDirectory(f)) {
                    java.nio.file.Files.createDirectories(target);
                } else {
                    java.nio.file.Files.copy(f, target);
                }
            }
        }
        java.nio.file.Files.writeString(config.resolve("citebot.properties"), "\nopensearch.urls="
                + cluster.urls().stream().map(URI::toString).collect(Collectors.joining(",")) + "\nopensearch.index="
                + INDEX + "\n", java.nio.file.StandardOpenOption.APPEND);
        var out = new java.io.StringWriter();
        var err = new java.io.StringWriter();
        var cli = new picocli.CommandLine(new org.citebot.cli.CitebotCommand());
        cli.setOut(new java.io.PrintWriter(out));
        cli.setErr(new java.io.PrintWriter(err));
        int exit = cli.execute("opensearch-load", "--config", config.toString(), "--corpus", SEEDS.toString(), "--force");
        assertEquals(0, exit, err.toString());
        int total = firstLoad.passages() + firstLoad.articles();
        assertTrue(err.toString().contains(total + "/" + total + " documents (100%)"), err.toString());
        assertTrue(out.toString().startsWith("loaded " + firstLoad.passages() + " passages and "
                + firstLoad.articles() + " articles"), out.toString());
        exit = cli.execute("opensearch-load", "--config", config.toString(), "--corpus", SEEDS.toString());
        assertEquals(0, exit, err.toString());
        assertTrue(out.toString().contains("already holds this corpus"), out.toString());
    }

    /** config/opensearch's analyzers give the very terms of citebot's Lucene chain. */
    @Test
    @Order(4)
    void clusterAnalysisIsTheEmbeddedOne() {
        FrenchAnalysis analysis = FrenchAnalysis.withSynonyms(FrenchAnalysis.withBuiltInRules(CONFIG.lines("synonyms.txt")));
        List<String> differences = new ArrayList<>();
        int texts = 0;
        for (Document doc : corpus.documents()) {
            for (Passage p : splitter().split(doc)) {
                String text = IndexedText.of(doc, p).sentence();
                texts++;
                compare("citebot_document", text, analysis.terms(analysis.documentAnalyzer(), text), differences);
            }
        }
        for (GoldQuestion g : gold) {
            texts++;
            compare("citebot_question", g.question(), analysis.terms(analysis.questionAnalyzer(), g.question()),
                    differences);
        }
        System.out.printf("OpenSearchClusterIT: analysis compared on %d texts, %d differ%n", texts, differences.size());
        assertEquals(List.of(), differences);
    }

    private void compare(String analyzer, String text, List<String> expected, List<String> differences) {
        var body = ClusterClient.JSON.createObjectNode().put("analyzer", analyzer).put("text", text);
        List<String> got = new ArrayList<>();
        client.send("POST", "/" + INDEX + "/_analyze", body).path("tokens").forEach(t -> got.add(t.path("token").asText()));
        if (!got.equals(expected)) {
            differences.add(analyzer + " « " + text + " »: lucene " + expected + ", opensearch " + got);
        }
    }

    @Test
    @Order(5)
    void devQuestionsGetTheSameAnswersAndPassages() {
        List<String> differences = new ArrayList<>();
        int samePassages = 0;
        int sameScores = 0;
        long coldEmbedded = 0;
        long coldCluster = 0;
        for (GoldQuestion g : gold) {
            long t0 = System.nanoTime();
            Answer a = embedded.answer(g.question());
            long t1 = System.nanoTime();
            Answer b = clustered.answer(g.question());
            coldEmbedded += t1 - t0;
            coldCluster += System.nanoTime() - t1;
            if (!summary(a).equals(summary(b))) {
                differences.add(g.id() + ": embedded " + summary(a) + " / opensearch " + summary(b));
            }
            samePassages += passages(a).equals(passages(b)) ? 1 : 0;
            sameScores += scores(a).equals(scores(b)) ? 1 : 0;
        }
        // Then three more passes each, both warm, interleaved; the fastest of each counts (the
        // others are slowed by whatever else the machine runs).
        long embeddedNanos = Long.MAX_VALUE;
        long clusterNanos = Long.MAX_VALUE;
        for (int pass = 0; pass < 3; pass++) {
            embeddedNanos = Math.min(embeddedNanos, timed(embedded));
            clusterNanos = Math.min(clusterNanos, timed(clustered));
        }
        System.out.printf("OpenSearchClusterIT: dev answers identical %d/%d, passages in the same order %d/%d, "
                        + "scores equal to 3 decimals %d/%d%n", gold.size() - differences.size(), gold.size(),
                samePassages, gold.size(), sameScores, gold.size());
        System.out.printf("OpenSearchClusterIT: latency over %d dev questions, fastest warm pass: embedded %.1f ms, "
                        + "OpenSearch %.1f ms, ratio %.1f (first pass, cluster's term counts not yet remembered: "
                        + "%.1f ms / %.1f ms)%n", gold.size(), embeddedNanos / 1e6, clusterNanos / 1e6,
                (double) clusterNanos / embeddedNanos, coldEmbedded / 1e6, coldCluster / 1e6);
        assertEquals(List.of(), differences);
        assertEquals(gold.size(), samePassages, "passages and their order");
    }

    @Test
    @Order(5)
    void aQuestionTooWideForOneQueryIsSearchedAlikeEvenWithoutSpaces() {
        StringBuilder chinese = new StringBuilder("OTAN ");
        for (int i = 0; i < 2_000; i++) {
            chinese.append((char) (0x4E00 + (i * 37) % 5000)); // each one a word
        }
        String question = chinese.toString();
        List<String> expected = passages(embedded.answer(question));
        assertFalse(expected.isEmpty(), "the embedded index searched the question's start");
        assertEquals(expected, passages(clustered.answer(question)));
    }

    @Test
    @Order(6)
    void oneNodeDownLosesNoQuestion() {
        List<String> lost = new ArrayList<>();
        int half = gold.size() / 2;
        for (int i = 0; i < gold.size() + half; i++) {
            if (i == half) {
                cluster.kill(1);
                System.out.println("OpenSearchClusterIT: node-2 killed after " + half + " questions");
            }
            GoldQuestion g = gold.get(i % gold.size());
            String expected = summary(embedded.answer(g.question()));
            String got = summary(clustered.answer(g.question()));
            if (!expected.equals(got)) {
                lost.add(g.id() + (i >= half ? " (node down)" : "") + ": expected " + expected + ", got " + got);
            }
        }
        assertEquals(List.of(), lost);
    }

    private long timed(Citebot bot) {
        long t0 = System.nanoTime();
        gold.forEach(g -> bot.answer(g.question()));
        return Math.max(1, System.nanoTime() - t0);
    }

    /** What a user sees: the outcome, each fact and where it is quoted from. */
    private static String summary(Answer a) {
        return a.outcome() + " " + a.findings().stream()
                .map(f -> f.fact() + " " + f.citations().stream().map(c -> c.docId() + c.span()).toList())
                .toList() + " nearest " + a.nearest().map(c -> c.docId() + c.span()).orElse("-");
    }

    private static List<String> passages(Answer a) {
        return a.passages().stream().map(p -> p.passage().docId() + "#" + p.passage().ordinal()).toList();
    }

    private static List<String> scores(Answer a) {
        return a.passages().stream().map(p -> String.format(java.util.Locale.ROOT, "%.3f", p.score())).toList();
    }

    private static PassageSplitter splitter() {
        return new PassageSplitter(new IcuSentenceSplitter());
    }
}
