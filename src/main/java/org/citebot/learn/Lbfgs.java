package org.citebot.learn;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Function;

/**
 * Minimises a smooth convex function by limited-memory BFGS (the last {@link #MEMORY} steps)
 * with a backtracking (Armijo) line search: Nocedal and Wright, Numerical Optimization (2006),
 * algorithms 7.4 and 7.5. One optimiser for every model citebot fits: the listwise candidate
 * model has a few hundred weights (its dense signals and the sparse conjunctions seen in
 * training), too many for a dense inverse Hessian; the sentence ranker and the calibrations have a
 * few dozen, which limited memory fits as well.
 */
public final class Lbfgs {

    /** A function's value and gradient at one point. */
    public record Value(double value, double[] gradient) {
    }

    static final int MEMORY = 10;
    static final int MAX_ITERATIONS = 400;
    static final double TOLERANCE = 1e-5;

    private Lbfgs() {
    }

    /** The point minimising {@code f}, from {@code start}. */
    public static double[] minimise(Function<double[], Value> f, double[] start) {
        int d = start.length;
        double[] x = start.clone();
        Value v = f.apply(x);
        Deque<double[][]> pairs = new ArrayDeque<>(); // {s, y, {rho}}, newest first
        for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
            if (maxAbs(v.gradient()) < TOLERANCE) {
                break;
            }
            double[] dir = direction(v.gradient(), pairs);
            double slope = dot(dir, v.gradient());
            if (slope >= 0) { // not a descent direction: forget the curvature, follow the gradient
                pairs.clear();
                dir = direction(v.gradient(), pairs);
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
                if (nv.value() <= v.value() + 1e-4 * step * slope || step < 1e-12) {
                    break;
                }
                step /= 2;
            }
            if (step < 1e-12) {
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
                pairs.addFirst(new double[][] {s, y, {1 / sy}});
                if (pairs.size() > MEMORY) {
                    pairs.removeLast();
                }
            } else {
                // No curvature learned (the Armijo search has no curvature condition): the old
                // pairs would keep the steps as tiny as they are; start over from the gradient.
                pairs.clear();
            }
            boolean flat = Math.abs(v.value() - nv.value()) < 1e-10 * Math.max(1, Math.abs(v.value()));
            x = next;
            v = nv;
            if (flat) {
                break;
            }
        }
        return x;
    }

    /** −H·g by the two-loop recursion over the stored pairs (newest first). */
    private static double[] direction(double[] g, Deque<double[][]> pairs) {
        double[] q = g.clone();
        double[] alpha = new double[pairs.size()];
        int k = 0;
        for (double[][] p : pairs) {
            alpha[k] = p[2][0] * dot(p[0], q);
            axpy(-alpha[k], p[1], q);
            k++;
        }
        // The initial inverse Hessian: the newest pair's scale, or without pairs a first step of
        // at most 1 in every weight.
        double gamma = 1 / Math.max(1, maxAbs(g));
        if (!pairs.isEmpty()) {
            double[][] newest = pairs.peekFirst();
            gamma = dot(newest[0], newest[1]) / dot(newest[1], newest[1]);
        }
        for (int i = 0; i < q.length; i++) {
            q[i] *= gamma;
        }
        var it = pairs.descendingIterator();
        k = pairs.size() - 1;
        while (it.hasNext()) {
            double[][] p = it.next();
            double beta = p[2][0] * dot(p[1], q);
            axpy(alpha[k] - beta, p[0], q);
            k--;
        }
        for (int i = 0; i < q.length; i++) {
            q[i] = -q[i];
        }
        return q;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }

    /** The dot product of two vectors of the same length. */
    public static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double maxAbs(double[] g) {
        double m = 0;
        for (double v : g) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
