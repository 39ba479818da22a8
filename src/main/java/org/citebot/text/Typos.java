package org.citebot.text;

/**
 * One slip of the keyboard between two words: what tolerating a typo means wherever citebot
 * tolerates one (a question word typed in a hurry, a role's noun in a question). One definition,
 * so that the places that forgive a typo forgive the same ones.
 */
public final class Typos {

    private Typos() {
    }

    /**
     * Whether {@code a} is {@code b} with one letter added, dropped or changed, or, when
     * {@code swaps}, two neighbouring letters swapped; never for the same word. Swaps are left out
     * where a swap makes another word too easily (a role's noun is a long word read against names
     * and nouns of the articles; a question word is one of a dozen).
     */
    public static boolean oneSlip(String a, String b, boolean swaps) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            if (i == la) {
                return false; // the same word
            }
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true; // one letter changed
            }
            return swaps && i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2); // two neighbours swapped
        }
        return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : a.regionMatches(i, b, i + 1, la - i);
    }
}
