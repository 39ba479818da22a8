package org.citebot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.citebot.answer.score.ConfidenceModel;
import org.citebot.eval.ConfidenceFit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fit --data GOLD=CORPUS[=CONFIG] …}: learns the answer confidence model from gold
 * questions, prints its cross-validated figures (by article, threshold chosen in each training
 * part) and, with {@code --out}, writes the model fitted on everything.
 *
 * <p>Refit the shipped model with (from the repository root):
 * <pre>
 * java -jar target/citebot.jar fit \
 *   --data ../shared/eval/seeds-train.jsonl=seeds=config \
 *   --data ../shared/eval/piaf-train/questions.jsonl=../shared/eval/piaf-train/corpus=EMPTY \
 *   --precision 0.80 --out src/main/resources/org/citebot/answer/score/confidence-model.properties
 * </pre>
 * where {@code EMPTY} is an empty folder (no corpus knowledge, as for unseen articles). Only the
 * training sets: the dev questions and PIAF dev stay held out.
 */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = "Learn the answer confidence model from gold questions (cross-validated by article).")
final class FitCommand implements Callable<Integer> {

    @Mixin
    TrainingOptions training;

    @Option(names = "--precision", defaultValue = "0.80",
            description = "Precision of the answers given that the threshold must keep (${DEFAULT-VALUE}).")
    double precision;

    @Option(names = "--threshold-rule", defaultValue = "MOST_RIGHT", paramLabel = "RULE",
            description = "How the threshold is chosen: MOST_RIGHT (the most right answers at --precision)"
                    + " or BREAK_EVEN (right less wrong answers weighed at --precision's break-even,"
                    + " 4 at 0.80; fewer, more precise answers). Default ${DEFAULT-VALUE}.")
    ConfidenceFit.ThresholdRule thresholdRule;

    @Option(names = "--penalty", defaultValue = "3.0",
            description = "L2 penalty of the listwise score (${DEFAULT-VALUE}).")
    double penalty;

    @Option(names = "--calibration-penalty", defaultValue = "10.0",
            description = "L2 penalty of the calibration of the best candidate (${DEFAULT-VALUE}).")
    double calibrationPenalty;

    @Option(names = "--without", split = ",", paramLabel = "NAME",
            description = "Leave out signals (their keys: hand.score) or conjunction families (prev, next, words,"
                    + " first, prevpos), for ablations; calibration.signals calibrates on the summary alone.")
    List<String> without = new ArrayList<>();

    @Option(names = "--from-dump", paramLabel = "FILE",
            description = "Read the labelled candidates from a file written by --dump instead of answering the"
                    + " questions again (the --data given are then only named in the model's header).")
    Path fromDump;

    @Option(names = "--negatives", defaultValue = "0.1", paramLabel = "RATIO",
            description = "Fraction of the answerable training questions also asked of the corpus without their"
                    + " fold's articles, as unanswerable examples the calibration and threshold learn to decline"
                    + " (0 to 1; ${DEFAULT-VALUE}, about seeds-train's own share of unanswerable questions, 13 to 95)."
                    + " With --from-dump, the fraction of the dump's negatives kept.")
    double negatives;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the model fitted on all the data here.")
    Path out;

