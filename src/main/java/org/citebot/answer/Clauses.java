package org.citebot.answer;

import org.citebot.text.Span;

/**
 * The stretch of a sentence between punctuation marks that holds a candidate: its clause.
 *
 * <p>Why: reading-comprehension questions paraphrase the words said of the answer, and French
 * says them in the answer's own clause: « En 1920, le musée fut construit par Paul Durand, qui
 * venait de Lyon » answers « qui a construit le musée ? » with the name whose clause holds
 * « construit » and « musée ». Words of the question in the candidate's clause say more than
 * words anywhere in the sentence.
 */
final class Clauses {

    /** Marks that close a clause or an apposition. */
    private static final String BOUNDARIES = ",;:()[]«»\"—–";

    private Clauses() {
    }

    /** The clause holding {@code candidate}: from the boundary before it to the boundary after it. */
    static Span clauseOf(String text, Span sentence, Span candidate) {
        int start = candidate.start();
        while (start > sentence.start() && BOUNDARIES.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return new Span(start, boundaryFrom(text, candidate.end(), sentence.end()));
    }

    private static int boundaryFrom(String text, int from, int limit) {
        int i = from;
        while (i < limit && BOUNDARIES.indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }
}
