package org.citebot.answer;

import java.util.ArrayList;
import java.util.List;

/**
 * A question's terms ready to be matched against every analysed word of a passage, with the
 * rule of {@link QuestionTerm#matches(String)}: a passage has a hundred words and the question a
 * few terms with several forms each, so the forms long enough for a shared stem are kept in
 * arrays (no set iterator per word) and a word too short for a stem only costs one set lookup
 * per term. Built once per question, used for each of its passages. Immutable and thread-safe.
 */
public final class QuestionTermMatcher {

    private final List<QuestionTerm> terms;
    /** Per term, its forms of {@link QuestionTerm#STEM} letters or more. */
    private final String[][] stemForms;

    public QuestionTermMatcher(List<QuestionTerm> terms) {
        this.terms = List.copyOf(terms);
        this.stemForms = new String[terms.size()][];
        for (int i = 0; i < terms.size(); i++) {
            List<String> forms = new ArrayList<>();
            for (String a : terms.get(i).alternatives()) {
                if (a.length() >= QuestionTerm.STEM) {
                    forms.add(a);
                }
            }
            stemForms[i] = forms.toArray(new String[0]);
        }
    }

    /** The terms, in the question's order. */
    public List<QuestionTerm> terms() {
        return terms;
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
