package org.citebot.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.citebot.learn.Lbfgs;
import org.citebot.learn.ListwiseSoftmax;
import org.citebot.answer.score.AnswerFeature;
import org.citebot.answer.score.CandidateRanker;
import org.citebot.answer.score.ConfidenceModel;
import org.citebot.answer.score.Rivals;

/**
 * Learns the listwise {@link ConfidenceModel} from gold questions and measures it honestly:
 * k-fold cross-validation by article (no article's questions are both learned and judged), the
 * calibration and the threshold chosen inside each training part (nested), and the figures
 * reported on the held-out parts only.
 *
 * <p>A candidate is labelled right when it matches a gold answer by the scorer's rules
 * ({@link AnswerMatch}). The score's weights maximise, over the questions that have a right
 * candidate, the log of the softmax mass their candidates' scores put on the right ones, less an
 * L2 penalty (as the sentence ranker is fitted, {@code org.citebot.rank.SentenceRankerTrainer}).
 * The calibration is a logistic regression of whether the best candidate was right over its
 * {@link ConfidenceModel#calibrationInputs inputs}, fitted on scores of questions held out of the
 * score's fit (folds by article), every question counting, those with no right candidate too;
 * the model given is the mean of the folds' weights, whose held-out scores the calibration saw. The
 * threshold is chosen by a {@link ThresholdRule}: by default the one giving the most right answers
 * while the precision of the answers given stays at or above a target.
 */
public final class ConfidenceFit {

    /** How the threshold is chosen on held-out predictions, for a target precision p. */
    public enum ThresholdRule {
        /** The most right answers while the answers given keep precision p on average. */
        MOST_RIGHT,
        /**
         * The most right answers less the wrong ones weighed at p's break-even, p / (1 − p) (4 at
         * 80%): answers stop where further ones are right less often than p, so the answers given
         * are more precise than p and fewer (docs/EXPERIMENTS.md, « The threshold », session 11).
         */
        BREAK_EVEN
    }

    /** The types whose F1 the answerer issue measures together. */
    public static final Set<String> CORE_TYPES = Set.of("QUANTITY", "DATE", "PERSON", "PLACE");
    /** Conjunctions seen on fewer candidates than this get no weight: too rare to learn. */
    public static final int MIN_CONJUNCTION_COUNT = 20;

    /**
     * One candidate: its text and value key, signals, conjunctions, how it matches the gold
     * answers, and where it stands ({@code where}: its document and span, to tell variants of one
     * phrase from rivals).
     */
    public record Labelled(String text, String key, double[] features, List<String> conjunctions, boolean correct,
                           double f1, Rivals.Place where) {
    }

    /**
     * One gold question with its candidates. A {@code negative} example is a training question
     * asked of the corpus without its gold articles (see {@link #negative}): unanswerable, it
     * teaches the calibration and the threshold what an answer the articles do not hold looks like.
     */
    public record Example(String group, String goldType, boolean answerable, List<Labelled> candidates,
                          boolean negative) {

        public Example(String group, String goldType, boolean answerable, List<Labelled> candidates) {
            this(group, goldType, answerable, candidates, false);
        }
    }

    /** What the answerer would reply to one question under a model: its confidence and how good it is. */
    public record Prediction(Example example, double confidence, boolean correct, double f1) {
    }

    /** Figures of a set of predictions at one threshold. */
    public record Figures(int questions, int answered, int correct, double coreF1, int coreQuestions) {

        public double precision() {
            return answered == 0 ? 0 : 100.0 * correct / answered;
        }

        public String format() {
            return String.format(Locale.ROOT, "answered %d/%d, correct %d, precision %.1f%%, core F1 %.1f (%d questions)",
                    answered, questions, correct, precision(), coreF1, coreQuestions);
        }
    }

    /**
     * The cross-validated predictions: {@code outOfFold} by the model of each fold (its
     * calibration fitted within its training part), {@code nested} the same answered only when
     * they reach the threshold chosen within the training part (declined ones carry their
     * confidence negated), each question's held-out scores under its fold's weights, and those
     * weights.
     */
    public record CrossValidation(List<Prediction> outOfFold, List<Prediction> nested,
                                  Map<Example, double[]> heldOutScores, List<Weights> models) {
    }

