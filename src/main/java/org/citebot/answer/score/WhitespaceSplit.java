package org.citebot.answer.score;

import java.util.regex.Pattern;

/**
 * How many pieces {@code Pattern.compile("\\s+").split(text)} gives, counted without the pattern
 * and without making the pieces: the word counts of candidates were asked that way once per
 * candidate. The split's rules hold: no white space gives one piece (the empty text too), white
 * space at the start leaves an empty first piece, and empty pieces at the end are dropped.
 */
final class WhitespaceSplit {

    /** The rule counted, kept as the tests' reference. */
    static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private WhitespaceSplit() {
    }

    static int length(String text) {
        int runs = 0;
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = space(text.charAt(i));
            runs += space && !inRun ? 1 : 0;
            inRun = space;
        }
        if (runs == 0) {
            return 1;
        }
        boolean leading = space(text.charAt(0));
        boolean trailing = space(text.charAt(text.length() - 1));
        if (runs == 1 && leading && trailing) {
            return 0; // the whole text is white space: both pieces empty, both dropped
        }
        return runs + 1 - (trailing ? 1 : 0);
    }

    /** {@code \s} without {@code UNICODE_CHARACTER_CLASS}: ASCII white space. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
