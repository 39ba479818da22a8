package org.citebot.chat.followup;

import java.util.Map;

/**
 * French elision after a rewrite has put a word next to another: « qu'est-ce que Oana » becomes
 * « qu'est-ce qu'Oana », « qu'Dmitri » becomes « que Dmitri ».
 */
final class Elisions {

    /** Elided words and their full forms. */
    private static final Map<String, String> FULL = Map.of("qu'", "que", "d'", "de", "l'", "le", "s'", "se", "n'", "ne",
            "c'", "ce", "j'", "je", "jusqu'", "jusque", "lorsqu'", "lorsque", "puisqu'", "puisque");

    private Elisions() {
    }

    static Words apply(Words w) {
        Words out = w;
        for (int i = 0; i + 1 < out.size(); i++) {
            Words.Word word = out.get(i);
            String next = out.get(i + 1).typed();
            boolean vowel = FunctionWords.elides(next) && !out.get(i + 1).number();
            if (word.elided() && !vowel && FULL.containsKey(word.key())) {
                out = out.replace(i, i + 1, Words.of(full(word.typed(), FULL.get(word.key()))));
            } else if (!word.elided() && vowel && (word.key().equals("que") || word.key().equals("de"))
                    && !FunctionWords.determiner(out.key(i + 1)) && !out.get(i + 1).inversion()) {
                out = out.replace(i, i + 1, Words.of(word.typed().substring(0, word.typed().length() - 1) + "'"));
            }
        }
        return out;
    }

    /** The full form, keeping a capital. */
    private static String full(String typed, String full) {
        return Character.isUpperCase(typed.charAt(0)) ? Character.toUpperCase(full.charAt(0)) + full.substring(1) : full;
    }
}
