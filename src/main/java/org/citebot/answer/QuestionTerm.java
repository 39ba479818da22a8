package org.citebot.answer;

import java.util.Objects;
import java.util.Set;

/**
 * One content word of a question as the answerer matches it in passages.
 *
 * @param term         the word's analysed form (« construit » for « construits »)
 * @param alternatives the forms that count as the word: the term itself and its synonyms'
 *                     analysed forms (« construction », « bâtir »…)
 * @param weight       how telling the word is (its idf over passages)
 * @param topical      whether it names what the question is about (a noun, a name) rather than
 *                     what happened to it (a verb, which articles often paraphrase)
 */
public record QuestionTerm(String term, Set<String> alternatives, double weight, boolean topical) {

    public QuestionTerm {
        Objects.requireNonNull(term, "term");
        alternatives = Set.copyOf(alternatives);
        if (!alternatives.contains(term)) {
            throw new IllegalArgumentException("alternatives of " + term + " must include it: " + alternatives);
        }
    }

    /**
     * Whether an analysed passage word is this question word: one of its forms, or a form the
     * light stemmer left a longer ending on (« integr » and « integrant », « construi » and
     * « construisant »): a shared stem of five letters or more, all but one letter of the shorter.
     */
    public boolean matches(String passageTerm) {
        if (alternatives.contains(passageTerm)) {
            return true;
        }
        if (passageTerm.length() < STEM) {
            return false; // too short for a shared stem
        }
        for (String a : alternatives) {
            if (sameStem(a, passageTerm)) {
                return true;
            }
        }
        return false;
    }

    /** Letters a shared stem needs at least. */
    static final int STEM = 5;

    /**
     * Whether a form and a passage word share a stem: of {@link #STEM} letters or more, all but
     * one letter of the shorter.
     */
    static boolean sameStem(String form, String passageTerm) {
        int shorter = Math.min(form.length(), passageTerm.length());
        return shorter >= STEM && form.regionMatches(0, passageTerm, 0, Math.max(STEM, shorter - 1));
    }
}
