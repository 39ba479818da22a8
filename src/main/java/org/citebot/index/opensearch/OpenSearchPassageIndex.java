package org.citebot.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.citebot.corpus.Corpus;
import org.citebot.corpus.Document;
import org.citebot.index.FrenchAnalysis;
import org.citebot.index.IndexStore;
import org.citebot.index.LucenePassageIndex;
import org.citebot.index.Passage;
import org.citebot.index.PassageIndex;
import org.citebot.index.PassageQueryBuilder;
import org.citebot.index.PassageRanking;
import org.citebot.index.ScoredPassage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The passage index on an OpenSearch cluster, loaded by {@link IndexLoader}: the same passages,
 * offsets and order as the embedded {@link LucenePassageIndex} for the same corpus.
 *
 * <p>Per question: the words that no passage holds are found from the term counts (asked once per
 * word, then remembered), then one multi-search scores passages and articles together with
 * {@code dfs_query_then_fetch}, so that BM25 sees the term statistics of the whole index rather
 * than of each shard, and {@link PassageRanking} orders the hits as the embedded index does. The
 * question's words are analysed here with citebot's own chain, which the index definitions of
 * {@code config/opensearch/} reproduce.
 *
 * <p>The corpus itself stays with each bot instance: answers quote the articles' text at the
 * passages' offsets. Thread-safe.
 */
public final class OpenSearchPassageIndex implements PassageIndex {

    private static final Logger LOG = LoggerFactory.getLogger(OpenSearchPassageIndex.class);

    private final ClusterClient client;
    private final OpenSearchSettings settings;
    private final Map<String, Document> documents;
    private final Map<String, String> textHashes;
    private final FrenchAnalysis analysis;
    private final Analyzer questionAnalyzer;
    private final ClusterTermStats stats;
    private final int size;
    private final AtomicBoolean mismatchReported = new AtomicBoolean();

    private OpenSearchPassageIndex(ClusterClient client, OpenSearchSettings settings, Map<String, Document> documents,
                                   FrenchAnalysis analysis, int size) {
        this.client = client;
        this.settings = settings;
        this.documents = documents;
        Map<String, String> hashes = new HashMap<>();
        documents.values().forEach(d -> hashes.put(d.id(), PassageSource.textHash(d)));
        this.textHashes = Map.copyOf(hashes);
        this.analysis = analysis;
        this.questionAnalyzer = analysis.questionAnalyzer();
        this.size = size;
        this.stats = new ClusterTermStats(client, settings.passagesIndex(), size);
    }

