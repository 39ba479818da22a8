package org.citebot.text.pos;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.citebot.text.FrenchLexicon;
import org.citebot.text.FrenchTypography;
import org.citebot.text.Span;

/**
 * Splits French text into the tokens the Universal Dependencies French-GSD treebank uses, with
 * their character offsets: words (hyphens and inner apostrophes of « aujourd'hui » kept),
 * elided words as tokens of their own with their apostrophe (« l' », « d' », « qu' »,
 * « jusqu' »), numbers with their decimal comma or point and grouping spaces (« 3,5 »,
 * « 1 200 »), and every other mark alone. Both {@code '} and {@code ’} count as apostrophes.
 *
 * <p>Stateless and thread-safe.
 */
public final class FrenchTokenizer {

    /** Elided words (folded, without the apostrophe) that stand as tokens of their own. */
    private static final Set<String> ELIDED = FrenchLexicon.ELIDED;
    /** Words holding an apostrophe that are one word (folded, plain apostrophe). */
    private static final Set<String> WHOLE = Set.of("aujourd'hui", "prud'homme", "prud'hommes", "presqu'île",
            "presqu'ile", "presqu'îles", "quelqu'un", "quelqu'une", "c'est-à-dire");

    /** The tokens of {@code text} between {@code start} and {@code end}, with offsets in {@code text}. */
    public List<Span> tokenize(CharSequence text, int start, int end) {
        List<Span> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (FrenchTypography.isSpace(c)) {
                i++;
            } else if (Character.isDigit(c)) {
                i = number(text, i, end, out);
            } else if (Character.isLetter(c)) {
                i = word(text, i, end, out);
            } else {
                int j = i + 1;
                while (j < end && c == '.' && text.charAt(j) == '.') {
                    j++; // « ... »
                }
                out.add(new Span(i, j));
                i = j;
            }
        }
        return out;
    }

    /** The tokens of all of {@code text}. */
    public List<Span> tokenize(CharSequence text) {
        return tokenize(text, 0, text.length());
    }

    private static int number(CharSequence text, int i, int end, List<Span> out) {
        int j = i;
        boolean decimal = false;
        while (j < end) {
            char c = text.charAt(j);
            if (Character.isDigit(c) || Character.isLetter(c) && j > i) { // « 1er », « 2e », « 20km »
                j++;
            } else if ((c == ',' || c == '.') && j + 1 < end && Character.isDigit(text.charAt(j + 1))) {
                decimal |= c == ',';
                j++;
            } else if (FrenchTypography.isSpace(c) && c != '\n' && j + 1 < end && Character.isDigit(text.charAt(j + 1))
                    && !decimal && groupOfThree(text, j + 1, end)
                    && leadingGroup(text, i, j) <= 3) {
                j++; // « 20 000 », not « 2021 120 »
            } else {
                break;
            }
        }
        out.add(new Span(i, j));
        return j;
    }

    /** Digits before the first space of the number {@code [i, j)}: a thousands group has one to three. */
    private static int leadingGroup(CharSequence text, int i, int j) {
        int k = i;
        while (k < j && Character.isDigit(text.charAt(k))) {
            k++;
        }
        return k - i;
    }

    /** Whether exactly three digits start at {@code j}: « 1 200 » is one number, « 2021 1 » two. */
    private static boolean groupOfThree(CharSequence text, int j, int end) {
        int k = j;
        while (k < end && Character.isDigit(text.charAt(k))) {
            k++;
        }
        return k - j == 3;
    }

    private static int word(CharSequence text, int i, int end, List<Span> out) {
        int j = i;
        while (j < end) {
            char c = text.charAt(j);
            if (Character.isLetterOrDigit(c) || c == '\u00AD') {
                j++;
            } else if ((c == '-' || c == '\u2011') && j + 1 < end && Character.isLetterOrDigit(text.charAt(j + 1))) {
                j++;
            } else if (c == '&' && j + 1 < end && Character.isLetter(text.charAt(j + 1))) {
                j++; // « R&D », « Dupont&Fils »: a name written without spaces
            } else if (c == '+' && plusEnds(text, j, end)) {
                j = plusRun(text, j, end); // « Radio+ », « C++ »: the plus signs belong to the name
                break;
            } else if (FrenchTypography.plain(c) == '\'' && j + 1 < end && Character.isLetter(text.charAt(j + 1))) {
                String before = fold(text, i, j);
                if (ELIDED.contains(before) && !whole(text, i, end)) {
                    out.add(new Span(i, j + 1));
                    return j + 1;
                }
                if (!whole(text, i, end)) {
                    break; // « Ouest'France » is rare; an apostrophe otherwise ends the word
                }
                j++;
            } else {
                break;
            }
        }
        if (j < end && FrenchTypography.plain(text.charAt(j)) == '\'' && ELIDED.contains(fold(text, i, j))) {
            j++; // « l' » before a space or a quote mark
        }
        int tail = inversionTail(text, i, j);
        if (tail > i) {
            out.add(new Span(i, tail)); // « a-t-elle » → « a », « -t-elle », as the treebank splits it
            out.add(new Span(tail, j));
        } else {
            out.add(new Span(i, j));
        }
        return j;
    }

    /** Whether the run of « + » at {@code j} ends the word: a letter, a digit or another sign after it is « a+b ». */
    private static boolean plusEnds(CharSequence text, int j, int end) {
        int k = plusRun(text, j, end);
        return k == end || !Character.isLetterOrDigit(text.charAt(k)) && text.charAt(k) != '&';
    }

    private static int plusRun(CharSequence text, int j, int end) {
        int k = j;
        while (k < end && text.charAt(k) == '+') {
            k++;
        }
        return k;
    }

    /** Pronouns a verb takes after a hyphen in an inversion (« a-t-il », « dit-elle », « est-ce »). */
    private static final Set<String> INVERTED = Set.of("il", "elle", "ils", "elles", "on", "je", "tu", "nous",
            "vous", "ce", "t-il", "t-elle", "t-on");

    /** Where the inverted pronoun of {@code [i, j)} starts (its hyphen), or {@code i} when there is none. */
    private static int inversionTail(CharSequence text, int i, int j) {
        String w = fold(text, i, j);
        int hyphen = w.indexOf('-');
        if (hyphen <= 0) {
            return i;
        }
        String rest = w.substring(hyphen + 1);
        return INVERTED.contains(rest) ? i + hyphen : i;
    }

    private static boolean whole(CharSequence text, int i, int end) {
        for (String w : WHOLE) {
            if (i + w.length() <= end && fold(text, i, i + w.length()).equals(w)
                    && (i + w.length() == end || !Character.isLetter(text.charAt(i + w.length())))) {
                return true;
            }
        }
        return false;
    }

    private static String fold(CharSequence text, int from, int to) {
        return FrenchTypography.normalize(text.subSequence(from, to)).toLowerCase(Locale.ROOT);
    }
}
