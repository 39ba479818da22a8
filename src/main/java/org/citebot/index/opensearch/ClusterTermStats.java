package org.citebot.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.citebot.index.LucenePassageIndex;
import org.citebot.index.TermWeights;

/**
 * How many passages hold a term, per field, asked of the cluster and remembered: the answerer
 * weighs every question word by it, and a chat's vocabulary is small, so after a while nearly
 * every word is answered from memory. Bounded like the embedded index's memory of known words.
 */
final class ClusterTermStats implements TermWeights {

    static final List<String> FIELDS = List.of(LucenePassageIndex.SENTENCE, LucenePassageIndex.CONTEXT,
            LucenePassageIndex.PARAGRAPH, LucenePassageIndex.TITLE);
    static final int CACHE_SIZE = 50_000;

    /** Passages holding a term in one field each, in {@link #FIELDS} order. */
    record Counts(long sentence, long context, long paragraph, long title) {
    }

    private final ClusterClient client;
    private final String index;
    private final long passages;
    private final Map<String, Counts> counts = new ConcurrentHashMap<>();
    private final Map<String, Boolean> known = new ConcurrentHashMap<>();

    ClusterTermStats(ClusterClient client, String index, long passages) {
        this.client = client;
        this.index = index;
        this.passages = passages;
    }

    /** The counts of each of {@code terms}, those not remembered asked in one request. */
    Map<String, Counts> counts(Collection<String> terms) {
        Map<String, Counts> out = new java.util.HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String t : terms) {
            Counts c = counts.get(t);
            if (c != null) {
                out.put(t, c);
            } else if (!missing.contains(t)) {
                missing.add(t);
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        JsonNode buckets = client.send("POST", "/" + index + "/_search?request_cache=true",
                ClusterQueries.termCounts(missing, FIELDS)).path("aggregations").path("df").path("buckets");
        if (counts.size() + missing.size() > CACHE_SIZE) {
            counts.clear(); // bounded: chat vocabularies are small, hostile input is not
        }
        for (String t : missing) {
            long[] n = new long[FIELDS.size()];
            for (int f = 0; f < n.length; f++) {
                n[f] = buckets.path(FIELDS.get(f) + ":" + t).path("doc_count").asLong();
            }
            Counts c = new Counts(n[0], n[1], n[2], n[3]);
            counts.put(t, c);
            out.put(t, c);
        }
        return out;
    }

    @Override
    public double idf(String term) {
        return TermWeights.bm25Idf(counts(List.of(term)).get(term).context(), passages);
    }

    @Override
    public boolean known(String term) {
        Boolean cached = known.get(term);
        if (cached != null) {
            return cached;
        }
        Counts c = counts(List.of(term)).get(term);
        boolean k = c.paragraph() > 0 || c.title() > 0;
        if (!k && term.length() >= LucenePassageIndex.MIN_LOOSE_LENGTH) {
            k = client.send("POST", "/" + index + "/_search", ClusterQueries.looseMatch(term))
                    .path("hits").path("total").path("value").asLong() > 0;
        }
        if (known.size() >= CACHE_SIZE) {
            known.clear();
        }
        known.put(term, k);
        return k;
    }
}
