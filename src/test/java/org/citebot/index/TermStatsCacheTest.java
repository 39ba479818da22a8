package org.citebot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
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
