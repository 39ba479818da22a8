package org.citebot.answer;

import java.util.Objects;
import java.util.Set;

/**
 * One content word of a question as the answerer matches it in passages.
 *
 * @param term         the word's analysed form (« expuls » for « expulsés »)
 * @param alternatives the forms that count as the word: the term itself and its synonyms'
 *                     analysed forms (« expulsion », « renvoi »…)
 * @param weight       how telling the word is (its idf over passages)
 */
public record QuestionTerm(String term, Set<String> alternatives, double weight) {

    public QuestionTerm {
        Objects.requireNonNull(term, "term");
        alternatives = Set.copyOf(alternatives);
        if (!alternatives.contains(term)) {
            throw new IllegalArgumentException("alternatives of " + term + " must include it: " + alternatives);
        }
    }

    public boolean matchesAny(Set<String> terms) {
        for (String a : alternatives) {
            if (terms.contains(a)) {
                return true;
            }
        }
        return false;
    }
}
