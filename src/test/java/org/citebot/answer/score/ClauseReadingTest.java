package org.citebot.answer.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.citebot.answer.candidate.Clauses;
import org.citebot.question.AnswerType;
import org.citebot.text.Memo;
import org.citebot.text.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The clauses the ranker reads around a candidate, by the question's type, and their memory. */
class ClauseReadingTest {

    private static ClauseReading.Place place(String text, String candidate, ClauseReading.Reading reading) {
        int at = text.indexOf(candidate);
        Span span = new Span(at, at + candidate.length());
        return new ClauseReading.Place(text, new Span(0, text.length()), span, span, reading);
    }

    @ParameterizedTest(name = "{1} in « {0} », {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Jean Dupont, auteur du livre, vit à Lyon depuis 1990.     | Jean Dupont | PERSON
            Jean Dupont, auteur du livre, vit à Lyon depuis 1990.     | Jean Dupont | OTHER
            En 1779, la France persuada l'Espagne d'entrer en guerre. | 1779        | OTHER
            Le musée a fermé, car le toit fuyait depuis des années.   | car le toit fuyait depuis des années | REASON
            La loi s'applique en France, mais pas en Suisse.          | Suisse      | OTHER
            Le livre fut écrit par Jean Dupont en 1990.               | Jean Dupont | PERSON
            Selon la presse, Paul Durand mène l'enquête.              | Paul Durand | PERSON
            Selon la presse, Paul Durand mène l'enquête.              | Paul Durand | OTHER
            """)
    void readsAsTheRankerDidBeforeRememberingIt(String text, String candidate, ClauseReading.Reading reading) {
        ClauseReading.Place p = place(text, candidate, reading);
        Span sentence = p.sentence();
        Span c = p.span();
        Span plain = reading == ClauseReading.Reading.REASON ? Clauses.hostOf(text, sentence, c)
                : Clauses.plainClauseOf(text, sentence, c);
        Span clause = reading == ClauseReading.Reading.REASON ? plain : Clauses.clauseOf(text, sentence, c);
        if (reading == ClauseReading.Reading.PERSON) {
            clause = Clauses.withApposition(text, sentence, c, clause);
            plain = Clauses.withApposition(text, sentence, c, plain);
        }
        ClauseReading read = ClauseReading.read(p);
        assertEquals(clause, read.clause());
        assertEquals(plain, read.plain());
        assertEquals(CandidateRanker.excluded(text, plain, c), read.excluded());
        assertEquals(CandidateRanker.agentBefore(text, c), read.agent());
        assertEquals(reading == ClauseReading.Reading.PERSON && CandidateRanker.bareSubject(text, sentence, c),
                read.bareSubject());
    }

    @Test
    void aPersonsClauseTakesTheAppositionOthersDoNot() {
        String text = "Jean Dupont, auteur du livre, vit à Lyon.";
        assertEquals("Jean Dupont, auteur du livre",
                ClauseReading.read(place(text, "Jean Dupont", ClauseReading.Reading.PERSON)).plain().of(text));
        assertEquals("Jean Dupont",
                ClauseReading.read(place(text, "Jean Dupont", ClauseReading.Reading.OTHER)).plain().of(text));
    }

    @Test
    void readingsFollowTheQuestionsType() {
        assertEquals(ClauseReading.Reading.REASON, ClauseReading.Reading.of(AnswerType.REASON));
        assertEquals(ClauseReading.Reading.PERSON, ClauseReading.Reading.of(AnswerType.PERSON));
        assertEquals(ClauseReading.Reading.OTHER, ClauseReading.Reading.of(AnswerType.PLACE));
    }

    @Test
    void aChangedTextIsReadAnewAtTheSamePlace() {
        // same offsets, another article text: the memory is keyed by the text's content
        String before = "Elle vit partout sauf en Suisse.";
        String after = "Elle vit partout mais en Suisse.";
        Memo<ClauseReading.Place, ClauseReading> memo = new Memo<>();
        ClauseReading first = memo.get(place(before, "Suisse", ClauseReading.Reading.OTHER), ClauseReading::read);
        ClauseReading changed = memo.get(place(after, "Suisse", ClauseReading.Reading.OTHER), ClauseReading::read);
        assertTrue(first.excluded());
        assertFalse(changed.excluded());
        assertEquals(first, memo.get(place(new String(before), "Suisse", ClauseReading.Reading.OTHER),
                ClauseReading::read));
    }
}
