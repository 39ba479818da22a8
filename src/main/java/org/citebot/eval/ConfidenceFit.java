package org.citebot.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.citebot.answer.score.CandidateRanker;
import org.citebot.answer.score.ConfidenceModel;
import org.citebot.answer.score.Rivals;

/**
 * Learns the {@link ConfidenceModel} from gold questions and measures it honestly: k-fold
 * cross-validation by article (no article's questions are both learned and judged), the
 * threshold chosen inside each training part (nested), and the figures reported on the held-out
 * parts only.
 *
 * <p>A candidate is labelled right when it matches a gold answer by the scorer's rules
 * ({@link AnswerMatch}); the question's answer is its most probable candidate, given when its
 * {@link ConfidenceModel#confidence confidence} reaches the threshold. The threshold is the one giving the most right answers
 * while the precision of the answers given stays at or above a target.
 */
public final class ConfidenceFit {

    /** The types whose F1 the answerer issue measures together. */
    public static final Set<String> CORE_TYPES = Set.of("QUANTITY", "DATE", "PERSON", "PLACE");

    /**
     * One candidate: its text, signals, how it matches the gold answers, and where it stands
     * ({@code where}: its document and span, to tell variants of one phrase from rivals).
     */
    public record Labelled(String text, double[] features, boolean correct, double f1, Rivals.Place where) {
    }

    /** One gold question with its candidates. */
    public record Example(String group, String goldType, boolean answerable, List<Labelled> candidates) {
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

    private final int folds;
    private final double targetPrecision;
    private final LogisticRegression regression;

    /**
     * @param folds           parts of the cross-validation (by article)
     * @param targetPrecision lowest acceptable precision of the answers given, in [0, 1]
     * @param penalty         the regression's L2 penalty
     */
    public ConfidenceFit(int folds, double targetPrecision, double penalty) {
        if (folds < 2) {
            throw new IllegalArgumentException("need at least 2 folds, got " + folds);
        }
        this.folds = folds;
        this.targetPrecision = targetPrecision;
        this.regression = new LogisticRegression(penalty);
    }

    /** Labels the candidates read for {@code gold} (grouped by {@code group}, e.g. its article). */
    public static Example example(String group, GoldQuestion gold, List<CandidateRanker.Measured> measured) {
        List<Labelled> out = new ArrayList<>();
        for (CandidateRanker.Measured m : measured) {
            String text = m.candidate().text();
            boolean right = !gold.unanswerable() && AnswerMatch.correct(text, gold.answers());
            double f1 = gold.answers().stream().mapToDouble(a -> AnswerMatch.f1(text, a)).max().orElse(0);
            out.add(new Labelled(text, m.features(), right, f1, Rivals.Place.of(m.candidate())));
        }
        return new Example(group, gold.type(), !gold.unanswerable(), out);
    }

    /** The model fitted on all of {@code data}, with the threshold its cross-validation chose. */
    public ConfidenceModel fitAll(List<Example> data) {
        double threshold = chooseThreshold(outOfFold(data));
        LogisticRegression.Fit fit = fit(data);
        return new ConfidenceModel(fit.bias(), fit.weights(), threshold);
    }

    /**
     * Held-out predictions of every question, the model and the threshold of each fold chosen
     * without its held-out articles (nested cross-validation).
     */
    public List<Prediction> nested(List<Example> data) {
        List<Prediction> out = new ArrayList<>();
        eachFold(data, (train, test) -> {
            double threshold = chooseThreshold(outOfFold(train));
            LogisticRegression.Fit fit = fit(train);
            for (Example e : test) {
                Prediction p = predict(fit, e);
                out.add(p.confidence() >= threshold ? p : new Prediction(e, -p.confidence(), p.correct(), p.f1()));
            }
        });
        return out;
    }

    /** Held-out predictions of every question (one level of cross-validation). */
    public List<Prediction> outOfFold(List<Example> data) {
        List<Prediction> out = new ArrayList<>();
        eachFold(data, (train, test) -> {
            LogisticRegression.Fit fit = fit(train);
            test.forEach(e -> out.add(predict(fit, e)));
        });
        return out;
    }

    /**
     * Hands {@code round} each fold's training questions and held-out questions, split by article;
     * a fold with nothing to train on or nothing held out is skipped.
     */
    private void eachFold(List<Example> data, java.util.function.BiConsumer<List<Example>, List<Example>> round) {
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

    /** The figures of {@code predictions} answered when their confidence reaches {@code threshold}. */
    public static Figures figures(List<Prediction> predictions, double threshold) {
        int answered = 0;
        int correct = 0;
        int core = 0;
        double coreF1 = 0;
        for (Prediction p : predictions) {
            boolean given = p.confidence() >= threshold && !p.example().candidates().isEmpty();
            boolean isCore = CORE_TYPES.contains(p.example().goldType());
            core += isCore ? 1 : 0;
            if (given) {
                answered++;
                correct += p.correct() ? 1 : 0;
                coreF1 += isCore ? p.f1() : 0;
            }
        }
        return new Figures(predictions.size(), answered, correct, core == 0 ? 0 : 100 * coreF1 / core, core);
    }

    /** The threshold giving the most right answers at the target precision (1 when none reaches it). */
    double chooseThreshold(List<Prediction> predictions) {
        List<Prediction> sorted = predictions.stream().filter(p -> !p.example().candidates().isEmpty())
                .sorted(Comparator.comparingDouble(Prediction::confidence).reversed()).toList();
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

    private LogisticRegression.Fit fit(List<Example> data) {
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (Example e : data) {
            for (Labelled c : e.candidates()) {
                x.add(c.features());
                y.add(c.correct());
            }
        }
        return regression.fit(x, y);
    }

    private static Prediction predict(LogisticRegression.Fit fit, Example e) {
        Labelled best = null;
        double top = -1;
        double[] p = new double[e.candidates().size()];
        for (int i = 0; i < p.length; i++) {
            Labelled c = e.candidates().get(i);
            p[i] = fit.probability(c.features());
            if (p[i] > top) {
                top = p[i];
                best = c;
            }
        }
        if (best == null) {
            return new Prediction(e, 0, false, 0);
        }
        double total = 0;
        for (int i = 0; i < p.length; i++) {
            total += Rivals.rival(best.where(), e.candidates().get(i).where()) ? p[i] : 0;
        }
        return new Prediction(e, ConfidenceModel.confidence(top, top + total), best.correct(), best.f1());
    }

    /** Articles dealt round-robin into the folds, in name order (deterministic). */
    private Map<String, Integer> folds(List<Example> data) {
        TreeSet<String> groups = new TreeSet<>();
        data.forEach(e -> groups.add(e.group()));
        Map<String, Integer> out = new TreeMap<>();
        int i = 0;
        for (String g : groups) {
            out.put(g, i++ % folds);
        }
        return out;
    }
}
