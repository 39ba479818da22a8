package org.citebot.answer.score;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Which of a question's candidates is the answer, and how sure of it to be: a listwise model
 * that scores every candidate on its {@link AnswerFeature signals} and its sparse conjunctions
 * ({@link CandidateConjunctions}), a softmax over the question's candidates that says how the
 * mass is shared between them, and a calibration, a logistic regression over the best
 * candidate's score, share, margin and signals, that gives the probability it is right. Both are
 * learned from gold questions by the {@code fit} command ({@code org.citebot.eval.ConfidenceFit}).
 *
 * <p>The score is fitted within questions (the log of the softmax mass on the right candidates),
 * so it only ranks: a signal the same for every candidate of a question (its type, the share of
 * its words no article holds) weighs nothing there, and counts in the calibration instead.
 *
 * <p>The shipped model is the resource {@code confidence-model.properties} beside this class;
 * a deployer may put a refitted {@code confidence-model.properties} in the config folder. The file
 * also holds the threshold the fit chose (the lowest at which cross-validated precision met its
 * target), used unless {@code answer.threshold} is set.
 *
 * <p>Immutable and thread-safe.
 */
public final class ConfidenceModel {

    /** Name of the model file, in the config folder or beside this class. */
    public static final String FILE = "confidence-model.properties";
    /** The model file's kind. */
    public static final String KIND = "listwise";
    /** The margin to the best rival counted at most, and given when there is no rival. */
    static final double MARGIN_CAP = 5;

    /** The calibration's inputs before the best candidate's own signals. */
    public enum Summary {
        /** The best candidate's listwise score. */
        SCORE,
        /** Its softmax share of the question's candidates. */
        SHARE,
        /** The share of its value: its own, its variants' (overlapping spans) and the same value elsewhere. */
        VALUE_SHARE,
        /** Its score less the best rival's (another value), capped at {@link #MARGIN_CAP}. */
        MARGIN,
        /** log(1 + the number of candidates) / 5. */
        CANDIDATES;

        public String key() {
            return "c." + name().toLowerCase(Locale.ROOT).replace('_', '.');
        }
    }

    /** How many inputs the calibration reads: the summary, then every signal of the best candidate. */
    public static final int CALIBRATION_WIDTH = Summary.values().length + AnswerFeature.values().length;

    private final double[] weights;
    private final Map<String, Double> conjunctions;
    private final double calibrationBias;
    private final double[] calibration;
    private final double threshold;

    /**
     * @param weights         one per {@link AnswerFeature}
     * @param conjunctions    weights of sparse conjunctions by name; those not named weigh 0
     * @param calibrationBias the calibration's bias
     * @param calibration     its {@link #CALIBRATION_WIDTH} weights
     * @param threshold       the confidence an answer needs
     */
    public ConfidenceModel(double[] weights, Map<String, Double> conjunctions, double calibrationBias,
                           double[] calibration, double threshold) {
        if (weights.length != AnswerFeature.values().length) {
            throw new IllegalArgumentException("expected " + AnswerFeature.values().length + " weights, got "
                    + weights.length);
        }
        if (calibration.length != CALIBRATION_WIDTH) {
            throw new IllegalArgumentException("expected " + CALIBRATION_WIDTH + " calibration weights, got "
                    + calibration.length);
        }
        this.weights = weights.clone();
        this.conjunctions = Map.copyOf(conjunctions);
        this.calibrationBias = calibrationBias;
        this.calibration = calibration.clone();
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

    /** Reads a model file; a signal, conjunction or calibration input the file does not name weighs 0. */
    public static ConfidenceModel read(Reader reader) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        String kind = p.getProperty("kind", "").strip();
        if (!kind.equals(KIND)) {
            throw new IllegalArgumentException("model kind must be " + KIND + ", was "
                    + (kind.isEmpty() ? "not given" : kind) + " (a model of an older citebot: delete this file to use"
                    + " the shipped model, or refit one with `citebot fit`)");
        }
        double[] w = new double[AnswerFeature.values().length];
        double[] c = new double[CALIBRATION_WIDTH];
        for (AnswerFeature f : AnswerFeature.values()) {
            w[f.ordinal()] = number(p, "w." + f.key());
            c[Summary.values().length + f.ordinal()] = number(p, "c.w." + f.key());
        }
        for (Summary s : Summary.values()) {
            c[s.ordinal()] = number(p, s.key());
        }
        Map<String, Double> sparse = new TreeMap<>();
        for (String name : p.stringPropertyNames()) {
            if (name.startsWith("x.")) {
                sparse.put(name.substring(2), number(p, name));
            }
        }
        return new ConfidenceModel(w, sparse, number(p, "c.bias"), c,
                Double.parseDouble(p.getProperty("threshold", "0.5").strip()));
    }

