package org.citebot.chat.followup;

import java.util.ArrayList;
import java.util.List;

/**
 * How a rewritten follow-up is shown before its reply, so a misreading is seen at once: the
 * role or thing asked about for « qui est… » questions (« porte-parole de l'Unesco »), the whole
 * question otherwise (« quand Anne Martin a signé ? »); names spelt as the articles spell them.
 */
public final class Readings {

    /** A reading is a reminder, not a second reply: longer ones are cut. */
    static final int MAX_LENGTH = 160;

    private Readings() {
    }

    /** The reading of {@code question}, a rewritten follow-up. */
    public static String of(String question, CorpusVocabulary vocabulary) {
        Words w = Words.of(question);
        int from = 0;
        boolean who = w.key(0).equals("qui") && FunctionWords.COPULAS.contains(w.key(1));
        boolean cestQui = w.key(0).equals("c'") && w.key(1).equals("est") && w.key(2).equals("qui");
        if ((who || cestQui) && w.size() > (cestQui ? 4 : 3)) {
            from = cestQui ? 3 : 2;
            if (FunctionWords.determiner(w.key(from)) && !FunctionWords.CONTRACTED.contains(w.key(from))) {
                from++;
            }
        }
        List<Words.Word> shown = new ArrayList<>();
        for (Words.Word word : w.from(from).list()) {
            shown.add(new Words.Word(vocabulary.spelling(word.typed()), word.key()));
        }
        String text = Words.of(shown).text();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH - 1).strip() + "…";
        }
        return from > 0 ? text : text + " ?";
    }
}
