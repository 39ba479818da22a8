package org.citebot.text;

/**
 * The one place where French typography is normalised.
 *
 * <p>News text mixes typographic apostrophes ({@code ’}), non-breaking and thin spaces (around
 * « » and inside numbers) and the odd byte-order mark. {@link #normalize} maps each such character
 * to its plain counterpart <em>one for one</em>, so offsets in the normalised text are offsets in
 * the original: matching runs on the normalised copy, quotes are cut from the original.
 */
public final class FrenchTypography {

    private FrenchTypography() {
    }

    /** Same-length plain version of {@code text}: apostrophes to {@code '}, odd spaces to space. */
    public static String normalize(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = plain(text.charAt(i));
        }
        return new String(out);
    }

    /** A same-length plain view of {@code text}, computed as it is read (no copy). */
    public static PlainView view(CharSequence text) {
        return new PlainView(text);
    }

    /** The plain counterpart of one character. */
    public static char plain(char c) {
        return switch (c) {
            case '\u2019', '\u2018', '\u02BC', '\u00B4', '`' -> '\'';
            case '\u00A0', '\u2007', '\u2009', '\u202F', '\u200A', '\u2002', '\u2003', '\uFEFF', '\t' -> ' ';
            case '\u2013', '\u2014' -> '-';
            case '\u201C', '\u201D', '\u201E' -> '"';
            default -> c;
        };
    }

    /** Whether {@code c} is white space in French text, including non-breaking and thin spaces. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || plain(c) == ' ' || c == '\u200B';
    }
}