    private static double number(Properties p, String key) {
        return Double.parseDouble(p.getProperty(key, "0").strip());
    }

    /** The model file's text, with {@code header} as leading comment lines. */
    public String write(String header) {
        StringBuilder out = new StringBuilder();
        header.lines().forEach(l -> out.append("# ").append(l).append('\n'));
        out.append("kind=").append(KIND).append('\n');
        out.append(String.format(Locale.ROOT, "threshold=%.4f%n", threshold));
        out.append("# The listwise score: one weight per signal, then the conjunctions seen in training.\n");
        for (AnswerFeature f : AnswerFeature.values()) {
            out.append(String.format(Locale.ROOT, "w.%s=%.5f%n", f.key(), weights[f.ordinal()]));
        }
        new TreeMap<>(conjunctions).forEach((k, v) -> {
            if (Math.abs(v) >= 5e-4) {
                out.append(String.format(Locale.ROOT, "x.%s=%.4f%n", escape(k), v));
            }
        });
        out.append("# The calibration of the best candidate: its score, share and margin, then its signals.\n");
        out.append(String.format(Locale.ROOT, "c.bias=%.5f%n", calibrationBias));
        for (Summary s : Summary.values()) {
            out.append(String.format(Locale.ROOT, "%s=%.5f%n", s.key(), calibration[s.ordinal()]));
        }
        for (AnswerFeature f : AnswerFeature.values()) {
            out.append(String.format(Locale.ROOT, "c.w.%s=%.5f%n", f.key(),
                    calibration[Summary.values().length + f.ordinal()]));
        }
        return out.toString();
    }

