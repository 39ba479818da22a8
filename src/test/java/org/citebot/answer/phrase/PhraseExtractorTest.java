package org.citebot.answer.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.citebot.answer.score.AnswerFeature;
import org.citebot.answer.Candidate;
import org.citebot.answer.PassageEvidence;
import org.citebot.corpus.Document;
import org.citebot.index.Passage;
import org.citebot.index.ScoredPassage;
import org.citebot.question.Question;
import org.citebot.question.QuestionAnalyzer;
import org.citebot.text.Span;
import org.citebot.text.pos.FrenchTagger;
import org.citebot.text.pos.SentenceTags;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Phrase candidates and their tag-read signals on invented articles. */
class PhraseExtractorTest {

    private static SentenceTags tags;
    private static final QuestionAnalyzer ANALYZER = new QuestionAnalyzer();

    @BeforeAll
    static void load() {
        tags = new SentenceTags(FrenchTagger.load());
    }

    /** A one-sentence document whose sentence starts after a title line, so offsets are not 0. */
    private static Document doc(String sentence) {
        String text = "Titre\n" + sentence;
        return new Document("d", text, "Titre", Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(new Span(0, 5), new Span(6, text.length())));
    }

    private static PassageEvidence evidence(Document doc, List<PassageEvidence.Hit> hits) {
        Span s = new Span(6, doc.text().length());
        return new PassageEvidence(new ScoredPassage(new Passage("d", 1, s, s, s), 1.0), 1, 1, 1, hits, 1, true, 1,
                1, 0);
    }

    private static PassageEvidence sentence(String doc, int start) {
        Span s = new Span(start, start + 10);
        return new PassageEvidence(new ScoredPassage(new Passage(doc, 1, s, s, s), 1.0), 1, 1, 1, List.of(), 1, true,
                1, 1, 0);
    }

    @Test
    void readsTheRankersFirstSentencesAfterTheBestCoveredOnesOnce() {
        PassageEvidence a = sentence("a", 0);
        PassageEvidence b = sentence("a", 20);
        PassageEvidence c = sentence("b", 0);
        PassageEvidence aAgain = sentence("a", 0);
        assertEquals(List.of(a, b, c), PhraseExtractor.withRankedFirst(List.of(a, b), List.of(aAgain, c)));
        assertEquals(List.of(c, a), PhraseExtractor.withRankedFirst(List.of(), List.of(c, a, aAgain)));
    }

    @Test
    void quotesPhrasesAtTheirOffsets() {
        Document doc = doc("En 1830, la flotte a quitté la baie de Quiberon.");
        Question q = ANALYZER.analyze("quelle baie la flotte a-t-elle quittée ?");
        List<Candidate> found = new PhraseExtractor(tags).extract(q, doc, evidence(doc, List.of()), s -> false);
        List<String> texts = found.stream().map(Candidate::text).toList();
        assertTrue(texts.contains("la baie de Quiberon"), texts::toString);
        for (Candidate c : found) {
            assertEquals(c.text(), c.span().of(doc.text()));
            assertEquals(Candidate.Origin.CHUNK, c.origin());
        }
    }

    @Test
    void leavesOutWhatATypedExtractorFound() {
        Document doc = doc("La flotte a quitté Quiberon.");
        Question q = ANALYZER.analyze("que fait la flotte ?");
        Span quiberon = new Span(doc.text().indexOf("Quiberon"), doc.text().indexOf("Quiberon") + 8);
        List<Candidate> found = new PhraseExtractor(tags).extract(q, doc, evidence(doc, List.of()), quiberon::equals);
        assertFalse(found.stream().anyMatch(c -> c.span().equals(quiberon)));
    }

    @Test
    void asksForPhrasesOnlyWhereNoTypedValueAnswers() {
        assertTrue(PhraseExtractor.wantsPhrases(ANALYZER.analyze("que fait la flotte ?")));
        assertTrue(PhraseExtractor.wantsPhrases(ANALYZER.analyze("quelle baie la flotte a-t-elle quittée ?")));
        assertFalse(PhraseExtractor.wantsPhrases(ANALYZER.analyze("combien de navires ont quitté le port ?")));
        assertFalse(PhraseExtractor.wantsPhrases(ANALYZER.analyze("quand la flotte a-t-elle quitté le port ?")));
        assertFalse(PhraseExtractor.wantsPhrases(ANALYZER.analyze("où la flotte a-t-elle accosté ?")));
    }

    @Test
    void theAskedNounHeadsOrDescribesThePhrase() {
        Document doc = doc("En 1830, la flotte a quitté la baie de Quiberon.");
        Question q = ANALYZER.analyze("quelle baie la flotte a-t-elle quittée ?");
        PassageEvidence e = evidence(doc, List.of());
        PhraseSignals signals = new PhraseSignals(tags);
        for (Candidate c : new PhraseExtractor(tags).extract(q, doc, e, s -> false)) {
            double[] f = new double[AnswerFeature.values().length];
            signals.measure(c, e, doc, q, f);
            if (c.text().equals("la baie de Quiberon")) {
                assertEquals(1, f[AnswerFeature.ASKED_HEAD.ordinal()], c.text());
                assertEquals(1, f[AnswerFeature.ASKED_WITH_NAME.ordinal()], c.text());
                assertEquals(1, f[AnswerFeature.CHUNK_CHAIN.ordinal()], c.text());
            }
            if (c.text().equals("Quiberon")) {
                assertEquals(1, f[AnswerFeature.ASKED_DESCRIBES.ordinal()], c.text());
                assertEquals(1, f[AnswerFeature.HEAD_PROPN.ordinal()], c.text());
            }
        }
    }

    @Test
    void anAnswerThatRepeatsTheQuestionIsMarked() {
        Document doc = doc("La flotte a quitté Quiberon.");
        Question q = ANALYZER.analyze("que fait la flotte ?");
        int at = doc.text().indexOf("flotte");
        PassageEvidence e = evidence(doc, List.of(new PassageEvidence.Hit(new Span(at, at + 6), 0, 1, true)));
        PhraseSignals signals = new PhraseSignals(tags);
        for (Candidate c : new PhraseExtractor(tags).extract(q, doc, e, s -> false)) {
            double[] f = new double[AnswerFeature.values().length];
            signals.measure(c, e, doc, q, f);
            if (c.text().equals("La flotte")) {
                assertEquals(1, f[AnswerFeature.REPEATS_QUESTION.ordinal()]);
            }
            if (c.text().equals("Quiberon")) {
                assertEquals(0, f[AnswerFeature.REPEATS_QUESTION.ordinal()]);
            }
        }
    }
}
