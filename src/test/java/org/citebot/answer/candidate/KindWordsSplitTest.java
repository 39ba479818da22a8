package org.citebot.answer.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.citebot.qa.HostileText;
import org.junit.jupiter.api.Test;

/** {@link KindWords#words} gives the pieces, empty ones left out, that splitting at {@link KindWords#WORD_BREAK} gave. */
class KindWordsSplitTest {

    private static final String[] PIECES = {"a", "é", "ß", "7", "'", "’", " ", "\t", ",", "-", "--", "😀", "𝐀", "\u0301",
        "ville", "chef-lieu", "Roi"};

    @Test
    void samePiecesOnRandomText() {
        Random random = new Random(9);
        for (int n = 0; n < 50_000; n++) {
            String s = HostileText.joined(random, PIECES, 12);
            List<String> reference = new ArrayList<>();
            for (String w : KindWords.WORD_BREAK.split(s)) {
                if (!w.isEmpty()) {
                    reference.add(w);
                }
            }
            assertEquals(reference, KindWords.words(s), () -> "[" + s + "]");
        }
    }
}
