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
        for (String a : alternatives) {
            int shorter = Math.min(a.length(), passageTerm.length());
            int needed = Math.max(5, shorter - 1);
            if (shorter >= 5 && a.regionMatches(0, passageTerm, 0, Math.min(needed, shorter))
                    && needed <= shorter) {
                return true;
            }
        }
        return false;
    }
}