    /** Fitted listwise weights: one per signal, and the conjunctions' by name. */
    public record Weights(double[] dense, Map<String, Double> sparse) {
    }

    /** A question coded for fitting: its candidates' signals, conjunction indices and labels. */
    private record Coded(Example example, double[][] x, int[][] sparse, boolean[] right, boolean reachable) {
    }

    private final int folds;
    private final double targetPrecision;
    private final ThresholdRule thresholdRule;
    private final double penalty;
    private final double calibrationPenalty;
    private final Set<String> without;

    /**
     * @param folds              parts of the cross-validation (by article)
     * @param targetPrecision    lowest acceptable precision of the answers given, in [0, 1]
     * @param penalty            the listwise fit's L2 penalty
     * @param calibrationPenalty the calibration's L2 penalty
     * @param without            signals (their keys) and conjunction families (« prev », « kind »…) left
     *                           out, for ablations; « calibration.signals » calibrates on the summary alone
     */
    public ConfidenceFit(int folds, double targetPrecision, double penalty, double calibrationPenalty,
                         Set<String> without) {
        this(folds, targetPrecision, penalty, calibrationPenalty, without, ThresholdRule.MOST_RIGHT);
    }

    /** As above, the threshold chosen by {@code thresholdRule}. */
    public ConfidenceFit(int folds, double targetPrecision, double penalty, double calibrationPenalty,
                         Set<String> without, ThresholdRule thresholdRule) {
        if (folds < 2) {
            throw new IllegalArgumentException("need at least 2 folds, got " + folds);
        }
        this.folds = folds;
        this.targetPrecision = targetPrecision;
        this.penalty = penalty;
        this.calibrationPenalty = calibrationPenalty;
        this.without = Set.copyOf(without);
        this.thresholdRule = thresholdRule;
    }

    public ConfidenceFit(int folds, double targetPrecision, double penalty) {
        this(folds, targetPrecision, penalty, 1.0, Set.of());
    }

    /** Labels the candidates read for {@code gold} (grouped by {@code group}, e.g. its article). */
    public static Example example(String group, GoldQuestion gold, List<CandidateRanker.Measured> measured) {
        List<Labelled> out = new ArrayList<>();
        for (CandidateRanker.Measured m : measured) {
            String text = m.candidate().text();
            boolean right = !gold.unanswerable() && AnswerMatch.correct(text, gold.answers());
            double f1 = gold.answers().stream().mapToDouble(a -> AnswerMatch.f1(text, a)).max().orElse(0);
            out.add(new Labelled(text, m.candidate().key(), m.features(), m.conjunctions(), right, f1,
                    Rivals.Place.of(m.candidate())));
        }
        return new Example(group, gold.type(), !gold.unanswerable(), out);
    }

    /**
     * A negative example: {@code gold} asked of the corpus without its gold articles, so that
     * none of the {@code measured} candidates can be its answer. Labelled unanswerable, every
     * candidate wrong, it never enters the listwise loss (no right candidate) but enters the
     * calibration and the threshold choice as a wrong answer when answered. It keeps the
     * question's {@code group} (its article), so it is held out with the question's fold.
     */
    public static Example negative(String group, GoldQuestion gold, List<CandidateRanker.Measured> measured) {
        List<Labelled> out = new ArrayList<>();
        for (CandidateRanker.Measured m : measured) {
            out.add(new Labelled(m.candidate().text(), m.candidate().key(), m.features(), m.conjunctions(), false, 0,
                    Rivals.Place.of(m.candidate())));
        }
        return new Example(group, gold.type(), false, out, true);
    }

