package org.citebot.learn;

/**
 * The listwise loss of one question: the negative log of the softmax mass its right items get
 * among all its items (ListNet's top-one probability with several right items; Cao et al.,
 * 2007). Both learned rankers minimise it over their training questions: the sentence ranker over
 * a question's sentences, the candidate model over its candidates. Only the item scores go in;
 * how a score is made from features, and so how the gradient reaches the weights, stays with each
 * model.
 */
public final class ListwiseSoftmax {

    private ListwiseSoftmax() {
    }

    /**
     * The loss of items scored {@code scores}, of which {@code right} are right (at least one
     * must be); {@code dLossDScore} receives the loss's derivative in each item's score (softmax
     * share minus its share among the right items).
     */
    public static double loss(double[] scores, boolean[] right, double[] dLossDScore) {
        int n = scores.length;
        double top = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            top = Math.max(top, s);
        }
        double all = 0;
        double pos = 0;
        double[] e = new double[n];
        boolean anyRight = false;
        for (int i = 0; i < n; i++) {
            anyRight |= right[i];
            e[i] = Math.exp(scores[i] - top);
            all += e[i];
            pos += right[i] ? e[i] : 0;
        }
        if (!anyRight) {
            throw new IllegalArgumentException("a listwise question needs a right item");
        }
        for (int i = 0; i < n; i++) {
            dLossDScore[i] = e[i] / all - (right[i] ? e[i] / pos : 0);
        }
        return -(Math.log(pos) - Math.log(all));
    }
}
