package org.citebot.rank;

import java.util.ArrayList;
import java.util.List;
import org.citebot.learn.Lbfgs;
import org.citebot.learn.ListwiseSoftmax;

/**
 * Learns a {@link SentenceRanker} from labelled pools. The weights maximise, over the questions
 * whose pool holds the answer, the log of the softmax mass the pool's scores put on its sentences
 * that hold it (a listwise loss: only how a question's sentences compare counts, as only the
 * first sentence is quoted), less an L2 penalty. The probability that the first sentence holds
 * the answer is then calibrated on held-out folds: a logistic regression of whether it did over
 * its score and its softmax share, on every question (those whose pool misses the answer too);
 * and, apart, the same regression for the second and third sentences, whose probability a reply
 * reads to show a second passage.
 */
public final class SentenceRankerTrainer {

    private final double penalty;
    private final int folds;

    /**
     * @param penalty the L2 penalty (λ in ½λ‖w‖²) of the listwise fit
     * @param folds   folds, by article, of the held-out scores the calibration is fitted on
     */
    public SentenceRankerTrainer(double penalty, int folds) {
        if (penalty < 0) {
            throw new IllegalArgumentException("penalty must not be negative: " + penalty);
        }
        if (folds < 2) {
            throw new IllegalArgumentException("need at least 2 folds, got " + folds);
        }
        this.penalty = penalty;
        this.folds = folds;
    }

    /**
     * The ranker fitted on all of {@code pools}, its calibration on held-out folds of them (as
     * {@link SentenceRankerCrossValidator#evaluate} also gives it, with the figures).
     */
    public SentenceRanker train(List<LabelledPool> pools) {
        double[] w = weights(pools);
        List<double[]> heldOut = SentenceRankerCrossValidator.heldOutScores(this, pools, folds);
        return new SentenceRanker(w, calibration(pools, heldOut), otherCalibration(pools, heldOut));
    }

    /** The listwise weights fitted on {@code pools}, without calibration. */
    public double[] weights(List<LabelledPool> pools) {
        List<LabelledPool> reachable = pools.stream().filter(LabelledPool::reachable).toList();
        int d = SentenceFeature.values().length;
        return Lbfgs.minimise(w -> listwiseLoss(reachable, w), new double[d]);
    }

    /** The ranker of weights {@code w}, uncalibrated: for cross-validating the order alone. */
    static SentenceRanker uncalibrated(double[] w) {
        return new SentenceRanker(w, new double[3]);
    }

    private Lbfgs.Value listwiseLoss(List<LabelledPool> pools, double[] w) {
        int d = w.length;
        double loss = 0;
        double[] grad = new double[d];
        for (LabelledPool pool : pools) {
            double[][] x = pool.features();
            int n = x.length;
            double[] s = new double[n];
            for (int i = 0; i < n; i++) {
                s[i] = Lbfgs.dot(w, x[i]);
            }
            double[] coef = new double[n];
            loss += ListwiseSoftmax.loss(s, pool.labels(), coef);
            for (int i = 0; i < n; i++) {
                if (coef[i] != 0) {
                    for (int k = 0; k < d; k++) {
                        grad[k] += coef[i] * x[i][k];
                    }
                }
            }
        }
        for (int k = 0; k < d; k++) {
            loss += 0.5 * penalty * w[k] * w[k];
            grad[k] += penalty * w[k];
        }
        return new Lbfgs.Value(loss, grad);
    }

    /**
     * The calibration (bias, score weight, share weight) of whether the first sentence holds the
     * answer, from each pool's held-out scores.
     */
    static double[] calibration(List<LabelledPool> pools, List<double[]> heldOutScores) {
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (int q = 0; q < pools.size(); q++) {
            double[] scores = heldOutScores.get(q);
            if (scores.length == 0) {
                continue;
            }
            int best = 0;
            for (int i = 1; i < scores.length; i++) {
                best = scores[i] > scores[best] ? i : best;
            }
            x.add(new double[] {1, scores[best], SentenceRanker.share(scores, scores[best])});
            y.add(pools.get(q).labels()[best]);
        }
        return Lbfgs.minimise(c -> logisticLoss(x, y, c), new double[3]);
    }

    /** Ranks after the first whose sentences the {@link #otherCalibration} is fitted on: the second and third. */
    static final int OTHER_RANKS = 2;

    /**
     * The calibration (bias, score weight, share weight) of whether a sentence after the first holds
     * the answer, from the second and third sentences of each pool's held-out scores.
     */
    static double[] otherCalibration(List<LabelledPool> pools, List<double[]> heldOutScores) {
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (int q = 0; q < pools.size(); q++) {
            double[] scores = heldOutScores.get(q);
            int[] order = SentenceRankerEvaluator.order(scores);
            for (int r = 1; r <= OTHER_RANKS && r < order.length; r++) {
                x.add(new double[] {1, scores[order[r]], Math.exp(scores[order[r]] - scores[order[0]])
                        * SentenceRanker.share(scores, scores[order[0]])});
                y.add(pools.get(q).labels()[order[r]]);
            }
        }
        return Lbfgs.minimise(c -> logisticLoss(x, y, c), new double[3]);
    }

    private static Lbfgs.Value logisticLoss(List<double[]> x, List<Boolean> y, double[] c) {
        double loss = 0;
        double[] grad = new double[c.length];
        for (int r = 0; r < x.size(); r++) {
            double z = Lbfgs.dot(c, x.get(r));
            double p = 1 / (1 + Math.exp(-z));
            boolean label = y.get(r);
            loss -= label ? Math.log(Math.max(p, 1e-15)) : Math.log(Math.max(1 - p, 1e-15));
            for (int k = 0; k < c.length; k++) {
                grad[k] += (p - (label ? 1 : 0)) * x.get(r)[k];
            }
        }
        for (int k = 1; k < c.length; k++) { // a light penalty, not on the bias
            loss += 0.5 * 1e-3 * c[k] * c[k];
            grad[k] += 1e-3 * c[k];
        }
        return new Lbfgs.Value(loss, grad);
    }
}
