package org.citebot.answer.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.citebot.answer.Candidate;
import org.citebot.corpus.Document;
import org.citebot.index.Passage;
import org.citebot.index.ScoredPassage;
import org.citebot.question.AnswerType;
import org.citebot.question.Question;
import org.citebot.question.QuestionAnalyzer;
import org.citebot.text.Span;
import org.citebot.text.pos.FrenchTagger;
import org.citebot.text.pos.SentenceTags;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The conjunctions of what a candidate means against what the question asks, on invented sentences. */
class CandidateConjunctionsMeaningTest {

    private static final QuestionAnalyzer ANALYZER = new QuestionAnalyzer();
    private static CandidateConjunctions conjunctions;

    @BeforeAll
    static void load() {
        conjunctions = new CandidateConjunctions(new SentenceTags(FrenchTagger.load()));
    }

    /** The conjunctions of {@code phrase} in {@code sentence} (a one-sentence document) for {@code question}. */
    private static List<String> of(String question, String sentence, String phrase) {
        Document doc = new Document("d", sentence, "Titre", Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(new Span(0, sentence.length())));
        Span whole = new Span(0, sentence.length());
        int at = sentence.indexOf(phrase);
        Span span = new Span(at, at + phrase.length());
        Candidate c = new Candidate(AnswerType.OTHER, phrase, phrase,
                new ScoredPassage(new Passage("d", 0, whole, whole, whole), 1.0), span, 0.3);
        Question q = ANALYZER.analyze(question);
        return conjunctions.of(c, CandidateConjunctions.questionWord(q), CandidateConjunctions.askedNoun(q), doc,
                whole);
    }

    @Test
    void pairsTheAskedNounWithTheCandidatesHeadNoun() {
        List<String> x = of("Quel titre la coureuse a-t-elle remporté en 2010 ?",
                "En 2010, le coureur est devenu champion du monde des cadets à Lyon.", "champion du monde des cadets");
        assertTrue(x.contains("an=titr|anhd=champion"), x::toString);
        assertTrue(x.contains("qw=quel|qwhd=champion"), x::toString);
        assertTrue(x.contains("an=titr|anfirst=NOUN"), x::toString);
    }

    @Test
    void namesAndNumbersStandForTheirTagNotTheirWord() {
        List<String> x = of("Quelle ville accueille le festival ?", "Le festival se tient à Morlaix chaque été.",
                "Morlaix");
        assertTrue(x.contains("an=vill|anhd=PROPN"), x::toString);
        assertFalse(x.stream().anyMatch(k -> k.contains("morlaix")), x::toString);
    }

    @Test
    void aQuestionWithoutAnAskedNounGetsOnlyTheQuestionWordPair() {
        List<String> x = of("Que reçoit la chercheuse en 2001 ?", "En 2001, la chercheuse reçoit la médaille du jury.",
                "la médaille du jury");
        assertTrue(x.contains("qw=que|qwhd=medaill"), x::toString);
        assertFalse(x.stream().anyMatch(k -> k.startsWith("an=")), x::toString);
    }

    @Test
    void theAskedNounIsAKeyWithoutNumberOrGender() {
        assertEquals("vill", CandidateConjunctions.askedNoun(ANALYZER.analyze("Quelles villes bordent le fleuve ?")));
        assertEquals("pont", CandidateConjunctions.askedNoun(ANALYZER.analyze("Combien de ponts compte la ville ?")));
        assertNull(CandidateConjunctions.askedNoun(ANALYZER.analyze("Pourquoi la route est-elle fermée ?")));
    }
}
