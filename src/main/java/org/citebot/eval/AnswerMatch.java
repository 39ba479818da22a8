package org.citebot.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.citebot.text.FrenchLexicon;

/**
 * Whether an answer matches a gold answer, by the rules of the shared scorer ({@code score.py}):
 * tokens compared without accents, case, articles and punctuation; correct when the answer holds
 * a gold variant and is not much longer, or has token F1 ≥ 0.5 with one, and in both cases
 * holds every number of that variant (« 6 octobre » is not « 7 octobre »).
 */
public final class AnswerMatch {

    private static final Set<String> ARTICLES = FrenchLexicon.with(FrenchLexicon.ARTICLES, "au", "aux", "en", "a");

    private AnswerMatch() {
    }

    static List<String> tokens(String s) {
        String t = (s == null ? "" : s).replaceAll("[\u2019\u2018\u02bc\u00b4`]", "'");
        t = Normalizer.normalize(t, Normalizer.Form.NFKD).replaceAll("[^\\p{ASCII}]", "").toLowerCase(Locale.ROOT);
        t = t.replaceAll("(?<=\\d)[ \u00a0.](?=\\d{3}\\b)", "");
        t = t.replaceAll("(\\d)er\\b", "$1");
        t = t.replaceAll("[^a-z0-9]+", " ");
        List<String> out = new ArrayList<>();
        for (String w : t.strip().split(" ")) {
            if (!w.isEmpty() && !ARTICLES.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Token F1 between {@code predicted} and {@code gold}. */
    public static double f1(String predicted, String gold) {
        List<String> p = tokens(predicted);
        List<String> g = new ArrayList<>(tokens(gold));
        if (p.isEmpty() || g.isEmpty()) {
            return p.equals(g) ? 1 : 0;
        }
        int common = 0;
        for (String t : p) {
            if (g.remove(t)) {
                common++;
            }
        }
        if (common == 0) {
            return 0;
        }
        double precision = (double) common / p.size();
        double recall = (double) common / tokens(gold).size();
        return 2 * precision * recall / (precision + recall);
    }

    /**
     * Whether {@code sentence} holds one of {@code golds}, all its words in a row once normalised:
     * {@code score.py}'s test of the passages shown ({@code passage_top1}), and what labels a
     * sentence as answer-bearing for the sentence ranker.
     */
    public static boolean holds(String sentence, List<String> golds) {
        String text = " " + String.join(" ", tokens(sentence)) + " ";
        for (String g : golds) {
            List<String> gt = tokens(g);
            if (!gt.isEmpty() && text.contains(" " + String.join(" ", gt) + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code predicted} is a correct answer for any of {@code golds}. */
    public static boolean correct(String predicted, List<String> golds) {
        List<String> p = tokens(predicted);
        for (String g : golds) {
            List<String> gt = tokens(g);
            if (gt.isEmpty() || !numbers(p).containsAll(numbers(gt))) {
                continue;
            }
            String joinedP = " " + String.join(" ", p) + " ";
            String joinedG = " " + String.join(" ", gt) + " ";
            if (joinedP.contains(joinedG) && p.size() <= gt.size() + 4) {
                return true;
            }
            if (f1(predicted, g) >= 0.5) {
                return true;
            }
        }
        return false;
    }

    /** Whether the tokens of {@code predicted} equal those of one gold answer. */
    public static boolean exact(String predicted, List<String> golds) {
        return golds.stream().anyMatch(g -> tokens(predicted).equals(tokens(g)));
    }

    private static Set<String> numbers(List<String> tokens) {
        Set<String> out = new HashSet<>();
        tokens.stream().filter(t -> t.chars().allMatch(Character::isDigit)).forEach(out::add);
        return out;
    }
}
