package org.citebot.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    @Test
    void recoversTheWeightsThatGeneratedTheLabels() {
        Random random = new Random(7);
        double bias = -1.0;
        double[] truth = {3.0, -2.0, 0.0};
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            double[] row = {random.nextDouble(), random.nextDouble(), random.nextDouble()};
            double z = bias + truth[0] * row[0] + truth[1] * row[1];
            x.add(row);
            y.add(random.nextDouble() < 1 / (1 + Math.exp(-z)));
        }
        LogisticRegression.Fit fit = new LogisticRegression(0.01).fit(x, y);
        assertEquals(bias, fit.bias(), 0.15);
        assertArrayEquals(truth, fit.weights(), 0.2);
    }

    @Test
    void thePenaltyKeepsASeparatingSignalFinite() {
        List<double[]> x = List.of(new double[] {0}, new double[] {0}, new double[] {1}, new double[] {1});
        List<Boolean> y = List.of(false, false, true, true);
        LogisticRegression.Fit fit = new LogisticRegression(1.0).fit(x, y);
        assertTrue(Double.isFinite(fit.weights()[0]) && fit.weights()[0] > 0, "weight " + fit.weights()[0]);
        assertTrue(fit.probability(new double[] {1}) > fit.probability(new double[] {0}));
    }

    @Test
    void solvesALinearSystem() {
        double[][] a = {{2, 1}, {1, 3}};
        assertArrayEquals(new double[] {1, 2}, LogisticRegression.solve(a, new double[] {4, 7}), 1e-9);
    }
}
