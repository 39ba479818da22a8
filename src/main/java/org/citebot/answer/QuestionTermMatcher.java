package org.citebot.answer;

import java.util.List;

/**
 * A question's terms ready to be matched against every analysed word of a passage, with the
 * rule of {@link QuestionTerm#matches(String)}: a passage has a hundred words and the question a
 * few terms with several forms each, so the forms long enough for a shared stem are kept in
 * arrays (no set iterator per word) and a word too short for a stem only costs one set lookup
 * per term. Immutable and thread-safe.
 */
final class QuestionTermMatcher {

    private final List<QuestionTerm> terms;
    /** Per term, its forms of {@link QuestionTerm#STEM} letters or more. */
    private final String[][] stemForms;

    QuestionTermMatcher(List<QuestionTerm> terms) {
        this.terms = terms;
        this.stemForms = new String[terms.size()][];
        for (int i = 0; i < terms.size(); i++) {
            stemForms[i] = terms.get(i).alternatives().stream().filter(a -> a.length() >= QuestionTerm.STEM)
                    .toArray(String[]::new);
        }
    }

    /** Whether {@code passageTerm} is the {@code i}-th term, as {@link QuestionTerm#matches(String)} says. */
    boolean matches(int i, String passageTerm) {
        if (terms.get(i).alternatives().contains(passageTerm)) {
            return true;
        }
        if (passageTerm.length() < QuestionTerm.STEM) {
            return false;
        }
        for (String form : stemForms[i]) {
            if (QuestionTerm.sameStem(form, passageTerm)) {
                return true;
            }
        }
        return false;
    }
}
