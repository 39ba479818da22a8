package org.citebot.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Case and accent folding for matching words as people type them: « Où », « OU » and « où »
 * all become « ou », « Françoise » becomes « francoise ». Typography is normalised first
 * ({@link FrenchTypography}). The result may differ in length from the input: use it for keys,
 * never for offsets.
 *
 * <p>Folding runs on every word the answerer and the corpus loader look at, so text made only of
 * Latin characters (all of French) is folded one character at a time from a table built once
 * with the general rule (root-locale lower case, canonical decomposition, marks dropped); any
 * other character sends the whole text through the general rule. Both give the same result:
 * for these characters the general rule works character by character.
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Characters folded from the table: Basic Latin, Latin-1 and Latin Extended-A. */
    private static final int TABLE_SIZE = 0x180;
    private static final String[] TABLE = new String[TABLE_SIZE];
    /**
     * {@link #TABLE} where a character folds to one character, 0 where it folds to more or fewer:
     * appending a {@code char} rather than a one-letter string halves the cost of a fold, which
     * every answer runs thousands of times.
     */
    private static final char[] SINGLE = new char[TABLE_SIZE];

    static {
        for (char c = 0; c < TABLE_SIZE; c++) {
            TABLE[c] = slowFold(String.valueOf(c));
            SINGLE[c] = TABLE[c].length() == 1 ? TABLE[c].charAt(0) : 0;
        }
    }

    private Folding() {
    }

    public static String fold(CharSequence text) {
        int n = text.length();
        StringBuilder out = null;
        boolean plainChanged = false;
        for (int i = 0; i < n; i++) {
            char raw = text.charAt(i);
            char c = FrenchTypography.plain(raw);
            if (c >= TABLE_SIZE) {
                return slowFold(text);
            }
            char single = SINGLE[c];
            if (out == null) {
                if (single == c) {
                    plainChanged |= raw != c;
                    continue; // unchanged so far: no copy yet
                }
                out = new StringBuilder(n + 4);
                for (int k = 0; k < i; k++) {
                    out.append(FrenchTypography.plain(text.charAt(k))); // unchanged by the table, but plain
                }
            }
            if (single != 0) {
                out.append(single);
            } else {
                out.append(TABLE[c]);
            }
        }
        if (out != null) {
            return out.toString();
        }
        return plainChanged ? FrenchTypography.normalize(text) : text.toString(); // already folded
    }

    /** The general rule, for any text. */
    static String slowFold(CharSequence text) {
        String plain = FrenchTypography.normalize(text).toLowerCase(Locale.ROOT);
        String nfd = Normalizer.normalize(plain, Normalizer.Form.NFD);
        return MARKS.matcher(nfd).replaceAll("").replace("œ", "oe").replace("æ", "ae");
    }
}
