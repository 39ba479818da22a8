package org.citebot.answer.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citebot.answer.Candidate;
import org.citebot.index.Passage;
import org.citebot.index.ScoredPassage;
import org.citebot.question.AnswerType;
import org.citebot.text.Span;
import org.junit.jupiter.api.Test;

class RivalsTest {

    private static Candidate at(String doc, int start, int end, double score) {
        Span all = new Span(0, 100);
        return new Candidate(AnswerType.OTHER, "x", "x", new ScoredPassage(new Passage(doc, 0, all, all, all), 1),
                new Span(start, end), score);
    }

    @Test
    void variantsOfTheBestAreNoRivals() {
        Candidate best = at("a", 10, 30, 0.6);
        Candidate prefix = at("a", 10, 20, 0.4);
        Candidate elsewhere = at("a", 40, 50, 0.2);
        Candidate otherDoc = at("b", 10, 30, 0.1);
        assertFalse(Rivals.rival(Rivals.Place.of(best), Rivals.Place.of(prefix)));
        assertTrue(Rivals.rival(Rivals.Place.of(best), Rivals.Place.of(elsewhere)));
        assertEquals(0.3, Rivals.rivalsTotal(best, List.of(best, prefix, elsewhere, otherDoc)), 1e-9);
    }
}
