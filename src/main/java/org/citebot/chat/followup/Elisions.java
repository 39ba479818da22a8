package org.citebot.chat.followup;

import java.util.Map;

/**
 * French elision and contraction after a rewrite has put a word next to another: « qu'est-ce
 * que Oana » becomes « qu'est-ce qu'Oana », « qu'Dmitri » « que Dmitri », « de le Sénat » « du
 * Sénat ».
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

    /** « de le Sénat » → « du Sénat », « à les élèves » → « aux élèves ». */
    static Words contract(Words w) {
        if (w.size() < 2) {
            return w;
        }
        String p = w.key(0);
        String d = w.key(1);
        if ((p.equals("de") || p.equals("a")) && (d.equals("le") || d.equals("les"))) {
            String merged = p.equals("de") ? (d.equals("le") ? "du" : "des") : (d.equals("le") ? "au" : "aux");
            return Words.of(merged).plus(w.from(2));
        }
        if (p.equals("de") && FunctionWords.elides(w.get(1).typed()) && !FunctionWords.determiner(d)) {
            return Words.of("d'").plus(w.from(1));
        }
        return w;
    }

    /** The full form, keeping a capital. */
    private static String full(String typed, String full) {
        return Character.isUpperCase(typed.charAt(0)) ? Character.toUpperCase(full.charAt(0)) + full.substring(1) : full;
    }
}
