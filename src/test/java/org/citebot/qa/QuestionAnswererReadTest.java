package org.citebot.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.citebot.index.Passage;
import org.citebot.index.ScoredPassage;
import org.citebot.text.Span;
import org.junit.jupiter.api.Test;

/** Which retrieved passages the answerer reads ({@link QuestionAnswerer#readRanks}). */
class QuestionAnswererReadTest {

    /** Passages of the given articles, in rank order, scores falling. */
    private static List<ScoredPassage> ranked(String... docs) {
        List<ScoredPassage> out = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            Span s = new Span(10 * i, 10 * i + 9);
            out.add(new ScoredPassage(new Passage(docs[i], i, s, s, s), 100 - i));
        }
        return out;
    }

    @Test
    void readsTheFirstPassagesThenFurtherOnesOfTheBestArticle() {
        var passages = ranked("a", "b", "a", "c", "b", "a", "c", "a", "a");
        assertEquals(List.of(0, 1, 2, 5, 7), QuestionAnswerer.readRanks(passages, 3, 2));
    }

    @Test
    void readsNoMoreThanThereAre() {
        var passages = ranked("a", "b", "a");
        assertEquals(List.of(0, 1, 2), QuestionAnswerer.readRanks(passages, 2, 5));
        assertEquals(List.of(0, 1, 2), QuestionAnswerer.readRanks(passages, 10, 5));
        assertEquals(List.of(), QuestionAnswerer.readRanks(List.of(), 10, 5));
    }

    @Test
    void noFurtherPassagesWhenNoneAreAsked() {
        var passages = ranked("a", "b", "a", "a");
        assertEquals(List.of(0, 1), QuestionAnswerer.readRanks(passages, 2, 0));
    }
}
