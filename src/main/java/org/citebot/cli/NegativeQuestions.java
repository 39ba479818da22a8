package org.citebot.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.citebot.eval.ConfidenceFit;
import org.citebot.eval.GoldQuestion;

/**
 * Which training questions {@code fit --negatives} asks again of a corpus that lacks their
 * answer: in each cross-validation fold, a fraction of the fold's answerable questions asked of
 * the set's articles but the fold's own. The articles then do not say, as for a user's question
 * the corpus does not answer, and one index per fold serves all its questions. A question with
 * a gold article outside its fold (several articles) is left out: that corpus still holds its
 * answer.
 */
final class NegativeQuestions {

    /** One corpus of the negatives: the articles left out, and the questions asked of the rest. */
    record Round(Set<String> without, List<GoldQuestion> questions) {
    }

    private NegativeQuestions() {
    }

    /** The rounds of {@code set} (see {@link #rounds(List, Function, Map, int, double)}). */
    static List<Round> rounds(GoldData set, Map<String, Integer> fold, int folds, double ratio) throws IOException {
        return rounds(set.questions(), set::group, fold, folds, ratio);
    }

    /**
     * The rounds of {@code questions}, one per fold that has any: the fold's articles (the first
     * gold article of each of its questions, as {@link GoldData#group} names them) left out, and
     * its answerable questions whose gold articles are all left out, a fraction {@code ratio} of
     * the eligible ones ({@link ConfidenceFit#keep}).
     */
    static List<Round> rounds(List<GoldQuestion> questions, Function<GoldQuestion, String> group,
                              Map<String, Integer> fold, int folds, double ratio) {
        List<Set<String>> without = new ArrayList<>();
        List<List<GoldQuestion>> asked = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            without.add(new TreeSet<>());
            asked.add(new ArrayList<>());
        }
        for (GoldQuestion g : questions) {
            if (!g.docs().isEmpty()) {
                without.get(fold.get(group.apply(g))).add(g.docs().get(0));
            }
        }
        for (GoldQuestion g : questions) {
            if (g.unanswerable() || g.docs().isEmpty()) {
                continue;
            }
            int k = fold.get(group.apply(g));
            if (without.get(k).containsAll(g.docs()) && ConfidenceFit.keep(group.apply(g), g.question(), ratio)) {
                asked.get(k).add(g);
            }
        }
        List<Round> out = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            if (!asked.get(k).isEmpty()) {
                out.add(new Round(Set.copyOf(without.get(k)), List.copyOf(asked.get(k))));
            }
        }
        return out;
    }
}
