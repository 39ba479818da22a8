package org.citebot.answer.candidate;

import org.citebot.answer.score.AnswerFeature;
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
public final class Clauses {

    /**
     * Whether {@code c} is a mark that closes a clause or an apposition: {@code ,;:()[]«»"—–}
     * (a switch: the scans test every character of every candidate's sentence).
     */
    static boolean boundary(char c) {
        return switch (c) {
            case ',', ';', ':', '(', ')', '[', ']', '«', '»', '"', '—', '–' -> true;
            default -> false;
        };
    }

    private Clauses() {
    }

    /** Words besides the candidate that still leave its clause a bare adverbial (« En 1779, »). */
    private static final int ADVERBIAL_WORDS = 2;

    /**
     * The clause holding {@code candidate}: from the boundary before it to the boundary after it.
     * A candidate standing alone with a preposition at the head or the tail of the sentence
     * (« En 1779, la France persuada l'Espagne… », « …, le 15 décembre 1664. ») is an adverbial
     * of the clause beside it, which is then its clause too.
     */
    public static Span clauseOf(String text, Span sentence, Span candidate) {
        return clauseOf(text, sentence, candidate, plainClauseOf(text, sentence, candidate));
    }

    /**
     * As {@link #clauseOf(String, Span, Span)}, given {@code plain}, the candidate's
     * {@link #plainClauseOf plain clause}: a caller that needs both scans the sentence once.
     */
    public static Span clauseOf(String text, Span sentence, Span candidate, Span plain) {
        int start = plain.start();
        int end = plain.end();
        if (words(text, start, candidate.start()) + words(text, candidate.end(), end) > ADVERBIAL_WORDS) {
            return new Span(start, end);
        }
        if (start == sentence.start() && end < sentence.end() && text.charAt(end) == ',') {
            return new Span(start, boundaryFrom(text, end + 1, sentence.end()));
        }
        if (blankOrStop(text, end, sentence.end()) && start > sentence.start() && text.charAt(start - 1) == ',') {
            return new Span(boundaryBack(text, start - 1, sentence.start()), end);
        }
        return new Span(start, end);
    }

    /**
     * The stretch between the punctuation marks around {@code candidate}, never widened to the
     * clause beside a bare adverbial: where the question's rarest word must stand for
     * {@link AnswerFeature#RAREST_IN_CLAUSE} (« En 1779, la France… » does not put the year in
     * the clause of « la France »). It did better than {@link #clauseOf} for that signal
     * ({@code docs/EXPERIMENTS.md}).
     */
    public static Span plainClauseOf(String text, Span sentence, Span candidate) {
        return new Span(boundaryBack(text, candidate.start(), sentence.start()),
                boundaryFrom(text, candidate.end(), sentence.end()));
    }

    /** Words before a reason in its clause that are only its causal marker (« parce qu' », « en raison de »). */
    private static final int MARKER_WORDS = 3;

    /**
     * The clause a reason is said of: its own clause between punctuation marks when that holds
     * more than the marker and the reason (« Ils refusèrent de payer parce qu'ils… »), else the
     * clause it is set against, the next one when it opens the sentence (« Afin de X, il s'est
     * caché… »), the one before otherwise (« Le musée a fermé, car le toit fuyait »). The question
     * asks why something holds, and its words stand there, not in the reason.
     */
    public static Span hostOf(String text, Span sentence, Span reason) {
        Span plain = plainClauseOf(text, sentence, reason);
        if (words(text, plain.start(), reason.start()) > MARKER_WORDS || words(text, reason.end(), plain.end()) > 1) {
            return plain;
        }
        if (plain.start() == sentence.start() || words(text, sentence.start(), plain.start()) == 0) {
            return plain.end() < sentence.end()
                    ? new Span(plain.start(), boundaryFrom(text, plain.end() + 1, sentence.end())) : plain;
        }
        return new Span(boundaryBack(text, plain.start() - 1, sentence.start()), plain.end());
    }

    /**
    /**
     * {@code clause} widened to the apposition right after {@code candidate} when a comma closes
     * the clause right after it and a lower-case word opens the next stretch (« Jean Dupont,
     * auteur du livre, … », « Jean Dupont, qui écrivit le livre, … »): French says what a name is
     * or did in an apposition beside it. Read for « qui » questions only (clause coverage and the
     * rarest words in the clause): for every type it lost, for « qui » alone it gained
     * ({@code docs/EXPERIMENTS.md}, with the variant tried and dropped).
     */
    public static Span withApposition(String text, Span sentence, Span candidate, Span clause) {
        int end = clause.end();
        if (end >= sentence.end() || text.charAt(end) != ',' || !blank(text, candidate.end(), end)) {
            return clause;
        }
        int first = end + 1;
        while (first < sentence.end() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        if (first >= sentence.end() || !Character.isLowerCase(text.charAt(first))) {
            return clause;
        }
        return new Span(clause.start(), boundaryFrom(text, first, sentence.end()));
    }

    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int boundaryBack(String text, int from, int limit) {
        int i = from;
        while (i > limit && !boundary(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Whether only spaces and a sentence's final marks stand between {@code from} and {@code to}. */
    private static boolean blankOrStop(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && ".!?…".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int words(String text, int from, int to) {
        int n = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            n += letter && !inWord ? 1 : 0;
            inWord = letter;
        }
        return n;
    }

    private static int boundaryFrom(String text, int from, int limit) {
        int i = from;
        while (i < limit && !boundary(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
