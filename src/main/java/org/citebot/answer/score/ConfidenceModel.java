package org.citebot.answer.score;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

/**
 * The probability that a candidate is a right answer: a logistic regression over its
 * {@link AnswerFeature signals}, learned from gold questions by the {@code fit} command rather
 * than a product of hand-set factors.
 *
 * <p>The shipped weights are the resource {@code confidence-model.properties} beside this class;
 * a deployer may put a refitted {@code confidence-model.properties} in the config folder. The file
 * also holds the threshold the fit chose (the lowest at which cross-validated precision met its
 * target), used unless {@code answer.threshold} is set.
 *
 * <p>Immutable and thread-safe.
 */
public final class ConfidenceModel {

    /** Name of the model file, in the config folder or beside this class. */
    public static final String FILE = "confidence-model.properties";

    private final double bias;
    private final double[] weights;
    private final double threshold;

    public ConfidenceModel(double bias, double[] weights, double threshold) {
        if (weights.length != AnswerFeature.values().length) {
            throw new IllegalArgumentException("expected " + AnswerFeature.values().length + " weights, got "
                    + weights.length);
        }
        this.bias = bias;
        this.weights = weights.clone();
        this.threshold = threshold;
    }

    /** The shipped model. */
    public static ConfidenceModel shipped() {
        try (InputStream in = ConfidenceModel.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FILE);
            }
            return read(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model in {@code file} when it exists, the shipped one otherwise. */
    public static ConfidenceModel loadOrShipped(Path file) {
        if (!Files.isRegularFile(file)) {
            return shipped();
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Reads a model file; a signal the file does not name weighs 0. */
    public static ConfidenceModel read(Reader reader) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        double[] w = new double[AnswerFeature.values().length];
        for (AnswerFeature f : AnswerFeature.values()) {
            w[f.ordinal()] = Double.parseDouble(p.getProperty("w." + f.key(), "0").strip());
        }
        String kind = p.getProperty("kind", "logistic").strip();
        if (!kind.equals("logistic")) {
            // The per-corpus hand-weighted score (kind=hand) is gone: every corpus gets the model.
            throw new IllegalArgumentException("model kind must be logistic, was " + kind
                    + (kind.equals("hand") ? " (the hand-weighted score was removed: delete this file to use the"
                    + " shipped model, or refit one with `citebot fit`)" : ""));
        }
        return new ConfidenceModel(Double.parseDouble(p.getProperty("bias", "0").strip()), w,
                Double.parseDouble(p.getProperty("threshold", "0.5").strip()));
    }

    /** The model file's text, with {@code header} as leading comment lines. */
    public String write(String header) {
        StringBuilder out = new StringBuilder();
        header.lines().forEach(l -> out.append("# ").append(l).append('\n'));
        out.append(String.format(Locale.ROOT, "threshold=%.4f%n", threshold));
        out.append(String.format(Locale.ROOT, "bias=%.5f%n", bias));
        for (AnswerFeature f : AnswerFeature.values()) {
            out.append(String.format(Locale.ROOT, "w.%s=%.5f%n", f.key(), weights[f.ordinal()]));
        }
        return out.toString();
    }

    /** The probability, in (0, 1), that a candidate with these signals is right. */
    public double probability(double[] features) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * A question's confidence in its best candidate: that candidate's probability, discounted by
     * the square root of its share of all its candidates' probability. Several plausible
     * candidates (three names in the sentence that aligns best) make the choice between them
     * less sure than any one probability says; cross-validated on PIAF dev, the discount raised
     * the precision of the 60 most confident answers from 73% to 78%.
     *
     * @param best  the best candidate's probability
     * @param total the sum of all candidates' probabilities (at least {@code best})
     */
    public static double confidence(double best, double total) {
        return total <= 0 ? 0 : best * Math.sqrt(best / total);
    }

    /** The confidence below which the fit found answers too often wrong. */
    public double threshold() {
        return threshold;
    }

    public ConfidenceModel withThreshold(double newThreshold) {
        return new ConfidenceModel(bias, weights, newThreshold);
    }

    double[] weights() {
        return Arrays.copyOf(weights, weights.length);
    }
}
