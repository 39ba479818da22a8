package org.citebot.rank;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Cross-validates the sentence ranker by article: the articles are dealt into folds (in name
 * order, round-robin, deterministic), and each fold's questions are ranked by weights learned
 * without any question of their articles. The held-out figures are the honest ones; the figures
 * of the model fitted on everything, on the same questions, are fitted ones.
 */
public final class SentenceRankerCrossValidator {

    /**
     * Fitted and held-out figures, the held-out figures of each fold (a gain that holds in most
     * folds is not one fold's luck), how the held-out first-sentence probability compares with the
     * truth, and the ranker fitted on everything (calibrated on the held-out scores).
     */
    public record Result(SentenceRankerEvaluator.Figures fitted, SentenceRankerEvaluator.Figures heldOut,
                         List<SentenceRankerEvaluator.Figures> perFold, String calibration, String otherCalibration,
                         SentenceRanker ranker) {

        public Result {
            perFold = List.copyOf(perFold);
        }

        /** Each fold's held-out top1 / top3 in per cent, in fold order (« 64.3/84.4 62.3/77.2 … »). */
        public String formatFolds() {
            StringBuilder b = new StringBuilder();
            for (SentenceRankerEvaluator.Figures f : perFold) {
                b.append(b.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%.1f/%.1f",
                        percent(f.top1(), f.questions()), percent(f.top3(), f.questions())));
            }
            return b.toString();
        }

        private static double percent(int n, int of) {
            return of == 0 ? 0 : 100.0 * n / of;
        }
    }

    private final SentenceRankerTrainer trainer;
    private final int folds;

    public SentenceRankerCrossValidator(SentenceRankerTrainer trainer, int folds) {
        if (folds < 2) {
            throw new IllegalArgumentException("need at least 2 folds, got " + folds);
        }
        this.trainer = trainer;
        this.folds = folds;
    }

    /** Fitted figures (weights learned on all of {@code pools}) and held-out ones (by article). */
    public Result evaluate(List<LabelledPool> pools) {
        List<double[]> heldOut = heldOutScores(trainer, pools, folds);
        SentenceRanker all = new SentenceRanker(trainer.weights(pools),
                SentenceRankerTrainer.calibration(pools, heldOut), SentenceRankerTrainer.otherCalibration(pools, heldOut));
        return new Result(SentenceRankerEvaluator.evaluate(all, pools), SentenceRankerEvaluator.of(pools, heldOut),
                perFold(pools, heldOut, folds), calibration(all, pools, heldOut, 0), calibration(all, pools, heldOut, 1),
                all);
    }

    /** The held-out figures of each fold's questions, fold by fold. */
    static List<SentenceRankerEvaluator.Figures> perFold(List<LabelledPool> pools, List<double[]> heldOut, int folds) {
        Map<String, Integer> fold = folds(pools, folds);
        List<SentenceRankerEvaluator.Figures> out = new ArrayList<>(folds);
        for (int k = 0; k < folds; k++) {
            List<LabelledPool> in = new ArrayList<>();
            List<double[]> scores = new ArrayList<>();
            for (int q = 0; q < pools.size(); q++) {
                if (fold.get(pools.get(q).group()) == k) {
                    in.add(pools.get(q));
                    scores.add(heldOut.get(q));
                }
            }
            out.add(SentenceRankerEvaluator.of(in, scores));
        }
        return out;
    }

    /** Each pool's scores under weights learned without its fold's articles (same order as {@code pools}). */
    static List<double[]> heldOutScores(SentenceRankerTrainer trainer, List<LabelledPool> pools, int folds) {
        Map<String, Integer> fold = folds(pools, folds);
        List<double[]> scores = new ArrayList<>(pools.size());
        for (int i = 0; i < pools.size(); i++) {
            scores.add(null);
        }
        for (int k = 0; k < folds; k++) {
            int held = k;
            List<LabelledPool> train = pools.stream().filter(p -> fold.get(p.group()) != held).toList();
            if (train.isEmpty()) {
                continue;
            }
            SentenceRanker ranker = SentenceRankerTrainer.uncalibrated(trainer.weights(train));
            for (int q = 0; q < pools.size(); q++) {
                if (fold.get(pools.get(q).group()) == held) {
                    double[][] x = pools.get(q).features();
                    double[] s = new double[x.length];
                    for (int i = 0; i < x.length; i++) {
                        s[i] = ranker.score(x[i]);
                    }
                    scores.set(q, s);
                }
            }
        }
        for (int q = 0; q < scores.size(); q++) {
            if (scores.get(q) == null) { // one group only: nothing to learn from without it
                scores.set(q, new double[pools.get(q).size()]);
            }
        }
        return scores;
    }

    /**
     * The held-out sentences at {@code rank} (0 the first, 1 the second) by calibrated probability,
     * in five bins: how many, the mean probability, and how many held the answer.
     */
    static String calibration(SentenceRanker ranker, List<LabelledPool> pools, List<double[]> heldOut, int rank) {
        int[] n = new int[5];
        int[] right = new int[5];
        double[] sum = new double[5];
        for (int q = 0; q < pools.size(); q++) {
            double[] s = heldOut.get(q);
            if (s.length <= rank) {
                continue;
            }
            int at = SentenceRankerEvaluator.order(s)[rank];
            double p = ranker.probabilities(s)[at];
            int bin = Math.min(4, (int) (p * 5));
            n[bin]++;
            sum[bin] += p;
            right[bin] += pools.get(q).labels()[at] ? 1 : 0;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            if (n[i] > 0) {
                b.append(String.format(Locale.ROOT, "[%.1f-%.1f) %d questions, mean %.2f, right %.2f; ", i / 5.0,
                        (i + 1) / 5.0, n[i], sum[i] / n[i], right[i] / (double) n[i]));
            }
        }
        return b.toString().strip();
    }

    private static Map<String, Integer> folds(List<LabelledPool> pools, int folds) {
        TreeSet<String> groups = new TreeSet<>();
        pools.forEach(p -> groups.add(p.group()));
        Map<String, Integer> out = new TreeMap<>();
        int i = 0;
        for (String g : groups) {
            out.put(g, i++ % folds);
        }
        return out;
    }
}
