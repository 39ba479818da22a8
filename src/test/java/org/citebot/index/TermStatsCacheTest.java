package org.citebot.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class TermStatsCacheTest {

    private static final String[] TEXTS = {
            "le conseil a voté la loi", "la loi est entrée en vigueur", "le conseil siège à Paris",
            "Paris accueille le sommet", "le sommet a lieu en octobre"};

    /** Several segments, so that a state has to be right in each one. */
    private static DirectoryReader index(Directory dir) throws IOException {
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (String text : TEXTS) {
                Document d = new Document();
                d.add(new TextField("body", text, Field.Store.NO));
                d.add(new TextField("title", text.split(" ")[1], Field.Store.NO));
                w.addDocument(d);
                w.commit();
            }
        }
        return DirectoryReader.open(dir);
    }

    private static Query question(String... words) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (String word : words) {
            q.add(new BoostQuery(new TermQuery(new Term("body", word)), 1.5f), BooleanClause.Occur.SHOULD);
            q.add(new TermQuery(new Term("title", word)), BooleanClause.Occur.SHOULD);
        }
        return q.build();
    }

    @Test
    void aQueryGivenItsStatesFindsTheSameDocumentsWithTheSameScores() throws IOException {
        try (Directory dir = InMemory.directory(); DirectoryReader reader = index(dir)) {
            assertTrue(reader.leaves().size() > 1, "several segments");
            IndexSearcher searcher = new IndexSearcher(reader);
            TermStatsCache cache = new TermStatsCache(searcher);
            for (String[] words : new String[][]{{"conseil", "loi"}, {"paris", "sommet", "absent"}, {"absent"}}) {
                Query plain = question(words);
                Query withStats = cache.withStats(plain);
                ScoreDoc[] expected = searcher.search(plain, 10).scoreDocs;
                ScoreDoc[] actual = searcher.search(withStats, 10).scoreDocs;
                assertArrayEquals(Arrays.stream(expected).mapToInt(h -> h.doc).toArray(),
                        Arrays.stream(actual).mapToInt(h -> h.doc).toArray(), String.join(" ", words));
                for (int i = 0; i < expected.length; i++) {
                    assertEquals(expected[i].score, actual[i].score, 0f);
                }
                // twice: the second time every state comes from the cache
                assertEquals(Arrays.toString(actual), Arrays.toString(searcher.search(cache.withStats(plain), 10).scoreDocs));
            }
        }
    }

    @Test
    void everyTermQueryInsideGetsItsStatesAndTheOthersAreKept() throws IOException {
        try (Directory dir = InMemory.directory(); DirectoryReader reader = index(dir)) {
            TermStatsCache cache = new TermStatsCache(new IndexSearcher(reader));
            BooleanQuery rewritten = (BooleanQuery) cache.withStats(question("loi"));
            TermQuery boosted = (TermQuery) ((BoostQuery) rewritten.clauses().get(0).query()).getQuery();
            assertNotNull(boosted.getTermStates());
            assertNotNull(((TermQuery) rewritten.clauses().get(1).query()).getTermStates());
            Query other = new org.apache.lucene.search.PrefixQuery(new Term("body", "con"));
            assertSame(other, cache.withStats(other));
        }
    }

    @Test
    void documentFrequenciesAreTheReadersOwn() throws IOException {
        try (Directory dir = InMemory.directory(); DirectoryReader reader = index(dir)) {
            TermStatsCache cache = new TermStatsCache(new IndexSearcher(reader));
            for (String word : new String[]{"le", "loi", "paris", "octobre", "absent"}) {
                assertEquals(reader.docFreq(new Term("body", word)), cache.docFreq("body", word), word);
                assertEquals(reader.docFreq(new Term("body", word)), cache.docFreq("body", word), word + " again");
            }
            assertEquals(4, cache.docFreq("body", "le"));
            assertEquals(0, cache.docFreq("title", "absent"));
        }
    }
}
