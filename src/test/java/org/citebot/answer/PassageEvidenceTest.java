package org.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.citebot.answer.candidate.Clauses;
import org.citebot.corpus.Document;
import org.citebot.index.FrenchAnalysis;
import org.citebot.index.Passage;
import org.citebot.index.ScoredPassage;
import org.citebot.text.Span;
import org.junit.jupiter.api.Test;

class PassageEvidenceTest {

    private static final String SENTENCE = "L'exposition universelle de la ville fut inaugurée par le maire, Paul Durand, en mai.";

    /** Evidence whose hits are the given words of the sentence, each the question word of its index. */
    private static PassageEvidence evidence(int questionTerms, String... words) {
        List<PassageEvidence.Hit> hits = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (words[i] != null) {
                int at = SENTENCE.indexOf(words[i]);
                hits.add(new PassageEvidence.Hit(new Span(at, at + words[i].length()), i, 1.0, true));
            }
        }
        Span all = new Span(0, SENTENCE.length());
        return new PassageEvidence(new ScoredPassage(new Passage("d", 0, all, all, all), 1.0), 1, 1, 1, hits,
                questionTerms, true, 1, 1, PassageEvidence.phraseOverlap(hits, all, questionTerms));
    }

    @Test
    void consecutiveQuestionWordsSideBySideMakeAPhrase() {
        // « exposition universelle … maire »: one pair of two kept together
        assertEquals(0.5, evidence(3, "exposition", "universelle", "maire").phraseOverlap(), 1e-9);
    }

    @Test
    void theSameWordsFarApartOrReversedMakeNoPhrase() {
        assertEquals(0.0, evidence(2, "universelle", "exposition").phraseOverlap(), 1e-9);
        assertEquals(0.0, evidence(2, "exposition", "maire").phraseOverlap(), 1e-9);
    }

    @Test
    void aOneWordQuestionHasNoPhrase() {
        assertEquals(0.0, evidence(1, "exposition").phraseOverlap(), 1e-9);
    }

    @Test
    void clauseCoverageCountsTheQuestionWordsOfTheCandidatesClauseOnly() {
        PassageEvidence e = evidence(3, "exposition", "inaugurée", "maire");
        int at = SENTENCE.indexOf("Paul Durand");
        Span candidate = new Span(at, at + "Paul Durand".length());
        Span sentence = new Span(0, SENTENCE.length());
        // « Paul Durand » stands between commas; the words before it are in another clause
        assertEquals(0.0, e.coverageIn(Clauses.clauseOf(SENTENCE, sentence, candidate), candidate), 1e-9);
        Span maire = new Span(SENTENCE.indexOf("maire"), SENTENCE.indexOf("maire") + 5);
        assertEquals(2.0 / 3, e.coverageIn(Clauses.clauseOf(SENTENCE, sentence, maire), maire), 1e-9);
    }

    /** The question words {@code terms} finds in {@code sentence}, as the passage writes them. */
    private static List<String> hitWords(String sentence, QuestionTerm... terms) {
        Span all = new Span(0, sentence.length());
        var passage = new ScoredPassage(new Passage("d", 0, all, all, all), 1.0);
        var doc = new Document("d", sentence, "t", Optional.empty(), Optional.empty(), Optional.empty(), List.of(all));
        var analysis = new AnalyzedText(FrenchAnalysis.withoutSynonyms().documentAnalyzer());
        return PassageEvidence.of(passage, doc, List.of(terms), 1.0, analysis).hits().stream()
                .map(h -> h.span().of(sentence)).toList();
    }

    @Test
    void aNameWrittenWithACapitalIsFoundAsWrittenNotInACommonWordOfItsStem() {
        // « Qui tue Chang ? »: « chang » is also the stem of « change » and « changé »
        QuestionTerm name = new QuestionTerm("chang", Set.of("chang"), 1, true, "chang");
        assertEquals(List.of("Chang", "CHANG", "d'Chang"),
                hitWords("Le vent change, Chang part, CHANG revient, l'air a changé, le sort d'Chang.", name));
    }

    @Test
    void aWordTypedInLowerCaseStillMatchesByItsStem() {
        // « qui tue chang » gives no clue that « chang » is a name
        QuestionTerm word = new QuestionTerm("chang", Set.of("chang"), 1, true);
        assertEquals(List.of("change", "Chang"), hitWords("Le vent change, Chang part.", word));
    }

    /** Evidence like {@link #evidence} whose question term {@code rarest} is the most telling one. */
    private static PassageEvidence withRarest(int rarest, String... words) {
        PassageEvidence e = evidence(words.length, words);
        return new PassageEvidence(e.passage(), 1, 1, 1, e.hits(), words.length, true, 1, 1, e.phraseOverlap(),
                rarest);
    }

    private static Span spanOf(String words) {
        int at = SENTENCE.indexOf(words);
        return new Span(at, at + words.length());
    }

    @Test
    void theRarestWordCountsInTheCandidatesOwnClauseOnly() {
        Span sentence = new Span(0, SENTENCE.length());
        Span mai = new Span(SENTENCE.lastIndexOf("mai"), SENTENCE.lastIndexOf("mai") + 3);
        Span mayor = spanOf("le maire");
        // « inaugurée » (term 1) is the rare word: it stands in the clause of « le maire », not of « mai »
        PassageEvidence e = withRarest(1, "exposition", "inaugurée");
        assertTrue(e.rarestIn(Clauses.clauseOf(SENTENCE, sentence, mayor), mayor));
        assertFalse(e.rarestIn(Clauses.clauseOf(SENTENCE, sentence, mai), mai));
    }

    @Test
    void theRarestWordInsideTheCandidateOrUnknownDoesNotCount() {
        Span sentence = new Span(0, SENTENCE.length());
        Span mayor = spanOf("le maire");
        assertFalse(withRarest(1, "exposition", "maire").rarestIn(Clauses.clauseOf(SENTENCE, sentence, mayor),
                mayor));
        assertFalse(withRarest(-1, "exposition", "inaugurée").rarestIn(sentence, mayor));
    }

    @Test
    void theTwoRarestStemsCountInTheCandidatesOwnClauseOutsideIt() {
        Span sentence = new Span(0, SENTENCE.length());
        Span mayor = spanOf("le maire");
        Span mai = new Span(SENTENCE.lastIndexOf("mai"), SENTENCE.lastIndexOf("mai") + 3);
        PassageEvidence e = evidence(3, "exposition", "inaugurée", "universelle");
        // rarest stems: « inaugurée » (1), then « exposition » (0); « universelle » (2) the most common
        PassageEvidence ranked = new PassageEvidence(e.passage(), 1, 1, 1, e.hits(), 3, true, 1, 1,
                e.phraseOverlap(), 1, List.of(1, 0, 2));
        Span clause = Clauses.clauseOf(SENTENCE, sentence, mayor);
        assertTrue(ranked.rareStemIn(0, clause, mayor));
        assertTrue(ranked.rareStemIn(1, clause, mayor));
        assertFalse(ranked.rareStemIn(0, Clauses.clauseOf(SENTENCE, sentence, mai), mai));
        assertFalse(ranked.rareStemIn(3, clause, mayor), "no fourth term");
    }
}
