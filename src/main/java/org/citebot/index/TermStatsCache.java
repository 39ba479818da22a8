package org.citebot.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;

/**
 * Where each (field, word) of one unchanging index sits in its term dictionary, looked up once.
 *
 * <p>The answerer asks for the document frequencies of the question's words in several fields
 * (is a word unknown, how rare is it), and chat questions reuse their words; an index never
 * changes once opened, so the lookups are kept. The searches' own lookups are kept with their
 * weights ({@link WeightCachingSearcher}).
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
}
