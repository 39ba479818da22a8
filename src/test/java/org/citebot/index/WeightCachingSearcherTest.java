package org.citebot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class WeightCachingSearcherTest {

    private static final List<String> TEXTS = List.of(
            "le conseil a voté la loi", "la loi est entrée en vigueur", "le conseil siège à Paris",
            "Paris accueille le sommet", "le sommet a lieu en octobre", "la loi du conseil");

    /** One segment per text, so that a weight has to be right in each one. */
    private static DirectoryReader index(Directory dir, List<String> texts) throws IOException {
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (String text : texts) {
                Document d = new Document();
                d.add(new TextField("body", text, Field.Store.NO));
                d.add(new TextField("title", text.split(" ")[1], Field.Store.NO));
                w.addDocument(d);
                w.commit();
            }
        }
        return DirectoryReader.open(dir);
    }

    /** Word clauses of every kind the passage queries hold: plain, boosted, synonyms. */
    private static Query question(String... words) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (String word : words) {
            q.add(new BoostQuery(new TermQuery(new Term("body", word)), 1.5f), BooleanClause.Occur.SHOULD);
            q.add(new TermQuery(new Term("title", word)), BooleanClause.Occur.SHOULD);
            q.add(new BoostQuery(new SynonymQuery.Builder("body").addTerm(new Term("body", word))
                    .addTerm(new Term("body", "sommet"), 0.5f).build(), 0.4f), BooleanClause.Occur.SHOULD);
        }
        return q.build();
    }

    private static IndexSearcher bm25(IndexSearcher searcher) {
        searcher.setSimilarity(new BM25Similarity());
        return searcher;
    }

    /** Documents and exact scores of the best ten, as the passage index searches (top scores only). */
    private static String hits(IndexSearcher searcher, Query query) throws IOException {
        return Arrays.toString(Arrays.stream(LucenePassageIndex.top(searcher, query, 10))
                .map(h -> h.doc + ":" + Float.floatToIntBits(h.score)).toArray());
    }

    @Test
    void theSameHitsWithTheSameScoresAsAPlainSearcherFirstTimeAndFromItsMemory() throws IOException {
        try (Directory dir = InMemory.directory(); DirectoryReader reader = index(dir, TEXTS)) {
            IndexSearcher plain = bm25(new IndexSearcher(reader));
            WeightCachingSearcher caching = (WeightCachingSearcher) bm25(new WeightCachingSearcher(reader));
            for (String[] words : new String[][]{{"conseil", "loi"}, {"paris", "sommet", "absent"}, {"loi"}, {"absent"}}) {
                Query query = question(words);
                String expected = hits(plain, query);
                assertEquals(expected, hits(caching, query), String.join(" ", words));
                assertEquals(expected, hits(caching, query), String.join(" ", words) + ", weights remembered");
            }
            assertTrue(caching.cachedWeights() > 0);
        }
    }

    @Test
    void aWordClauseIsWeighedOnceForEachBoost() throws IOException {
        try (Directory dir = InMemory.directory(); DirectoryReader reader = index(dir, TEXTS)) {
            WeightCachingSearcher caching = new WeightCachingSearcher(reader);
            Query loi = new TermQuery(new Term("body", "loi"));
            assertSame(caching.createWeight(loi, ScoreMode.TOP_SCORES, 1.5f),
                    caching.createWeight(new TermQuery(new Term("body", "loi")), ScoreMode.TOP_SCORES, 1.5f));
            assertSame(caching.createWeight(loi, ScoreMode.TOP_SCORES, 1.5f),
                    caching.createWeight(new BoostQuery(new BoostQuery(loi, 3f), 0.5f), ScoreMode.TOP_SCORES, 1f),
                    "a boost's layers multiplied, as BoostQuery hands them to its query");
            assertNotEquals(caching.createWeight(loi, ScoreMode.TOP_SCORES, 1.5f),
                    caching.createWeight(loi, ScoreMode.TOP_SCORES, 0.5f));
            assertNotEquals(caching.createWeight(loi, ScoreMode.TOP_SCORES, 1f),
                    caching.createWeight(loi, ScoreMode.COMPLETE, 1f));
            int kept = caching.cachedWeights();
            caching.createWeight(loi, ScoreMode.COMPLETE_NO_SCORES, 1f);
            caching.createWeight(new BooleanQuery.Builder().add(loi, BooleanClause.Occur.SHOULD).build(),
                    ScoreMode.TOP_SCORES, 1f);
            assertEquals(kept, caching.cachedWeights(), "only scoring word clauses are kept (the boolean's one already is)");
        }
    }

    /**
     * The same term with other statistics, as an edit-distance expansion blends them: its own
     * weight, not the one remembered for the question's own word (term queries are equal whatever
     * statistics they carry).
     */
    @Test
    void aTermWithOtherStatisticsIsNotGivenTheWeightOfItsOwnWord() throws IOException {
        try (Directory dir = InMemory.directory(); DirectoryReader reader = index(dir, TEXTS)) {
            IndexSearcher plain = bm25(new IndexSearcher(reader));
            IndexSearcher caching = bm25(new WeightCachingSearcher(reader));
            Term loi = new Term("body", "loi");
            TermStates blended = new TermStates(reader.getContext());
            for (LeafReaderContext leaf : reader.leaves()) {
                TermsEnum terms = leaf.reader().terms("body").iterator();
                if (terms.seekExact(loi.bytes())) {
                    blended.register(terms.termState(), leaf.ord, terms.docFreq() + 2, terms.totalTermFreq() + 2);
                }
            }
            Query own = new TermQuery(loi);
            Query expansion = new TermQuery(loi, blended);
            assertEquals(hits(plain, own), hits(caching, own));
            assertNotEquals(hits(plain, own), hits(plain, expansion), "the blended statistics score otherwise");
            assertEquals(hits(plain, expansion), hits(caching, expansion));
            assertEquals(hits(plain, own), hits(caching, own));
        }
    }

    /**
     * Reloading the corpus builds a new index with a new searcher: the weights remembered for the
     * old statistics stay with the old searcher.
     */
    @Test
    void aNewIndexOfAChangedCorpusWeighsWithItsOwnStatistics() throws IOException {
        Query query = question("conseil", "loi");
        try (Directory before = InMemory.directory(); DirectoryReader oldReader = index(before, TEXTS);
             Directory after = InMemory.directory();
             DirectoryReader newReader = index(after, TEXTS.subList(0, 3))) {
            IndexSearcher old = bm25(new WeightCachingSearcher(oldReader));
            String oldHits = hits(old, query);
            IndexSearcher reloaded = bm25(new WeightCachingSearcher(newReader));
            String expected = hits(bm25(new IndexSearcher(newReader)), query);
            assertEquals(expected, hits(reloaded, query));
            assertNotEquals(oldHits, expected, "the statistics changed");
            assertEquals(oldHits, hits(old, query), "the old searcher still answers with its own");
        }
    }

    @Test
    void theMemoryStartsOverWhenFull() throws IOException {
        try (Directory dir = InMemory.directory(); DirectoryReader reader = index(dir, TEXTS)) {
            WeightCachingSearcher caching = new WeightCachingSearcher(reader);
            for (int i = 0; i <= WeightCachingSearcher.MAX_WEIGHTS; i++) {
                caching.createWeight(new TermQuery(new Term("body", "mot" + i)), ScoreMode.TOP_SCORES, 1f);
            }
            assertEquals(1, caching.cachedWeights());
        }
    }
}
