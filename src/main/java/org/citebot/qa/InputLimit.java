package org.citebot.qa;

/**
 * The longest question citebot reads ({@code question.max.chars}): chat input beyond it (a pasted
 * article, a flood of characters) is cut before analysis and search, so no input costs more than
 * a question of that length. The cut falls on a space when one is near the limit, never inside a
 * surrogate pair.
 */
public record InputLimit(int maxChars) {

    /** The limit when the setting is absent. */
    public static final int DEFAULT_MAX_CHARS = 500;
    public static final InputLimit DEFAULT = new InputLimit(DEFAULT_MAX_CHARS);

    public InputLimit {
        if (maxChars < 20) {
            throw new IllegalArgumentException("setting question.max.chars must be at least 20, was " + maxChars);
        }
    }

    /** {@code text} cut to at most {@link #maxChars} characters; null reads as empty. */
    public String apply(String text) {
        if (text == null) {
            return "";
        }
        if (text.length() <= maxChars) {
            return text;
        }
        int end = maxChars;
        if (Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        int space = text.lastIndexOf(' ', end);
        if (space >= maxChars * 4 / 5) {
            end = space;
        }
        return text.substring(0, end);
    }
}
