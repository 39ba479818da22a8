package org.citebot.question;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.text.Folding;
import org.citebot.text.FrenchTypography;

/**
 * A question cut into words, each kept as typed and as a folded key (lower case, no accents),
 * so rules can match « ou », « où » and « OÙ » alike while focus words keep their spelling.
 *
 * <p>Apostrophes split (« qu'est-ce » → « qu », « est-ce »); hyphens join (« a-t-elle »,
 * « porte-parole » are one word each).
 */
record QuestionWords(List<String> typed, List<String> folded) {

    /** A numeric date stays one word (« 18/10/2021 »), as the index's tokenizer keeps it. */
    private static final Pattern WORD = Pattern.compile("\\p{N}+(?:[/.]\\p{N}+)+|[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");

    static QuestionWords of(String question) {
        String plain = FrenchTypography.normalize(question);
        List<String> typed = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        Matcher m = WORD.matcher(plain);
        while (m.find()) {
            typed.add(m.group());
            folded.add(fold(m.group()));
        }
        return new QuestionWords(List.copyOf(typed), List.copyOf(folded));
    }

    static String fold(String word) {
        return Folding.fold(word);
    }

    int size() {
        return folded.size();
    }

    String key(int i) {
        return i >= 0 && i < folded.size() ? folded.get(i) : "";
    }

    /** The folded words joined by single spaces, with a space at both ends for whole-word matching. */
    String joined() {
        return " " + String.join(" ", folded) + " ";
    }

    /** Index of the first word equal to one of {@code keys}, or -1. */
    int indexOf(java.util.Set<String> keys) {
        for (int i = 0; i < folded.size(); i++) {
            if (keys.contains(folded.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
