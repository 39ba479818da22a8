package org.citebot.index;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.citebot.config.ConfigDir;
import org.citebot.corpus.Corpus;
import org.citebot.corpus.CorpusLoader;
import org.citebot.text.IcuSentenceSplitter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LucenePassageIndexTest {

    private static Corpus corpus;
    private static LucenePassageIndex index;

    @BeforeAll
    static void build() {
        corpus = CorpusLoader.fromConfig(new ConfigDir(Path.of("config"))).load(Path.of("seeds"));
        index = LucenePassageIndex.build(corpus, new PassageSplitter(new IcuSentenceSplitter()),
                FrenchAnalysis.withSynonyms(new ConfigDir(Path.of("config")).lines("synonyms.txt")));
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private String top(String question) {
        List<ScoredPassage> hits = index.search(question, 5);
        assertFalse(hits.isEmpty(), question);
        Passage p = hits.get(0).passage();
        return p.sentence().of(corpus.byId(p.docId()).orElseThrow().text());
    }

    @Test
    void findsTheSentenceThatAnswers() {
        assertTrue(top("combien de postes vacants ont été supprimés ?").contains("deux postes vacants"));
        assertTrue(top("en quelle année a été créé le conseil Otan-Russie ?").contains("2002"));
    }

    @Test
    void toleratesTyposInWordsTheIndexDoesNotKnow() {
        assertTrue(top("combien de postes vaccants supprimmés").contains("postes vacants"));
    }

    @Test
    void aQuestionTooWideForOneQueryIsSearchedByItsStartEvenWithoutSpaces() {
        // every ideograph is a word: 400 of them in five fields pass Lucene's 1,024-clause limit
        StringBuilder chinese = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            chinese.append((char) (0x4E00 + (i * 37) % 2000));
        }
        assertTrue(index.search(chinese.toString(), 5).isEmpty()); // no exception: nothing matches
        // the same with a word the seeds hold at the start
        assertTrue(index.search("OTAN " + chinese, 5).size() > 0);
    }

    @Test
    void synonymsReachOtherWordings() {
        List<ScoredPassage> hits = index.search("Organisation du traité de l'Atlantique nord", 20);
        assertTrue(hits.stream().anyMatch(h -> corpus.byId(h.passage().docId()).orElseThrow().quote(
                h.passage().sentence()).contains("OTAN")));
    }

    @Test
    void passagesQuoteTheirDocumentVerbatim() {
        for (ScoredPassage h : index.search("Lavrov Stoltenberg New York", 10)) {
            String text = corpus.byId(h.passage().docId()).orElseThrow().text();
            String sentence = h.passage().sentence().of(text);
            assertEquals(sentence.strip(), sentence);
            assertTrue(h.passage().context().contains(h.passage().sentence()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "?", "combien ?", "OTAN: quoi (et", "Lavrov AND", "NOT", "!", "*", "\"", "\\",
            "a~2", "[1 TO 5]", "title:x", "((((", "<script>alert(1)</script>", "+-&&||!(){}[]^\"~*?:\\/"})
    void userTextIsNeverQuerySyntax(String question) {
        assertDoesNotThrow(() -> index.search(question, 5));
    }

    @Test
    void aWordsStemIsNoRarerThanTheWordAsWritten() {
        for (String term : List.of("maire", "inaugur", "construit", "zzzzzzzz")) {
            assertTrue(index.stemIdf(term) <= index.idf(term) + 1e-9, term);
            assertTrue(index.stemIdf(term) >= 0, term);
        }
        assertEquals(index.idf("mai"), index.stemIdf("mai"), 1e-9, "a short word is its own stem");
    }
}
