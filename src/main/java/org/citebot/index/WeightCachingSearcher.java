package org.citebot.index;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

/**
 * A searcher of one unchanging index that builds the weight of each word's clause once.
 *
 * <p>A question's query has one clause per (field, word), and Lucene builds every clause's
 * {@link Weight} again at each search: a {@link SynonymQuery} looks each of its words up in the
 * term dictionary (it takes no ready {@link TermStates}), and every clause's BM25 scorer fills a
 * table of 256 norms. Chat questions reuse their words, and a weight depends only on the index's
 * statistics, the clause and its boost, so it is kept here: a {@link Weight} holds no state of one
 * search and Lucene itself shares one between threads. On the seeds the weights were an eighth of
 * the answer's retrieval time and a quarter of what a search allocated (JFR, session 11).
 *
 * <p>Only word clauses ({@link TermQuery}, {@link SynonymQuery}, under any boosts) are kept, and only for scoring.
 * A term query is told apart by its {@link TermStates} as well as by its term, since equal term
 * queries may carry different statistics: the question's own word its real document frequency,
 * the same word found by edit distance for a typo the blended frequency of that expansion.
 *
 * <p>The weights are this searcher's, so they go with its reader: an index built again after the
 * corpus changed comes with a new searcher and new weights, never the old index's statistics.
 * Bounded against hostile input: the memory starts over past {@link #MAX_WEIGHTS}. Thread-safe.
 */
final class WeightCachingSearcher extends IndexSearcher {

    /**
     * Weights kept before the memory starts over: a thousand questions' words in five fields, each
     * weight about a kilobyte (its scorer's table of norms).
     */
    static final int MAX_WEIGHTS = 4_096;

    /** What a word clause's weight depends on: the clause, its statistics, how it scores, its boost. */
    private record Key(Query query, TermStates states, ScoreMode mode, float boost, int hash) {

        Key(Query query, TermStates states, ScoreMode mode, float boost) {
            this(query, states, mode, boost, (query.hashCode() * 31 + mode.hashCode()) * 31
                    + Float.floatToIntBits(boost) + System.identityHashCode(states));
        }

        @Override
        public boolean equals(Object o) {
            // the statistics by identity: TermStates does not define equality
            return o instanceof Key k && k.hash == hash && k.states == states && k.mode == mode
                    && Float.floatToIntBits(k.boost) == Float.floatToIntBits(boost) && k.query.equals(query);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final ConcurrentHashMap<Key, Weight> weights = new ConcurrentHashMap<>();

    WeightCachingSearcher(IndexReader reader) {
        super(reader);
    }

    @Override
    public Weight createWeight(Query query, ScoreMode scoreMode, float boost) throws IOException {
        // A boost's weight is its query's, boosted: BoostQuery hands the product to its query
        // directly, not through this method, so the layers are taken off here, multiplied in the
        // same order.
        Query inner = query;
        float product = boost;
        while (inner instanceof BoostQuery b) {
            product = b.getBoost() * product;
            inner = b.getQuery();
        }
        TermStates states;
        if (inner instanceof TermQuery t) {
            states = t.getTermStates();
        } else if (inner instanceof SynonymQuery) {
            states = null;
        } else {
            return super.createWeight(query, scoreMode, boost);
        }
        if (!scoreMode.needsScores()) {
            return super.createWeight(query, scoreMode, boost); // the query cache's business
        }
        Key key = new Key(inner, states, scoreMode, product);
        Weight known = weights.get(key);
        if (known != null) {
            return known;
        }
        if (weights.size() >= MAX_WEIGHTS) {
            weights.clear();
        }
        Weight built = super.createWeight(inner, scoreMode, product);
        weights.put(key, built);
        return built;
    }

    /** How many weights are kept now (for tests). */
    int cachedWeights() {
        return weights.size();
    }
}
