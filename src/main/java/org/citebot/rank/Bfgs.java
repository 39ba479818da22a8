package org.citebot.rank;

import java.util.function.Function;

/**
 * Minimises a smooth convex function of a few dozen variables by BFGS with a backtracking
 * (Armijo) line search: what the listwise ranker and its calibration are fitted with. Nocedal and
 * Wright, Numerical Optimization (2006), algorithm 6.1.
 */
final class Bfgs {

    /** A function's value and gradient at one point. */
    record Value(double value, double[] gradient) {
    }

    static final int MAX_ITERATIONS = 500;
    static final double TOLERANCE = 1e-6;

    private Bfgs() {
    }

    /** The point minimising {@code f}, from {@code start}. */
    static double[] minimise(Function<double[], Value> f, double[] start) {
        int d = start.length;
        double[] x = start.clone();
        double[][] h = identity(d);
        Value v = f.apply(x);
        for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
            if (norm(v.gradient()) < TOLERANCE) {
                break;
            }
            double[] dir = new double[d];
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    dir[i] -= h[i][j] * v.gradient()[j];
                }
            }
            double slope = dot(dir, v.gradient());
            if (slope >= 0) { // not a descent direction: start over from the gradient
                h = identity(d);
                for (int i = 0; i < d; i++) {
                    dir[i] = -v.gradient()[i];
                }
                slope = dot(dir, v.gradient());
            }
            double step = 1;
            double[] next = new double[d];
            Value nv;
            while (true) {
                for (int i = 0; i < d; i++) {
                    next[i] = x[i] + step * dir[i];
                }
                nv = f.apply(next);
                if (nv.value() <= v.value() + 1e-4 * step * slope || step < 1e-10) {
                    break;
                }
                step /= 2;
            }
            if (step < 1e-10) {
                break;
            }
            double[] s = new double[d];
            double[] y = new double[d];
            for (int i = 0; i < d; i++) {
                s[i] = next[i] - x[i];
                y[i] = nv.gradient()[i] - v.gradient()[i];
            }
            double sy = dot(s, y);
            if (sy > 1e-12) {
                update(h, s, y, sy);
            }
            x = next.clone();
            boolean flat = Math.abs(v.value() - nv.value()) < 1e-10 * Math.max(1, Math.abs(v.value()));
            v = nv;
            if (flat) {
                break;
            }
        }
        return x;
    }

    /** H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, with ρ = 1 / (yᵀ s). */
    private static void update(double[][] h, double[] s, double[] y, double sy) {
        int d = s.length;
        double rho = 1 / sy;
        double[] hy = new double[d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                hy[i] += h[i][j] * y[j];
            }
        }
        double yhy = dot(y, hy);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                h[i][j] += -rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j];
            }
        }
    }

    private static double[][] identity(int d) {
        double[][] h = new double[d][d];
        for (int i = 0; i < d; i++) {
            h[i][i] = 1;
        }
        return h;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(double[] g) {
        double m = 0;
        for (double v : g) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