    /**
     * Connects to the cluster of {@code settings} and checks that its indexes hold {@code corpus}.
     *
     * @throws ClusterException when no node answers or the indexes are missing (the message
     *                          says to run {@code citebot opensearch-load})
     */
    public static OpenSearchPassageIndex connect(OpenSearchSettings settings, Corpus corpus, FrenchAnalysis analysis) {
        ClusterClient client = ClusterClient.connect(settings);
        try {
            for (String index : List.of(settings.passagesIndex(), settings.articlesIndex())) {
                if (!client.exists("/" + index)) {
                    throw new ClusterException("OpenSearch index '" + index + "' not found at " + settings.urls()
                            + ": load the corpus first (citebot opensearch-load)", 404, null);
                }
            }
            JsonNode meta = client.send("GET", "/" + settings.passagesIndex() + "/_mapping", null)
                    .elements().next().path("mappings").path("_meta").path(IndexLoader.META);
            if (!IndexStore.fingerprint(corpus).equals(meta.path("corpus").asText())) {
                LOG.warn("OpenSearch index '{}' was not loaded from this corpus (or its load did not finish): "
                        + "run citebot opensearch-load; passages of articles this instance lacks are skipped",
                        settings.passagesIndex());
            }
            int size = client.send("GET", "/" + settings.passagesIndex() + "/_count", null).path("count").asInt();
            Map<String, Document> docs = new HashMap<>();
            corpus.documents().forEach(d -> docs.put(d.id(), d));
            LOG.info("OpenSearch index '{}' at {}: {} passages", settings.passagesIndex(), settings.urls(), size);
            return new OpenSearchPassageIndex(client, settings, Map.copyOf(docs), analysis, size);
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }

    @Override
    public List<ScoredPassage> search(String question, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        String text = question == null ? "" : question;
        try {
            return searchOrThrow(text, k);
        } catch (ClusterException e) {
            if (!tooManyClauses(e)) {
                throw e;
            }
            // As in the embedded index: a question whose words expand past the clause limit is
            // searched by its first words.
            LOG.debug("question too wide for one query, shortened: {}", e.getMessage());
            return searchOrThrow(PassageQueryBuilder.firstAnalysedWords(questionAnalyzer, text,
                    LucenePassageIndex.SHORT_QUESTION_WORDS), k);
        }
    }

    /**
     * Whether the cluster refused a query for its number of clauses: a 400 when the request is
     * parsed, a 500 (« search_phase_execution_exception ») when a shard finds it while searching.
     */
    static boolean tooManyClauses(ClusterException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("too_many_clauses") || message.contains("too_many_nested_clauses")
                || message.contains("maxClauseCount");
    }

    private List<ScoredPassage> searchOrThrow(String question, int k) {
        String words = PassageQueryBuilder.firstWords(question, PassageQueryBuilder.MAX_WORDS);
        List<String> terms = analysis.terms(questionAnalyzer, words);
        if (terms.isEmpty()) {
            return List.of();
        }
        // Counts of every question word, in one request: the unknown ones are looked up by edit
        // distance below, and the answerer weighs them all next (then from memory).
        Map<String, ClusterTermStats.Counts> counts = stats.counts(terms.stream().distinct().toList());
        List<String> fuzzy = FrenchAnalysis.ownTerms(questionAnalyzer, words).stream()
                .filter(PassageQueryBuilder::fuzzyCandidate).distinct()
                .filter(t -> counts.get(t).sentence() == 0 && counts.get(t).paragraph() == 0)
                .limit(PassageQueryBuilder.MAX_FUZZY).toList();
        String lines = "{\"index\":\"" + settings.passagesIndex() + "\"}\n"
                + ClusterQueries.passages(words, fuzzy, Math.max(k, PassageRanking.CANDIDATE_POOL)) + "\n"
                + "{\"index\":\"" + settings.articlesIndex() + "\"}\n" + ClusterQueries.articles(words) + "\n";
        JsonNode responses = client.sendLines("POST", "/_msearch?search_type=dfs_query_then_fetch", lines)
                .path("responses");
        return PassageRanking.rank(hits(check(responses.path(0))), articleScores(check(responses.path(1))), k);
    }

    private static JsonNode check(JsonNode response) {
        if (response.has("error")) {
            JsonNode error = response.path("error");
            String reason = error.path("root_cause").path(0).path("reason").asText(error.path("reason").asText());
            throw new ClusterException("OpenSearch search failed: " + reason, response.path("status").asInt(400), null);
        }
        return response;
    }

    private List<ScoredPassage> hits(JsonNode response) {
        List<ScoredPassage> out = new ArrayList<>();
        for (JsonNode hit : response.path("hits").path("hits")) {
            Optional<Passage> p = PassageSource.read(hit.path("_source"), documents, textHashes);
            if (p.isPresent()) {
                out.add(new ScoredPassage(p.get(), score(hit)));
            } else if (mismatchReported.compareAndSet(false, true)) {
                LOG.warn("OpenSearch passage {} is of an article this instance does not have or has in another "
                        + "version: skipped (run citebot opensearch-load on this corpus)", hit.path("_id").asText());
            }
        }
        return out;
    }

    private static Map<String, Double> articleScores(JsonNode response) {
        Map<String, Double> out = new HashMap<>();
        for (JsonNode hit : response.path("hits").path("hits")) {
            out.put(hit.path("_source").path(LucenePassageIndex.DOC).asText(), score(hit));
        }
        return out;
    }

    /** A hit's score as the float Lucene computed, widened as the embedded index widens it. */
    private static double score(JsonNode hit) {
        return hit.path("_score").floatValue();
    }

    @Override
    public double idf(String term) {
        return stats.idf(term);
    }

    @Override
    public boolean known(String term) {
        return stats.known(term);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void close() {
        client.close();
    }
}
