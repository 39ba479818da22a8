package org.citebot.rank;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures a sentence ranker on labelled pools: how often the first sentence (the first three)
 * holds the answer, as {@code score.py}'s {@code passage_top1} ({@code passage_top3}) does on
 * {@code ask --json}'s passages, and how many pools hold it at all (the ceiling).
 */
public final class SentenceRankerEvaluator {

    /** Figures over a set of questions. */
    public record Figures(int questions, int reachable, int top1, int top3) {

        public String format() {
            return String.format(Locale.ROOT, "questions %d, pool holds the answer %d (%.1f%%), top1 %d (%.1f%%), "
                    + "top3 %d (%.1f%%)", questions, reachable, percent(reachable), top1, percent(top1), top3,
                    percent(top3));
        }

        private double percent(int n) {
            return questions == 0 ? 0 : 100.0 * n / questions;
        }
    }

    private SentenceRankerEvaluator() {
    }

    /** The figures of {@code ranker} on {@code pools}. */
    public static Figures evaluate(SentenceRanker ranker, List<LabelledPool> pools) {
        List<double[]> scores = new ArrayList<>(pools.size());
        for (LabelledPool p : pools) {
            double[] s = new double[p.size()];
            for (int i = 0; i < s.length; i++) {
                s[i] = ranker.score(p.features()[i]);
            }
            scores.add(s);
        }
        return of(pools, scores);
    }

    /** The figures of pools whose sentences were scored {@code scores} (same order). */
    public static Figures of(List<LabelledPool> pools, List<double[]> scores) {
        int reachable = 0;
        int top1 = 0;
        int top3 = 0;
        for (int q = 0; q < pools.size(); q++) {
            LabelledPool pool = pools.get(q);
            reachable += pool.reachable() ? 1 : 0;
            int[] order = order(scores.get(q));
            for (int r = 0; r < Math.min(3, order.length); r++) {
                if (pool.labels()[order[r]]) {
                    top1 += r == 0 ? 1 : 0;
                    top3++;
                    break;
                }
            }
        }
        return new Figures(pools.size(), reachable, top1, top3);
    }

    /** Indices of {@code scores}, highest first; ties keep the pool's order. */
    static int[] order(double[] scores) {
        Integer[] idx = new Integer[scores.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (a, b) -> Double.compare(scores[b], scores[a]));
        int[] out = new int[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = idx[i];
        }
        return out;
    }
}
