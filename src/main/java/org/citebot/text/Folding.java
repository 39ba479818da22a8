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

    static {
        for (char c = 0; c < TABLE_SIZE; c++) {
            TABLE[c] = slowFold(String.valueOf(c));
        }
    }

    private Folding() {
    }

    public static String fold(CharSequence text) {
        int n = text.length();
        StringBuilder out = null;
        for (int i = 0; i < n; i++) {
            char c = FrenchTypography.plain(text.charAt(i));
            if (c >= TABLE_SIZE) {
                return slowFold(text);
            }
            String folded = TABLE[c];
            if (out == null) {
                if (folded.length() == 1 && folded.charAt(0) == c) {
                    continue; // unchanged so far: no copy yet
                }
                out = new StringBuilder(n + 4);
                for (int k = 0; k < i; k++) {
                    out.append(FrenchTypography.plain(text.charAt(k))); // unchanged by the table, but plain
                }
            }
            out.append(folded);
        }
        return out == null ? FrenchTypography.normalize(text) : out.toString();
    }

    /** The general rule, for any text. */
    static String slowFold(CharSequence text) {
        String plain = FrenchTypography.normalize(text).toLowerCase(Locale.ROOT);
        String nfd = Normalizer.normalize(plain, Normalizer.Form.NFD);
        return MARKS.matcher(nfd).replaceAll("").replace("œ", "oe").replace("æ", "ae");
    }
}
