package org.citebot.text;

import java.util.Objects;

/**
 * A document's text seen through {@link FrenchTypography#plain}, without copying it: matching
 * a sentence of a long article then costs the sentence, not the article. Same length and
 * offsets as the original, so spans found here are spans there.
 */
public final class PlainView implements CharSequence {

    private final CharSequence text;

    PlainView(CharSequence text) {
        this.text = Objects.requireNonNull(text, "text");
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        return FrenchTypography.plain(text.charAt(index));
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return substring(start, end);
    }

    /** The plain characters of {@code [start, end)}. */
    public String substring(int start, int end) {
        return FrenchTypography.normalize(text.subSequence(start, end));
    }

    @Override
    public String toString() {
        return FrenchTypography.normalize(text);
    }
}
