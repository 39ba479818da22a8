package org.citebot.answer.candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.text.Folding;

/** One word of a text, folded and lower-cased, with where it stands: what yes/no reading compares. */
record FoldedWord(String folded, int start, int end) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+(?:-[\\p{L}\\d]+)*");

    /** The words of {@code text} (letters and digits, hyphenated compounds whole), in order. */
    static List<FoldedWord> of(String text) {
        List<FoldedWord> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(new FoldedWord(Folding.fold(m.group()).toLowerCase(Locale.ROOT), m.start(), m.end()));
        }
        return out;
    }
}
