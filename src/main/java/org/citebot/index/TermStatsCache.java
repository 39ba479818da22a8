package org.citebot.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Where each (field, word) of one unchanging index sits in its term dictionary, looked up once.
 *
 * <p>A question becomes a query of one clause per field and word (five fields on the passages,
 * two on the articles), and Lucene looks every clause's word up in the term dictionary again at
 * each search, on top of the document frequencies the answerer asks for. Chat questions reuse
 * few words, and an index never changes once opened, so the lookups are kept: a term query given
 * its {@link TermStates} skips the dictionary walk and scores the same. On the seeds the lookups
 * were a sixth of an answer's time.
 *
 * <p>Thread-safe: a state is built whole before it is shared, and only read after.
 */
final class TermStatsCache {

    /** (field, word) pairs kept before the memory starts over: bounded against hostile input. */
    static final int MAX_TERMS = 50_000;

    private final IndexSearcher searcher;
    private final ConcurrentHashMap<Term, TermStates> states = new ConcurrentHashMap<>();

    TermStatsCache(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    IndexReader reader() {
        return searcher.getIndexReader();
    }

    /** The number of documents whose {@code field} holds {@code word}. */
    int docFreq(String field, String word) {
        return states(new Term(field, word)).docFreq();
    }

    /** The dictionary entries of {@code term} in every segment, with its statistics. */
    TermStates states(Term term) {
        TermStates known = states.get(term);
        if (known != null) {
            return known;
        }
        if (states.size() >= MAX_TERMS) {
            states.clear();
        }
        try {
            TermStates built = TermStates.build(searcher, term, true);
            states.put(term, built);
            return built;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code query} with each term query inside its boolean and boost layers given its looked-up
     * states; other kinds of query are left as they are.
     */
    Query withStats(Query query) {
        if (query instanceof TermQuery t && t.getTermStates() == null) {
            return new TermQuery(t.getTerm(), states(t.getTerm()));
        }
        if (query instanceof BoostQuery b) {
            Query inner = withStats(b.getQuery());
            return inner == b.getQuery() ? b : new BoostQuery(inner, b.getBoost());
        }
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder out = new BooleanQuery.Builder()
                    .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            for (BooleanClause c : bool.clauses()) {
                out.add(withStats(c.query()), c.occur());
            }
            return out.build();
        }
        return query;
    }
}