    /** A properties key with the characters {@link Properties} reads specially escaped. */
    private static String escape(String key) {
        StringBuilder b = new StringBuilder();
        for (char ch : key.toCharArray()) {
            if (ch == ' ' || ch == '=' || ch == ':' || ch == '#' || ch == '!' || ch == '\\') {
                b.append('\\');
            }
            if (ch > 126) {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    /** A candidate's listwise score: its signals and conjunctions, weighted. */
    public double score(double[] features, List<String> conjunctionNames) {
        double z = 0;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * features[i];
        }
        for (String name : conjunctionNames) {
            z += conjunctions.getOrDefault(name, 0.0);
        }
        return z;
    }

    /** A candidate's listwise score. */
    public double score(CandidateRanker.Measured m) {
        return score(m.features(), m.conjunctions());
    }

    /** What one signal or conjunction added to a candidate's score. */
    public record Contribution(String name, double value) {
    }

    /**
     * What each signal and conjunction of {@code m} contributed to its {@link #score}, largest
     * effect first; those that add nothing are left out. The contributions sum to the score.
     */
    public List<Contribution> explain(CandidateRanker.Measured m) {
        List<Contribution> out = new ArrayList<>();
        for (AnswerFeature f : AnswerFeature.values()) {
            double v = weights[f.ordinal()] * m.features()[f.ordinal()];
            if (v != 0) {
                out.add(new Contribution(f.key(), v));
            }
        }
        for (String name : m.conjunctions()) {
            double v = conjunctions.getOrDefault(name, 0.0);
            if (v != 0) {
                out.add(new Contribution(name, v));
            }
        }
        out.sort((a, b) -> Double.compare(Math.abs(b.value()), Math.abs(a.value())));
        return out;
    }

    /**
     * A question's candidates judged together: each one's softmax share (what orders them) and
     * the calibrated probability that the best one is right (what the threshold is set on).
     *
     * @param shares     each candidate's share, in the order given
     * @param best       the index of the best candidate (-1 when there are none)
     * @param confidence the probability that it is right
     */
    public record Judged(double[] shares, int best, double confidence) {
    }

    /** Judges a question's candidates. */
    public Judged judge(List<CandidateRanker.Measured> measured) {
        int n = measured.size();
        if (n == 0) {
            return new Judged(new double[0], -1, 0);
        }
        double[] scores = new double[n];
        List<Rivals.Place> places = new ArrayList<>(n);
        List<String> keys = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            CandidateRanker.Measured m = measured.get(i);
            scores[i] = score(m);
            places.add(Rivals.Place.of(m.candidate()));
            keys.add(m.candidate().key());
        }
        int best = best(scores);
        double[] inputs = calibrationInputs(scores, best, places, keys, measured.get(best).features());
        return new Judged(shares(scores), best, calibrated(inputs));
    }

    /** The calibrated probability of a best candidate with these {@link #calibrationInputs}. */
    public double calibrated(double[] inputs) {
        return logistic(calibrationBias, calibration, inputs);
    }

    /** σ(bias + w·x). */
    public static double logistic(double bias, double[] w, double[] x) {
        double z = bias;
        for (int i = 0; i < w.length; i++) {
            z += w[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The index of the highest score (the first of equals). */
    public static int best(double[] scores) {
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            best = scores[i] > scores[best] ? i : best;
        }
        return best;
    }

    /** The softmax of {@code scores}. */
    public static double[] shares(double[] scores) {
        double top = Arrays.stream(scores).max().orElse(0);
        double[] out = new double[scores.length];
        double all = 0;
        for (int i = 0; i < scores.length; i++) {
            out[i] = Math.exp(scores[i] - top);
            all += out[i];
        }
        for (int i = 0; i < scores.length; i++) {
            out[i] /= all;
        }
        return out;
    }

    /**
     * What the calibration reads of the best candidate {@code best} of a question: the
     * {@link Summary} of how it stands among the question's candidates, then its own signals.
     * Its variants (candidates overlapping it in its document, {@link Rivals}) and the same value
     * elsewhere share its value rather than compete with it.
     */
    public static double[] calibrationInputs(double[] scores, int best, List<Rivals.Place> places,
                                             List<String> keys, double[] bestFeatures) {
        double[] shares = shares(scores);
        double value = 0;
        double rival = Double.NEGATIVE_INFINITY;
        Rivals.Place at = places.get(best);
        String key = keys.get(best);
        for (int i = 0; i < scores.length; i++) {
            if (!Rivals.rival(at, places.get(i)) || keys.get(i).equals(key)) {
                value += shares[i];
            } else {
                rival = Math.max(rival, scores[i]);
            }
        }
        double[] x = new double[CALIBRATION_WIDTH];
        x[Summary.SCORE.ordinal()] = scores[best];
        x[Summary.SHARE.ordinal()] = shares[best];
        x[Summary.VALUE_SHARE.ordinal()] = value;
        x[Summary.MARGIN.ordinal()] = Math.min(MARGIN_CAP, scores[best] - rival);
        x[Summary.CANDIDATES.ordinal()] = Math.log(1 + scores.length) / 5;
        System.arraycopy(bestFeatures, 0, x, Summary.values().length, bestFeatures.length);
        return x;
    }

    /** The confidence below which the fit found answers too often wrong. */
    public double threshold() {
        return threshold;
    }

    public ConfidenceModel withThreshold(double newThreshold) {
        return new ConfidenceModel(weights, conjunctions, calibrationBias, calibration, newThreshold);
    }

    double[] weights() {
        return Arrays.copyOf(weights, weights.length);
    }
}
