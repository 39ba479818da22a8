package org.citebot.eval;

import java.util.List;

/**
 * Fits a logistic regression by Newton's method (iteratively reweighted least squares) with an
 * L2 penalty on the weights (not the bias). Small and exact for the few dozen signals of the
 * confidence model: a dozen iterations over some tens of thousands of rows take well under a
 * second, and the penalty keeps weights of rare signals from running away.
 */
public final class LogisticRegression {

    /** The fitted bias and weights. */
    public record Fit(double bias, double[] weights) {

        public double probability(double[] x) {
            double z = bias;
            for (int i = 0; i < weights.length; i++) {
                z += weights[i] * x[i];
            }
            return 1 / (1 + Math.exp(-z));
        }
    }

    private static final int MAX_ITERATIONS = 30;
    private static final double TOLERANCE = 1e-7;

    private final double penalty;

    /** @param penalty the L2 penalty (λ in ½λ‖w‖²), 1 is a mild one for signals in [0, 1] */
    public LogisticRegression(double penalty) {
        this.penalty = penalty;
    }

    /** Fits rows {@code x} (all of one width) to labels {@code y}. */
    public Fit fit(List<double[]> x, List<Boolean> y) {
        if (x.isEmpty() || x.size() != y.size()) {
            throw new IllegalArgumentException("need as many labels as rows, and some: " + x.size() + ", " + y.size());
        }
        int d = x.get(0).length + 1; // index 0 is the bias
        double[] beta = new double[d];
        for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int r = 0; r < x.size(); r++) {
                double[] row = x.get(r);
                double z = beta[0];
                for (int i = 1; i < d; i++) {
                    z += beta[i] * row[i - 1];
                }
                double p = 1 / (1 + Math.exp(-z));
                double err = (y.get(r) ? 1 : 0) - p;
                double w = Math.max(p * (1 - p), 1e-9);
                for (int i = 0; i < d; i++) {
                    double xi = i == 0 ? 1 : row[i - 1];
                    if (xi == 0) {
                        continue;
                    }
                    gradient[i] += err * xi;
                    for (int j = i; j < d; j++) {
                        double xj = j == 0 ? 1 : row[j - 1];
                        hessian[i][j] += w * xi * xj;
                    }
                }
            }
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < i; j++) {
                    hessian[i][j] = hessian[j][i];
                }
                if (i > 0) {
                    gradient[i] -= penalty * beta[i];
                    hessian[i][i] += penalty;
                } else {
                    hessian[i][i] += 1e-6;
                }
            }
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int i = 0; i < d; i++) {
                beta[i] += step[i];
                change = Math.max(change, Math.abs(step[i]));
            }
            if (change < TOLERANCE) {
                break;
            }
        }
        return new Fit(beta[0], java.util.Arrays.copyOfRange(beta, 1, d));
    }

    /** Solves {@code a · s = b} by Gaussian elimination with partial pivoting ({@code a} is changed). */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[] v = b.clone();
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            double t = v[col];
            v[col] = v[pivot];
            v[pivot] = t;
            if (Math.abs(a[col][col]) < 1e-12) {
                continue;
            }
            for (int r = col + 1; r < n; r++) {
                double factor = a[r][col] / a[col][col];
                for (int c = col; c < n; c++) {
                    a[r][c] -= factor * a[col][c];
                }
                v[r] -= factor * v[col];
            }
        }
        double[] s = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double sum = v[r];
            for (int c = r + 1; c < n; c++) {
                sum -= a[r][c] * s[c];
            }
            s[r] = Math.abs(a[r][r]) < 1e-12 ? 0 : sum / a[r][r];
        }
        return s;
    }
}
