package org.citebot.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Case and accent folding for matching words as people type them: « Où », « OU » and « où »
 * all become « ou », « Françoise » becomes « francoise ». Typography is normalised first
 * ({@link FrenchTypography}). The result may differ in length from the input: use it for keys,
 * never for offsets.
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {
    }

    public static String fold(CharSequence text) {
        String plain = FrenchTypography.normalize(text).toLowerCase(Locale.ROOT);
        String nfd = Normalizer.normalize(plain, Normalizer.Form.NFD);
        return MARKS.matcher(nfd).replaceAll("").replace("œ", "oe").replace("æ", "ae");
    }
}