    /**
     * Whether the negative example of {@code question} (of article {@code group}) is kept when a
     * fraction {@code ratio} of them is wanted: decided by a fixed hash of the two, so that the
     * same negatives are kept whether they are asked afresh or read from a dump, whatever order.
     */
    public static boolean keep(String group, String question, double ratio) {
        if (ratio >= 1) {
            return true;
        }
        long h = 1125899906842597L;
        for (char c : (group + "\n" + question).toCharArray()) {
            h = 31 * h + c;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (h >>> 11) * 0x1.0p-53 < ratio;
    }

    /**
     * The fold of each article ({@code groups}): dealt round-robin in name order, as the
     * cross-validation deals them, so that the negative examples of a fold can be asked of a
     * corpus without that fold's articles.
     */
    public static Map<String, Integer> folds(java.util.Collection<String> groups, int folds) {
        Map<String, Integer> out = new TreeMap<>();
        int i = 0;
        for (String g : new TreeSet<>(groups)) {
            out.put(g, i++ % folds);
        }
        return out;
    }

    /**
     * Cross-validates the model by article (see {@link CrossValidation}). Each held-out part is
     * scored by the mean of the weights fitted on the inner folds of its training part, the
     * models whose held-out scores its calibration and threshold are fitted on: a model fitted on
     * more questions scores more sharply than those its calibration saw, and its answers turned
     * out less precise than the threshold promised (nested 73% for 80% asked).
     */
    public CrossValidation crossValidate(List<Example> data) {
        Map<Example, Coded> coded = code(data);
        List<Prediction> oof = new ArrayList<>();
        List<Prediction> nested = new ArrayList<>();
        Map<Example, double[]> scores = new IdentityHashMap<>();
        List<Weights> outer = new ArrayList<>();
        eachFold(data, (train, test) -> {
            List<Weights> models = new ArrayList<>();
            Map<Example, double[]> inner = heldOutScores(train, coded, models);
            Weights committee = mean(models);
            Calibration cal = calibrate(train, inner);
            double threshold = chooseThreshold(calibratedHeldOut(train, inner));
            Weights own = weights(train, coded);
            outer.add(own);
            for (Example e : test) {
                scores.put(e, scores(own, coded.get(e)));
                Prediction p = predict(e, scores(committee, coded.get(e)), cal);
                oof.add(p);
                nested.add(p.confidence() >= threshold ? p : new Prediction(e, -p.confidence(), p.correct(), p.f1()));
            }
        });
        return new CrossValidation(oof, nested, scores, outer);
    }

    /**
     * The model of {@code cv}: the mean of the weights fitted on each fold's training part,
     * calibrated on the scores they gave their held-out parts, with the threshold those choose.
     */
    public ConfidenceModel fitAll(List<Example> data, CrossValidation cv) {
        Weights w = mean(cv.models());
        Calibration cal = calibrate(data, cv.heldOutScores());
        double threshold = chooseThreshold(calibratedHeldOut(data, cv.heldOutScores()));
        Map<String, Double> sparse = new TreeMap<>();
        w.sparse().forEach((k, v) -> {
            if (v != 0) {
                sparse.put(k, v);
            }
        });
        return new ConfidenceModel(w.dense(), sparse, cal.bias(), cal.weights(), threshold);
    }

    /** The model fitted on all of {@code data} (see {@link #fitAll(List, CrossValidation)}). */
    public ConfidenceModel fitAll(List<Example> data) {
        return fitAll(data, crossValidate(data));
    }

    /**
     * Each question's prediction from its held-out {@code scores}, calibrated without its fold's
     * articles too: the threshold is chosen on these. Chosen on the calibration's own questions,
     * it was too low (the calibration reads a hundred signals and fits its questions better than
     * new ones): nested precision 73% for 80% asked.
     */
    private List<Prediction> calibratedHeldOut(List<Example> data, Map<Example, double[]> scores) {
        List<Prediction> out = new ArrayList<>();
        eachFold(data, (train, test) -> out.addAll(predict(test, scores, calibrate(train, scores))));
        return out;
    }

    /** The mean of fitted weights. */
    private static Weights mean(List<Weights> models) {
        double[] dense = new double[AnswerFeature.values().length];
        Map<String, Double> sparse = new HashMap<>();
        for (Weights m : models) {
            for (int k = 0; k < dense.length; k++) {
                dense[k] += m.dense()[k] / models.size();
            }
            m.sparse().forEach((name, v) -> sparse.merge(name, v / models.size(), Double::sum));
        }
        return new Weights(dense, sparse);
    }

    /**
     * Hands {@code round} each fold's training questions and held-out questions, split by article;
     * a fold with nothing to train on or nothing held out is skipped.
     */
    private void eachFold(List<Example> data, BiConsumer<List<Example>, List<Example>> round) {
        Map<String, Integer> fold = folds(data);
        for (int k = 0; k < folds; k++) {
            int held = k;
            List<Example> train = data.stream().filter(e -> fold.get(e.group()) != held).toList();
            List<Example> test = data.stream().filter(e -> fold.get(e.group()) == held).toList();
            if (!test.isEmpty() && !train.isEmpty()) {
                round.accept(train, test);
            }
        }
    }

    /**
     * Each question's scores under weights fitted without its fold's articles (inner folds of
     * {@code data}); the weights of each fold are added to {@code models}.
     */
    private Map<Example, double[]> heldOutScores(List<Example> data, Map<Example, Coded> coded, List<Weights> models) {
        Map<Example, double[]> out = new IdentityHashMap<>();
        eachFold(data, (train, test) -> {
            Weights w = weights(train, coded);
            models.add(w);
            test.forEach(e -> out.put(e, scores(w, coded.get(e))));
        });
        return out;
    }

    /** The figures of {@code predictions} answered when their confidence reaches {@code threshold}. */
    public static Figures figures(List<Prediction> predictions, double threshold) {
        int answered = 0;
        int correct = 0;
        int core = 0;
        double coreF1 = 0;
        for (Prediction p : predictions) {
            boolean given = p.confidence() >= threshold && !p.example().candidates().isEmpty();
            boolean isCore = CORE_TYPES.contains(p.example().goldType()) && !p.example().negative();
            core += isCore ? 1 : 0;
            if (given) {
                answered++;
                correct += p.correct() ? 1 : 0;
                coreF1 += isCore ? p.f1() : 0;
            }
        }
        return new Figures(predictions.size(), answered, correct, core == 0 ? 0 : 100 * coreF1 / core, core);
    }

    /**
     * The most right answers {@code predictions} give at precision {@code target} or more, and
     * how many are then given: {answered, right}; the threshold is chosen on the same predictions,
     * an optimistic figure for comparing orders of confidence.
     */
    public static int[] bestAtPrecision(List<Prediction> predictions, double target) {
        List<Prediction> sorted = predictions.stream().filter(p -> !p.example().candidates().isEmpty())
                .sorted(Comparator.comparingDouble(Prediction::confidence).reversed()).toList();
        int[] best = {0, 0};
        int correct = 0;
        for (int i = 0; i < sorted.size(); i++) {
            correct += sorted.get(i).correct() ? 1 : 0;
            boolean lastOfTie = i + 1 == sorted.size() || sorted.get(i + 1).confidence() < sorted.get(i).confidence();
            if (lastOfTie && correct >= target * (i + 1) && correct > best[1]) {
                best = new int[] {i + 1, correct};
            }
        }
        return best;
    }

    /**
     * The threshold {@link #thresholdRule} chooses at the target precision (1 when no answer is
     * worth giving).
     */
    double chooseThreshold(List<Prediction> predictions) {
        List<Prediction> sorted = predictions.stream().filter(p -> !p.example().candidates().isEmpty())
                .sorted(Comparator.comparingDouble(Prediction::confidence).reversed()).toList();
        return thresholdRule == ThresholdRule.BREAK_EVEN ? breakEven(sorted) : mostRight(sorted);
    }

    /** The most right answers at the target precision, over predictions by falling confidence. */
    private double mostRight(List<Prediction> sorted) {
        double best = 1.0;
        int bestCorrect = 0;
        int answered = 0;
        int correct = 0;
        for (int i = 0; i < sorted.size(); i++) {
            answered++;
            correct += sorted.get(i).correct() ? 1 : 0;
            boolean lastOfTie = i + 1 == sorted.size() || sorted.get(i + 1).confidence() < sorted.get(i).confidence();
            if (lastOfTie && correct >= targetPrecision * answered && correct > bestCorrect) {
                bestCorrect = correct;
                best = sorted.get(i).confidence();
            }
        }
        return best;
    }

    /** Right answers less wrong ones at the target's break-even odds, over predictions by falling confidence. */
    private double breakEven(List<Prediction> sorted) {
        double cost = targetPrecision / (1 - targetPrecision);
        double best = 1.0;
        double bestValue = 0;
        double value = 0;
        for (int i = 0; i < sorted.size(); i++) {
            value += sorted.get(i).correct() ? 1 : -cost;
            boolean lastOfTie = i + 1 == sorted.size() || sorted.get(i + 1).confidence() < sorted.get(i).confidence();
            if (lastOfTie && value > bestValue) {
                bestValue = value;
                best = sorted.get(i).confidence();
            }
        }
        return best;
    }

    // ---- coding ----------------------------------------------------------------------------

    /** The conjunctions seen on at least {@link #MIN_CONJUNCTION_COUNT} candidates of real questions, in name order. */
    private List<String> vocabulary(List<Example> data) {
        Map<String, Integer> counts = new HashMap<>();
        for (Example e : data) {
            if (e.negative()) { // the same vocabulary, hence the same listwise score, with negatives or without
                continue;
            }
            for (Labelled c : e.candidates()) {
                for (String name : c.conjunctions()) {
                    if (kept(name)) {
                        counts.merge(name, 1, Integer::sum);
                    }
                }
            }
        }
        return counts.entrySet().stream().filter(en -> en.getValue() >= MIN_CONJUNCTION_COUNT)
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** Whether a conjunction's family is not left out. */
    private boolean kept(String name) {
        for (String family : without) {
            if (name.contains("|" + family + "=")) {
                return false;
            }
        }
        return true;
    }

    private List<String> vocabulary;

    private Map<Example, Coded> code(List<Example> data) {
        vocabulary = vocabulary(data);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            index.put(vocabulary.get(i), i);
        }
        boolean[] dropped = new boolean[AnswerFeature.values().length];
        for (AnswerFeature f : AnswerFeature.values()) {
            dropped[f.ordinal()] = without.contains(f.key());
        }
        Map<Example, Coded> out = new IdentityHashMap<>();
        for (Example e : data) {
            int n = e.candidates().size();
            double[][] x = new double[n][];
            int[][] sp = new int[n][];
            boolean[] right = new boolean[n];
            boolean reachable = false;
            for (int i = 0; i < n; i++) {
                Labelled c = e.candidates().get(i);
                x[i] = c.features().clone();
                for (int k = 0; k < dropped.length; k++) {
                    x[i][k] = dropped[k] ? 0 : x[i][k];
                }
                sp[i] = c.conjunctions().stream().map(index::get).filter(java.util.Objects::nonNull)
                        .mapToInt(Integer::intValue).toArray();
                right[i] = c.correct();
                reachable |= c.correct();
            }
            out.put(e, new Coded(e, x, sp, right, reachable));
        }
        return out;
    }

    // ---- the listwise score ----------------------------------------------------------------

    private Weights weights(List<Example> train, Map<Example, Coded> coded) {
        List<Coded> reachable = train.stream().map(coded::get).filter(Coded::reachable).toList();
        int dense = AnswerFeature.values().length;
        int d = dense + vocabulary.size();
        double[] w = Lbfgs.minimise(v -> listwiseLoss(reachable, v, dense), new double[d]);
        Map<String, Double> sparse = new HashMap<>();
        for (int j = 0; j < vocabulary.size(); j++) {
            sparse.put(vocabulary.get(j), w[dense + j]);
        }
        return new Weights(java.util.Arrays.copyOf(w, dense), sparse);
    }

    private Lbfgs.Value listwiseLoss(List<Coded> questions, double[] w, int dense) {
        double loss = 0;
        double[] grad = new double[w.length];
        for (Coded q : questions) {
            int n = q.x().length;
            double[] s = new double[n];
            for (int i = 0; i < n; i++) {
                s[i] = score(w, dense, q.x()[i], q.sparse()[i]);
            }
            double[] coef = new double[n];
            loss += ListwiseSoftmax.loss(s, q.right(), coef);
            for (int i = 0; i < n; i++) {
                if (coef[i] != 0) {
                    double[] x = q.x()[i];
                    for (int k = 0; k < dense; k++) {
                        grad[k] += coef[i] * x[k];
                    }
                    for (int j : q.sparse()[i]) {
                        grad[dense + j] += coef[i];
                    }
                }
            }
        }
        for (int k = 0; k < w.length; k++) {
            loss += 0.5 * penalty * w[k] * w[k];
            grad[k] += penalty * w[k];
        }
        return new Lbfgs.Value(loss, grad);
    }

    private static double score(double[] w, int dense, double[] x, int[] sparse) {
        double z = 0;
        for (int k = 0; k < dense; k++) {
            z += w[k] * x[k];
        }
        for (int j : sparse) {
            z += w[dense + j];
        }
        return z;
    }

    private static double[] scores(Weights w, Coded q) {
        int n = q.x().length;
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            double z = 0;
            for (int k = 0; k < w.dense().length; k++) {
                z += w.dense()[k] * q.x()[i][k];
            }
            for (String name : q.example().candidates().get(i).conjunctions()) {
                z += w.sparse().getOrDefault(name, 0.0);
            }
            s[i] = z;
        }
        return s;
    }