    @Option(names = "--dump", paramLabel = "FILE",
            description = "Write every question's labelled candidates and signals here (JSON Lines), for analysis.")
    Path dump;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter o = spec.commandLine().getOut();
        if (!(negatives >= 0 && negatives <= 1)) {
            err.println("fit: --negatives wants a fraction between 0 and 1, got " + negatives);
            return 2;
        }
        List<ConfidenceFit.Example> examples = new ArrayList<>();
        List<String> questions = new ArrayList<>();
        if (fromDump != null) {
            if (!Files.isReadable(fromDump)) {
                err.println("fit: cannot read dump " + fromDump);
                return 2;
            }
            FitDump.read(fromDump, examples, questions);
            for (int i = examples.size() - 1; i >= 0; i--) {
                ConfidenceFit.Example e = examples.get(i);
                if (e.negative() && !ConfidenceFit.keep(e.group(), questions.get(i), negatives)) {
                    examples.remove(i);
                    questions.remove(i);
                }
            }
        } else {
            Integer bad = read(err, examples, questions);
            if (bad != null) {
                return bad;
            }
        }
        if (dump != null) {
            FitDump.write(dump, examples, questions);
        }
        ConfidenceFit fit = new ConfidenceFit(training.folds, precision, penalty, calibrationPenalty, Set.copyOf(without),
                thresholdRule);
        long reachable = examples.stream().filter(e -> e.candidates().stream().anyMatch(c -> c.correct())).count();
        long negativeCount = examples.stream().filter(ConfidenceFit.Example::negative).count();
        o.printf(Locale.ROOT, "questions %d, with a right candidate %d, candidates %d; negative examples %d of them%n",
                examples.size(), reachable, examples.stream().mapToInt(e -> e.candidates().size()).sum(), negativeCount);
        ConfidenceFit.CrossValidation cv = fit.crossValidate(examples);
        List<ConfidenceFit.Prediction> oof = cv.outOfFold();
        o.println("cross-validated, every question answered: " + ConfidenceFit.figures(oof, 0).format());
        for (double t : new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7}) {
            o.printf(Locale.ROOT, "  at %.2f: %s%n", t, ConfidenceFit.figures(oof, t).format());
        }
        for (String set : sets(oof)) {
            List<ConfidenceFit.Prediction> ofSet = oof.stream()
                    .filter(p -> !p.example().negative() && p.example().group().startsWith(set + ":")).toList();
            o.printf(Locale.ROOT, "  %s, every question answered: %s%n", set, ConfidenceFit.figures(ofSet, 0).format());
            for (double t : new double[] {0.3, 0.4, 0.5, 0.6, 0.7}) {
                o.printf(Locale.ROOT, "    at %.2f: %s%n", t, ConfidenceFit.figures(ofSet, t).format());
            }
        }
        int[] best = ConfidenceFit.bestAtPrecision(oof, precision);
        o.printf(Locale.ROOT, "  most right at precision >= %.2f (threshold chosen on these held-out answers): %d of %d%n",
                precision, best[1], best[0]);
        List<ConfidenceFit.Prediction> nestedPredictions = cv.nested();
        String nested = ConfidenceFit.figures(nestedPredictions, 0).format();
        o.println("cross-validated, threshold chosen per fold (nested): " + nested);
        StringBuilder perSet = new StringBuilder();
        List<ConfidenceFit.Prediction> real = nestedPredictions.stream().filter(p -> !p.example().negative()).toList();
        sets(real).forEach(set -> {
                    String line = "  " + set + ": " + ConfidenceFit.figures(real.stream()
                            .filter(p -> p.example().group().startsWith(set + ":")).toList(), 0).format();
                    o.println(line);
                    perSet.append('\n').append(line);
                });
        List<String> declining = List.of(
                "  answerable questions: " + ConfidenceFit.figures(real.stream()
                        .filter(p -> p.example().answerable()).toList(), 0).format(),
                "  unanswerable gold questions declined: " + declined(real.stream()
                        .filter(p -> !p.example().answerable()).toList()),
                "  negative examples (asked without their fold's articles) declined: " + declined(
                        nestedPredictions.stream().filter(p -> p.example().negative()).toList()));
        for (String line : declining) {
            o.println(line);
            perSet.append('\n').append(line);
        }
        ConfidenceModel model = fit.fitAll(examples, cv);
        o.printf(Locale.ROOT, "threshold chosen on all folds: %.4f%n", model.threshold());
        if (out != null) {
            String header = String.format(Locale.ROOT, """
                    The answer candidate model: a listwise score over the signals of
                    org.citebot.answer.score.AnswerFeature (keys w.<signal>) and the conjunctions of
                    org.citebot.answer.score.CandidateConjunctions (keys x.<name>), and the calibration of the best
                    candidate (keys c.*), fitted by `citebot fit` (see FitCommand and eval.ConfidenceFit).
                    Data: %s
                    Folds %d by article, target precision %.2f (threshold rule %s), L2 penalty %.2f, calibration penalty %.2f%s,
                    negative examples %.2f of the answerable questions (asked without their fold's articles).
                    Cross-validated, every question answered: %s
                    Cross-validated (nested, threshold chosen per fold): %s%s""", training.named(), training.folds,
                    precision, thresholdRule, penalty, calibrationPenalty, without.isEmpty() ? "" : ", without " + without, negatives,
                    ConfidenceFit.figures(oof, 0).format(), nested, perSet);
            Files.writeString(out, model.write(header), StandardCharsets.UTF_8);
            o.println("model written to " + out);
        }
        o.flush();
        return 0;
    }

    /** Reads the --data sets: every question's candidates labelled; an exit code when one cannot be read. */
    private Integer read(PrintWriter err, List<ConfidenceFit.Example> examples, List<String> questions)
            throws IOException {
        List<GoldData> sets;
        try {
            sets = GoldData.parse(training.data);
        } catch (IllegalArgumentException e) {
            err.println("fit: " + e.getMessage());
            return 2;
        }
        for (GoldData set : sets) {
            set.forEachQuestion((g, bot) -> {
                examples.add(ConfidenceFit.example(set.group(g), g, bot.candidates(g.question())));
                questions.add(g.question());
            });
        }
        if (negatives > 0) {
            List<String> groups = new ArrayList<>();
            for (GoldData set : sets) {
                set.questions().forEach(g -> groups.add(set.group(g)));
            }
            Map<String, Integer> fold = ConfidenceFit.folds(groups, training.folds);
            for (GoldData set : sets) {
                for (NegativeQuestions.Round round : NegativeQuestions.rounds(set, fold, training.folds, negatives)) {
                    set.forEachWithout(round.without(), round.questions(), (g, bot) -> {
                        examples.add(ConfidenceFit.negative(set.group(g), g, bot.candidates(g.question())));
                        questions.add(g.question());
                    });
                }
            }
        }
        return null;
    }

    /** The training sets of {@code predictions} (their groups' prefixes), in order of first appearance. */
    private static List<String> sets(List<ConfidenceFit.Prediction> predictions) {
        return predictions.stream().map(p -> p.example().group().substring(0, p.example().group().indexOf(':')))
                .distinct().toList();
    }

    /** « declined N of M (P%) » of {@code predictions} at their own threshold (nested: declined ones negated). */
    private static String declined(List<ConfidenceFit.Prediction> predictions) {
        int n = predictions.size();
        int declined = n - ConfidenceFit.figures(predictions, 0).answered();
        return String.format(Locale.ROOT, "%d of %d (%.1f%%)", declined, n, n == 0 ? 0 : 100.0 * declined / n);
    }
}
