package org.citebot.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ListwiseSoftmaxTest {

    @Test
    void lossIsMinusTheLogOfTheRightItemsShare() {
        double[] scores = {2.0, 1.0, -1.0};
        boolean[] right = {false, true, true};
        double[] d = new double[3];
        double z = Math.exp(2) + Math.exp(1) + Math.exp(-1);
        double expected = -Math.log((Math.exp(1) + Math.exp(-1)) / z);
        assertEquals(expected, ListwiseSoftmax.loss(scores, right, d), 1e-12);
    }

    @Test
    void derivativeMatchesFiniteDifferences() {
        double[] scores = {0.3, -1.2, 2.5, 0.0};
        boolean[] right = {true, false, false, true};
        double[] d = new double[4];
        ListwiseSoftmax.loss(scores, right, d);
        double h = 1e-6;
        for (int i = 0; i < scores.length; i++) {
            double[] up = scores.clone();
            double[] down = scores.clone();
            up[i] += h;
            down[i] -= h;
            double numeric = (ListwiseSoftmax.loss(up, right, new double[4])
                    - ListwiseSoftmax.loss(down, right, new double[4])) / (2 * h);
            assertEquals(numeric, d[i], 1e-6, "item " + i);
        }
    }

    @Test
    void largeScoresDoNotOverflow() {
        double[] d = new double[2];
        double loss = ListwiseSoftmax.loss(new double[] {1000, 999}, new boolean[] {false, true}, d);
        assertEquals(Math.log(1 + Math.E), loss, 1e-9);
    }

    @Test
    void aQuestionWithoutARightItemIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> ListwiseSoftmax.loss(new double[] {1, 2}, new boolean[] {false, false}, new double[2]));
    }
}