    // ---- the calibration -------------------------------------------------------------------

    private record Calibration(double bias, double[] weights) {
    }

    private double[] inputs(Example e, double[] scores) {
        int best = ConfidenceModel.best(scores);
        List<Rivals.Place> places = e.candidates().stream().map(Labelled::where).toList();
        List<String> keys = e.candidates().stream().map(Labelled::key).toList();
        double[] x = ConfidenceModel.calibrationInputs(scores, best, places, keys, e.candidates().get(best).features());
        int summary = ConfidenceModel.Summary.values().length;
        for (AnswerFeature f : AnswerFeature.values()) {
            if (without.contains("calibration.signals") || without.contains(f.key())) {
                x[summary + f.ordinal()] = 0;
            }
        }
        return x;
    }

    private Calibration calibrate(List<Example> data, Map<Example, double[]> scores) {
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (Example e : data) {
            double[] s = scores.get(e);
            if (s == null || s.length == 0) {
                continue;
            }
            x.add(inputs(e, s));
            y.add(e.candidates().get(ConfidenceModel.best(s)).correct());
        }
        if (x.isEmpty()) { // too few articles for inner folds: no confidence at all
            return new Calibration(-10, new double[ConfidenceModel.CALIBRATION_WIDTH]);
        }
        LogisticRegression.Fit fit = new LogisticRegression(calibrationPenalty).fit(x, y);
        return new Calibration(fit.bias(), fit.weights());
    }

    private Prediction predict(Example e, double[] scores, Calibration cal) {
        if (scores.length == 0) {
            return new Prediction(e, 0, false, 0);
        }
        Labelled best = e.candidates().get(ConfidenceModel.best(scores));
        double p = ConfidenceModel.logistic(cal.bias(), cal.weights(), inputs(e, scores));
        return new Prediction(e, p, best.correct(), best.f1());
    }

    private List<Prediction> predict(List<Example> data, Map<Example, double[]> scores, Calibration cal) {
        List<Prediction> out = new ArrayList<>();
        for (Example e : data) {
            double[] s = scores.get(e);
            out.add(predict(e, s == null ? new double[0] : s, cal));
        }
        return out;
    }

    /** Articles dealt round-robin into the folds, in name order (deterministic). */
    private Map<String, Integer> folds(List<Example> data) {
        return folds(data.stream().map(Example::group).toList(), folds);
    }
}
