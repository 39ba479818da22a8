package org.citebot.answer.candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.text.FrenchLexicon;
import org.citebot.text.FrenchTypography;

/**
 * What a yes/no question asks, folded: the subject's words (empty when it is a pronoun), the
 * predicate's head word, and whether it is said with « être » (an attribute: « X est-il un Y ? »)
 * or is a verb (« X a-t-il organisé… ? »). Read from the inverted form, « est-ce que » or a
 * question opening with « est ».
 */
record YesNoQuestion(List<String> subject, String predicate, boolean copula) {

    private static final Pattern INVERSION = Pattern.compile("([a-z]+)-(?:t-)?(?:il|elle|ils|elles|on)");
    /** Forms of « être » and of verbs that join a subject to its attribute like it, folded. */
    static final Set<String> COPULAS = FrenchLexicon.union(FrenchLexicon.ETRE_FINITE, Set.of("devient",
            "deviennent", "devint", "devenu", "devenue", "devenus", "devenues", "reste", "restent", "restait",
            "restaient", "demeure", "demeurent", "ete"));
    /** Forms of « avoir » that open a compound tense, folded. */
    static final Set<String> AUXILIARIES = FrenchLexicon.AVOIR_FINITE;
    /** Verbs that say little alone: the word after them carries the predicate (« fait partie »). */
    private static final Set<String> LIGHT_VERBS = Set.of("fait", "font", "faisait", "faisaient", "va", "vont",
            "peut", "peuvent", "doit", "doivent");
    private static final Set<String> FUNCTION_WORDS = Set.of("le", "la", "les", "l", "un", "une", "des", "du", "de",
            "d", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "au", "aux", "a", "en", "et",
            "que", "qu", "est-ce", "il", "elle", "ils", "elles", "on", "y", "pas", "plus", "ete", "bien", "deja",
            "toujours", "jamais", "souvent", "vraiment", "aussi", "encore", "tres", "vrai", "t");
    /** The words after « est » in « est-ce que ». */
    private static final Set<String> EST_CE_QUE = Set.of("ce", "que", "qu");

    /** The subject and predicate of a yes/no question; {@code null} when it has no predicate word. */
    static YesNoQuestion read(String question) {
        List<FoldedWord> w = FoldedWord.of(FrenchTypography.normalize(question));
        int pivot = -1;
        String verb = null;
        for (int i = 0; i < Math.min(w.size(), 8) && pivot < 0; i++) {
            Matcher m = INVERSION.matcher(w.get(i).folded());
            if (m.matches() && !w.get(i).folded().startsWith("est-ce")) {
                pivot = i;
                verb = m.group(1);
            }
        }
        int from = 0;
        if (pivot < 0 && !w.isEmpty() && (w.get(0).folded().equals("est-ce") || w.get(0).folded().equals("est"))) {
            from = 1;
            while (from < w.size() && EST_CE_QUE.contains(w.get(from).folded())) {
                from++;
            }
            for (int i = from; i < w.size() && pivot < 0; i++) {
                String k = w.get(i).folded();
                if (COPULAS.contains(k) || AUXILIARIES.contains(k)) {
                    pivot = i;
                    verb = k;
                }
            }
            if (pivot < 0) { // « est-ce que X organise… »: the first word the subject, the next the verb
                List<String> content = content(w, from, w.size());
                return content.size() < 2 ? null : new YesNoQuestion(List.of(content.get(0)), content.get(1), false);
            }
        }
        if (pivot < 0) {
            return null;
        }
        List<String> subject = content(w, from, pivot);
        boolean copula = COPULAS.contains(verb);
        String predicate;
        if (!copula && !AUXILIARIES.contains(verb) && !LIGHT_VERBS.contains(verb)) {
            predicate = verb;
        } else {
            List<String> after = content(w, pivot + 1, w.size());
            if (after.isEmpty()) {
                return null;
            }
            predicate = after.get(0);
        }
        return new YesNoQuestion(subject, predicate, copula);
    }

    private static List<String> content(List<FoldedWord> w, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String k = w.get(i).folded();
            if (!FUNCTION_WORDS.contains(k) && !k.endsWith("ment") && !INVERSION.matcher(k).matches()) {
                out.add(k);
            }
        }
        return out;
    }
}
