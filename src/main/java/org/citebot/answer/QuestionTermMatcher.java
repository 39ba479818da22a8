package org.citebot.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.citebot.corpus.Document;

/**
 * A question's terms ready to be matched against every analysed word of a passage, with the
 * rule of {@link QuestionTerm#matches(String)}: a passage has a hundred words and the question a
 * few terms with several forms each, so a word is looked up once among all the forms
 * ({@link #mask(String)}) instead of once per term, and the stem rule is tried only on words that
 * start like one of the forms long enough for it. Built once per question, used for each of its
 * passages. Thread-safe; its only state is the memory of the titles it matched.
 */
public final class QuestionTermMatcher {

    /** Terms a {@link #mask(String) mask} covers: the bits of a {@code long}. */
    public static final int MASKED = Long.SIZE;

    private final List<QuestionTerm> terms;
    /** Per term, its forms of {@link QuestionTerm#STEM} letters or more. */
    private final String[][] stemForms;
    /** Each form of the first {@link #MASKED} terms, and the bits of the terms it is a form of. */
    private final Map<String, Long> exact = new HashMap<>();
    /** The {@link QuestionTerm#verbKey verb key} of each form of the first {@link #MASKED} terms, and their bits. */
    private final Map<String, Long> verbKeys = new HashMap<>();
    /** A set of the {@link #start(String) starts} of every stem form, 4096 bits. */
    private final long[] stemStarts = new long[64];

    /** An article, and which terms its title and outlet hold ({@link #inTitle}). */
    private record TitleHeld(Document doc, boolean[] held) {
    }

    /**
     * {@link #inTitle} per article id: every passage of an article asks, and matching its title
     * again for each was a hundredth of an answer.
     */
    private final Map<String, TitleHeld> titles = new ConcurrentHashMap<>();

    /** The terms' indices, rarest stem first. */
    private final List<Integer> byRarity;

    public QuestionTermMatcher(List<QuestionTerm> terms) {
        this.terms = List.copyOf(terms);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(terms.get(b).rarity(), terms.get(a).rarity()));
        this.byRarity = List.copyOf(order);
        this.stemForms = new String[terms.size()][];
        for (int i = 0; i < terms.size(); i++) {
            List<String> forms = new ArrayList<>();
            for (String a : terms.get(i).alternatives()) {
                if (a.length() >= QuestionTerm.STEM) {
                    forms.add(a);
                    int start = start(a);
                    stemStarts[start >>> 6] |= 1L << start;
                }
                if (i < MASKED) {
                    exact.merge(a, 1L << i, (x, y) -> x | y);
                    verbKeys.merge(QuestionTerm.verbKey(a), 1L << i, (x, y) -> x | y);
                }
            }
            stemForms[i] = forms.toArray(new String[0]);
        }
    }

    /** The terms' indices, the rarest stem first ({@link QuestionTerm#rarity}; ties in the question's order). */
    public List<Integer> byRarity() {
        return byRarity;
    }

    /**
     * Which terms the title and outlet of {@code doc} hold, in the question's order: what makes
     * « l'article du Journal du Soir » about every passage of its article. Worked out once per
     * article (told by its id, and by identity from another article of the same id); the array
     * must not be changed.
     */
    boolean[] inTitle(Document doc, AnalyzedText analysis) {
        TitleHeld known = titles.get(doc.id());
        if (known != null && known.doc() == doc) {
            return known.held();
        }
        boolean[] held = new boolean[terms.size()];
        for (AnalyzedText.Term t : analysis.keyedTerms(doc.title() + " " + doc.outlet().orElse(""))) {
            long mask = mask(t);
            for (int i = 0; i < held.length; i++) {
                held[i] |= i < MASKED ? (mask & 1L << i) != 0 : matches(i, t.term());
            }
        }
        titles.put(doc.id(), new TitleHeld(doc, held));
        return held;
    }

    /** The terms, in the question's order. */
    public List<QuestionTerm> terms() {
        return terms;
    }

    /**
     * Which of the first {@link #MASKED} terms {@code passageTerm} is: bit {@code i} set when
     * {@link #matches(int, String) matches(i, passageTerm)}.
     */
    public long mask(String passageTerm) {
        return mask(passageTerm, QuestionTerm.verbKey(passageTerm));
    }

    /** {@link #mask(String)} of an analysed term, whose verb key is already worked out. */
    public long mask(AnalyzedText.Term term) {
        return mask(term.term(), term.verbKey());
    }

    /** {@link #mask(String)} with the passage term's verb key already worked out. */
    long mask(String passageTerm, String verbKey) {
        Long forms = exact.get(passageTerm);
        long mask = forms == null ? 0 : forms;
        Long verbs = verbKeys.get(verbKey);
        mask |= verbs == null ? 0 : verbs;
        if (passageTerm.length() < QuestionTerm.STEM) {
            return mask; // too short for a shared stem
        }
        int start = start(passageTerm);
        if ((stemStarts[start >>> 6] & 1L << start) == 0) {
            return mask; // no stem form starts like it
        }
        int n = Math.min(terms.size(), MASKED);
        for (int i = 0; i < n; i++) {
            if ((mask & 1L << i) == 0 && sameStem(i, passageTerm)) {
                mask |= 1L << i;
            }
        }
        return mask;
    }

    /** Whether {@code passageTerm} is the {@code i}-th term, as {@link QuestionTerm#matches(String)} says. */
    boolean matches(int i, String passageTerm) {
        if (i < MASKED) {
            return (mask(passageTerm) & 1L << i) != 0;
        }
        return terms.get(i).matches(passageTerm);
    }

    /**
     * A hash of a word's first three letters, in [0, 4096): a shared stem needs the first five
     * equal, so a word whose start no stem form has needs no comparison.
     */
    private static int start(String word) {
        return (word.charAt(0) * 961 + word.charAt(1) * 31 + word.charAt(2)) & 4095;
    }

    private boolean sameStem(int i, String passageTerm) {
        for (String form : stemForms[i]) {
            if (QuestionTerm.sameStem(form, passageTerm)) {
                return true;
            }
        }
        return false;
    }
}
