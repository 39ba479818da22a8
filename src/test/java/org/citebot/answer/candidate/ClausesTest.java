package org.citebot.answer.candidate;

import static org.citebot.answer.TestSpans.spanOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.citebot.text.Span;
import org.junit.jupiter.api.Test;

class ClausesTest {

    @Test
    void clauseStopsAtPunctuationOnBothSides() {
        String s = "En 1920, le musée fut construit par Paul Durand, qui venait de Lyon.";
        Span sentence = new Span(0, s.length());
        assertEquals(" le musée fut construit par Paul Durand", Clauses.clauseOf(s, sentence, spanOf(s, "Paul Durand")).of(s));
    }

    @Test
    void clauseRunsToTheSentenceEdgesWithoutPunctuation() {
        String s = "Le musée fut construit par Paul Durand en 1920.";
        Span sentence = new Span(0, s.length() - 1);
        assertEquals("Le musée fut construit par Paul Durand en 1920", Clauses.clauseOf(s, sentence, spanOf(s, "Paul Durand")).of(s));
    }

    @Test
    void aFrontedDateBelongsToTheClauseAfterIt() {
        String s = "En 1902, le pont fut ouvert aux voitures, puis élargi.";
        Span sentence = new Span(0, s.length());
        assertEquals("En 1902, le pont fut ouvert aux voitures", Clauses.clauseOf(s, sentence, spanOf(s, "1902")).of(s));
    }

    @Test
    void aTrailingDateBelongsToTheClauseBeforeIt() {
        String s = "Le maire céda, puis le pont fut ouvert, le 3 mars 1902.";
        Span sentence = new Span(0, s.length() - 1);
        assertEquals(" puis le pont fut ouvert, le 3 mars 1902", Clauses.clauseOf(s, sentence,
                spanOf(s, "3 mars 1902")).of(s));
    }

    @Test
    void aDateInsideAClauseKeepsItsOwnClause() {
        String s = "Le pont, ouvert en 1902 par la ville, fut élargi.";
        Span sentence = new Span(0, s.length());
        assertEquals(" ouvert en 1902 par la ville", Clauses.clauseOf(s, sentence, spanOf(s, "1902")).of(s));
    }

    @Test
    void thePlainClauseOfAFrontedDateIsTheDateAlone() {
        String s = "En 1902, le pont fut ouvert aux voitures.";
        Span sentence = new Span(0, s.length());
        assertEquals("En 1902", Clauses.plainClauseOf(s, sentence, spanOf(s, "1902")).of(s));
        assertEquals(" le pont fut ouvert aux voitures.", Clauses.plainClauseOf(s, sentence, spanOf(s, "pont")).of(s));
    }

    @Test
    void aReasonIsSaidOfTheClauseItExplains() {
        String s = "Ils ont quitté la ville parce qu'ils avaient peur, dit-on.";
        Span sentence = new Span(0, s.length() - 1);
        assertEquals("Ils ont quitté la ville parce qu'ils avaient peur",
                Clauses.hostOf(s, sentence, spanOf(s, "ils avaient peur")).of(s));
        String fronted = "Afin de rassurer les habitants, le maire a parlé.";
        Span all = new Span(0, fronted.length() - 1);
        assertEquals("Afin de rassurer les habitants, le maire a parlé",
                Clauses.hostOf(fronted, all, spanOf(fronted, "rassurer les habitants")).of(fronted));
        String after = "Le musée a fermé, car le toit fuyait.";
        Span whole = new Span(0, after.length() - 1);
        assertEquals("Le musée a fermé, car le toit fuyait",
                Clauses.hostOf(after, whole, spanOf(after, "le toit fuyait")).of(after));
    }

    @Test
    void anAppositionAfterANameIsPartOfItsClause() {
        String s = "Le jury réunit des écrivains comme Jeanne Morel, autrice du roman primé, Paul Roux et Anne Vidal.";
        Span sentence = new Span(0, s.length() - 1);
        Span name = spanOf(s, "Jeanne Morel");
        Span clause = Clauses.plainClauseOf(s, sentence, name);
        assertEquals("Le jury réunit des écrivains comme Jeanne Morel, autrice du roman primé",
                Clauses.withApposition(s, sentence, name, clause).of(s));
    }

    @Test
    void noAppositionWhenTheClauseGoesOnAfterTheNameOrANameFollows() {
        String s = "Le roman fut écrit par Jeanne Morel en 1990, Paul Roux le traduisit.";
        Span sentence = new Span(0, s.length() - 1);
        Span jeanne = spanOf(s, "Jeanne Morel");
        Span clause = Clauses.plainClauseOf(s, sentence, jeanne);
        assertEquals(clause, Clauses.withApposition(s, sentence, jeanne, clause));
        String t = "Il cite Jeanne Morel, Paul Roux et Anne Vidal.";
        Span all = new Span(0, t.length() - 1);
        Span morel = spanOf(t, "Jeanne Morel");
        Span own = Clauses.plainClauseOf(t, all, morel);
        assertEquals(own, Clauses.withApposition(t, all, morel, own));
    }

    /** The switch of {@code boundary} holds the marks of the former list, and no other character. */
    @Test
    void theBoundaryMarksAreTheListedOnes() {
        String marks = ",;:()[]«»\"—–";
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertEquals(marks.indexOf(c) >= 0, Clauses.boundary(c), "char " + (int) c);
        }
    }
}
