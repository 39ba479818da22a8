package org.citebot.answer;

import org.citebot.text.Span;

/** Spans of invented test sentences, found by their text. */
public final class TestSpans {

    private TestSpans() {
    }

    /** Where {@code part} first stands in {@code text}. */
    public static Span spanOf(String text, String part) {
        int i = text.indexOf(part);
        if (i < 0) {
            throw new IllegalArgumentException("« " + part + " » is not in « " + text + " »");
        }
        return new Span(i, i + part.length());
    }
}
