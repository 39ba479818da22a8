package org.citebot.answer.phrase;

import java.util.Locale;
import org.citebot.text.Folding;

/**
 * Whether two French nouns are the same word, as a question and an article may write it:
 * case, accents, plural and feminine endings aside (« Présidente » ~ « présidents », « œuvres »
 * ~ « oeuvre »).
 */
public final class NounMatch {

    private NounMatch() {
    }

    /** Whether {@code a} and {@code b} are one noun. */
    public static boolean same(String a, String b) {
        String x = base(a);
        String y = base(b);
        return !x.isEmpty() && x.equals(y);
    }

    /** The noun folded, without the endings that mark number and gender. */
    static String base(String noun) {
        String w = Folding.fold(noun).toLowerCase(Locale.ROOT).replace("œ", "oe").strip();
        if (w.length() > 3 && (w.endsWith("s") || w.endsWith("x"))) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 4 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
