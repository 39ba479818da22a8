package org.citebot.rank;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Orders the sentences of a question's pool by how likely each is to state the answer: a linear
 * score over the {@link SentenceFeature signals}, learned listwise (the softmax of a question's
 * sentences puts its mass on those that hold a gold answer, {@link SentenceRankerTrainer}), and
 * a calibrated probability that the first sentence holds it (a logistic regression over the first
 * sentence's score and its softmax share, fitted on held-out folds), and, apart, the probability
 * that a sentence after the first states it (the same regression over that sentence's score and
 * share, fitted on the second and third sentences of held-out folds): what a reply reads to decide
 * whether a second passage deserves showing beside the first.
 *
 * <p>The shipped weights are the resource {@code sentence-ranker.properties} beside this class,
 * refitted by {@code citebot fit-ranker} (see {@code FitRankerCommand}). Immutable and thread-safe.
 */
public final class SentenceRanker {

    /** Name of the model file, beside this class. */
    public static final String FILE = "sentence-ranker.properties";

    private final double[] weights;
    private final double calibrationBias;
    private final double calibrationScore;
    private final double calibrationShare;
    private final double otherBias;
    private final double otherScore;
    private final double otherShare;

    /**
     * A ranker whose sentences after the first get no probability of their own (0).
     *
     * @param weights     one per {@link SentenceFeature}, by ordinal
     * @param calibration bias, weight of the first sentence's score, weight of its softmax share
     */
    public SentenceRanker(double[] weights, double[] calibration) {
        this(weights, calibration, NO_OTHERS);
    }

    /**
     * @param weights     one per {@link SentenceFeature}, by ordinal
     * @param calibration bias, weight of the first sentence's score, weight of its softmax share
     * @param others      the same three for a sentence after the first (its own score and share)
     */
    public SentenceRanker(double[] weights, double[] calibration, double[] others) {
        if (weights.length != SentenceFeature.values().length) {
            throw new IllegalArgumentException("expected " + SentenceFeature.values().length + " weights, got "
                    + weights.length);
        }
        if (calibration.length != 3 || others.length != 3) {
            throw new IllegalArgumentException("a calibration needs bias, score and share, got " + calibration.length
                    + " and " + others.length);
        }
        this.weights = weights.clone();
        this.calibrationBias = calibration[0];
        this.calibrationScore = calibration[1];
        this.calibrationShare = calibration[2];
        this.otherBias = others[0];
        this.otherScore = others[1];
        this.otherShare = others[2];
    }

    /** The calibration of a model that says nothing of the sentences after the first: probability 0. */
    private static final double[] NO_OTHERS = {Double.NEGATIVE_INFINITY, 0, 0};

    /** The shipped model. */
    public static SentenceRanker shipped() {
        try (InputStream in = SentenceRanker.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FILE);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a model file; a signal the file does not name weighs 0, and a file without the
     * calibration of the sentences after the first ({@code other.*}) gives them probability 0.
     */
    public static SentenceRanker read(Reader reader) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        double[] w = new double[SentenceFeature.values().length];
        for (SentenceFeature f : SentenceFeature.values()) {
            w[f.ordinal()] = number(p, "w." + f.key(), "0");
        }
        double[] others = p.containsKey("other.bias") ? new double[] {number(p, "other.bias", "0"),
            number(p, "other.score", "0"), number(p, "other.share", "0")} : NO_OTHERS;
        return new SentenceRanker(w, new double[] {number(p, "top.bias", "0"), number(p, "top.score", "0"),
            number(p, "top.share", "0")}, others);
    }

    private static double number(Properties p, String key, String fallback) {
        String v = p.getProperty(key, fallback).strip();
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("sentence ranker model: " + key + " is not a number: " + v, e);
        }
    }

    /** The model file's text, with {@code header} as leading comment lines. */
    public String write(String header) {
        StringBuilder out = new StringBuilder();
        header.lines().forEach(l -> out.append("# ").append(l).append('\n'));
        out.append(String.format(Locale.ROOT, "top.bias=%.5f%ntop.score=%.5f%ntop.share=%.5f%n", calibrationBias,
                calibrationScore, calibrationShare));
        if (otherBias != Double.NEGATIVE_INFINITY) {
            out.append(String.format(Locale.ROOT, "other.bias=%.5f%nother.score=%.5f%nother.share=%.5f%n", otherBias,
                    otherScore, otherShare));
        }
        for (SentenceFeature f : SentenceFeature.values()) {
            out.append(String.format(Locale.ROOT, "w.%s=%.5f%n", f.key(), weights[f.ordinal()]));
        }
        return out.toString();
    }

    /** The score of one sentence's signals: higher is likelier to state the answer. */
    public double score(double[] features) {
        double z = 0;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * features[i];
        }
        return z;
    }

    /** What each signal added to the score of {@code features}, largest first, for « why this sentence? ». */
    public String explain(double[] features) {
        List<String> parts = new ArrayList<>();
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> -Math.abs(weights[i] * features[i])));
        for (int i : order) {
            if (weights[i] * features[i] != 0) {
                parts.add(String.format(Locale.ROOT, "%s=%.2f×%.2f", SentenceFeature.values()[i].key(), features[i],
                        weights[i]));
            }
        }
        return String.format(Locale.ROOT, "%.3f = %s", score(features), String.join(" + ", parts));
    }

    /** The pool of {@code measured} in this ranker's order, best first (ties keep the pool's order). */
    public RankedSentences rank(SentenceFeatures.Measured measured) {
        int n = measured.pool().size();
        if (n == 0) {
            return RankedSentences.EMPTY;
        }
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            scores[i] = score(measured.features()[i]);
        }
        double[] probabilities = probabilities(scores);
        List<RankedSentences.Ranked> ranked = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ranked.add(new RankedSentences.Ranked(measured.pool().get(i), measured.evidence()[i], scores[i],
                    probabilities[i]));
        }
        ranked.sort(Comparator.comparingDouble(RankedSentences.Ranked::score).reversed());
        return new RankedSentences(ranked, topProbability(scores));
    }

    /** The calibrated probability that the best of sentences scored {@code scores} states the answer. */
    public double topProbability(double[] scores) {
        if (scores.length == 0) {
            return 0;
        }
        double top = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            top = Math.max(top, s);
        }
        double z = calibrationBias + calibrationScore * top + calibrationShare * share(scores, top);
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * Each sentence's calibrated probability of stating the answer, by the order of {@code scores}:
     * the first one's is {@link #topProbability}, every other one's reads its own score and
     * softmax share. (Not a distribution: a question may have several sentences that state it, or
     * none.)
     */
    public double[] probabilities(double[] scores) {
        int n = scores.length;
        double[] out = new double[n];
        if (n == 0) {
            return out;
        }
        int best = 0;
        double sum = 0;
        for (int i = 1; i < n; i++) {
            best = scores[i] > scores[best] ? i : best;
        }
        for (double s : scores) {
            sum += Math.exp(s - scores[best]);
        }
        for (int i = 0; i < n; i++) {
            if (i == best) {
                out[i] = topProbability(scores);
            } else if (otherBias != Double.NEGATIVE_INFINITY) {
                double share = Math.exp(scores[i] - scores[best]) / sum;
                out[i] = 1 / (1 + Math.exp(-(otherBias + otherScore * scores[i] + otherShare * share)));
            }
        }
        return out;
    }

    /** The softmax share of the best score among {@code scores}: 1 when it stands far above the others. */
    static double share(double[] scores, double top) {
        double sum = 0;
        for (double s : scores) {
            sum += Math.exp(s - top);
        }
        return 1 / sum;
    }

    double[] weights() {
        return weights.clone();
    }
}
