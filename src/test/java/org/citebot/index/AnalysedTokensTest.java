package org.citebot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class AnalysedTokensTest {

    private static final List<String> PARAGRAPHS = List.of(
            "L'Assemblée a adopté la loi le 7 octobre, après deux jours de débats houleux.",
            "Les députés de l'opposition ont quitté l'hémicycle ; la ministre, elle, est restée jusqu'au vote.",
            "« C'est une journée historique », a déclaré la présidente du groupe. Les syndicats l'ont contestée.",
            "Le texte entrera en vigueur en 2027 et s'appliquera aux entreprises de plus de cinquante salariés.");

    private static final Analyzer FRENCH = FrenchAnalysis.withSynonyms(List.of()).documentAnalyzer();

    /** An index of every paragraph, three documents each, the field built by {@code field}. */
    private static Directory index(BiFunction<String, String, Field> field) throws IOException {
        Directory dir = InMemory.directory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(FRENCH))) {
            for (String p : PARAGRAPHS) {
                for (int copy = 0; copy < 3; copy++) {
                    Document d = new Document();
                    d.add(field.apply("paragraph", p));
                    d.add(new TextField("other", "un autre champ " + copy, Field.Store.NO));
                    w.addDocument(d);
                }
            }
        }
        return dir;
    }

    @Test
    void aReplayedTextIndexesExactlyAsTheTextItself() throws IOException {
        List<AnalysedTokens> analysed = new ArrayList<>();
        try (Directory plain = index((name, text) -> new TextField(name, text, Field.Store.NO));
             Directory replayed = index((name, text) -> {
                 AnalysedTokens tokens = AnalysedTokens.of(FRENCH, name, text);
                 analysed.add(tokens);
                 return new TextField(name, tokens.stream());
             });
             DirectoryReader a = DirectoryReader.open(plain);
             DirectoryReader b = DirectoryReader.open(replayed)) {
            assertEquals(12, analysed.size());
            List<String> terms = terms(a);
            assertEquals(terms, terms(b), "same dictionary");
            assertTrue(terms.size() > 30, "the French chain ran: " + terms);
            IndexSearcher sa = new IndexSearcher(a);
            IndexSearcher sb = new IndexSearcher(b);
            for (String t : terms) {
                Term term = new Term("paragraph", t);
                assertEquals(a.totalTermFreq(term), b.totalTermFreq(term), t);
                assertSameHits(sa, sb, new TermQuery(term)); // scores hold the length norms
            }
            // positions: a phrase of analysed terms matches in both
            PhraseQuery.Builder phrase = new PhraseQuery.Builder();
            terms(FRENCH, "quitté l'hémicycle").forEach(t -> phrase.add(new Term("paragraph", t)));
            assertEquals(3, sb.count(phrase.build()));
            assertSameHits(sa, sb, phrase.build());
        }
    }

    @Test
    void aTextIsReplayedAsOftenAsItIsIndexed() throws IOException {
        AnalysedTokens tokens = AnalysedTokens.of(FRENCH, "paragraph", PARAGRAPHS.get(0));
        List<String> first = replay(tokens);
        assertEquals(terms(FRENCH, PARAGRAPHS.get(0)), first);
        assertEquals(first, replay(tokens));
    }

    private static List<String> replay(AnalysedTokens tokens) throws IOException {
        List<String> out = new ArrayList<>();
        try (var ts = tokens.stream()) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        return FrenchAnalysis.withSynonyms(List.of()).terms(analyzer, text);
    }

    private static List<String> terms(DirectoryReader reader) throws IOException {
        List<String> out = new ArrayList<>();
        for (var leaf : reader.leaves()) {
            TermsEnum e = leaf.reader().terms("paragraph").iterator();
            for (BytesRef t = e.next(); t != null; t = e.next()) {
                out.add(t.utf8ToString());
            }
        }
        return out;
    }

    private static void assertSameHits(IndexSearcher a, IndexSearcher b, Query q) throws IOException {
        ScoreDoc[] x = a.search(q, 20).scoreDocs;
        ScoreDoc[] y = b.search(q, 20).scoreDocs;
        assertEquals(x.length, y.length, q.toString());
        for (int i = 0; i < x.length; i++) {
            assertEquals(x[i].doc, y[i].doc, q.toString());
            assertEquals(x[i].score, y[i].score, 0f, q.toString());
        }
    }
}
