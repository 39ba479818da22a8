package org.citebot.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class LbfgsTest {

    @Test
    void findsTheMinimumOfAnIllConditionedQuadratic() {
        double[] centre = {3, -1, 0.5, 10};
        double[] scale = {1, 100, 0.01, 5};
        double[] x = Lbfgs.minimise(v -> {
            double value = 0;
            double[] g = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                double d = v[i] - centre[i];
                value += 0.5 * scale[i] * d * d;
                g[i] = scale[i] * d;
            }
            return new Lbfgs.Value(value, g);
        }, new double[4]);
        assertArrayEquals(centre, x, 1e-3);
    }

    @Test
    void findsTheMinimumOfRosenbrocksValley() {
        double[] x = Lbfgs.minimise(v -> {
            double a = 1 - v[0];
            double b = v[1] - v[0] * v[0];
            return new Lbfgs.Value(a * a + 100 * b * b,
                    new double[] {-2 * a - 400 * v[0] * b, 200 * b});
        }, new double[] {-1.2, 1});
        assertArrayEquals(new double[] {1, 1}, x, 1e-3);
    }
}
