package org.citebot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.citebot.answer.score.AnswerFeature;
import org.citebot.answer.score.ConfidenceModel;
import org.citebot.answer.score.Rivals;
import org.citebot.text.Span;
import org.junit.jupiter.api.Test;

/** The listwise fit on invented questions whose right candidate a signal and a conjunction tell. */
class ConfidenceFitTest {

    /**
     * Questions of six candidates over 40 articles: the right one (when there is one) has a
     * higher {@link AnswerFeature#PROXIMITY} and, for « où » questions, the conjunction « after
     * à »; a third of the questions have no right candidate.
     */
    private static List<ConfidenceFit.Example> data(long seed) {
        Random random = new Random(seed);
        List<ConfidenceFit.Example> out = new ArrayList<>();
        for (int q = 0; q < 400; q++) {
            boolean answerable = q % 3 != 0;
            int right = answerable ? random.nextInt(6) : -1;
            List<ConfidenceFit.Labelled> cands = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                double[] f = new double[AnswerFeature.values().length];
                boolean isRight = i == right;
                f[AnswerFeature.PROXIMITY.ordinal()] = random.nextDouble() + (isRight ? 0.8 : 0);
                f[AnswerFeature.FIT.ordinal()] = random.nextDouble();
                String prev = isRight && random.nextDouble() < 0.8 || random.nextDouble() < 0.1 ? "à" : "le";
                cands.add(new ConfidenceFit.Labelled("c" + i, "c" + i, f, List.of("qw=où|prev=" + prev), isRight,
                        isRight ? 1 : 0, new Rivals.Place("d" + q, new Span(10 * i, 10 * i + 5))));
            }
            out.add(new ConfidenceFit.Example("art" + (q % 40), "PLACE", answerable, cands));
        }
        return out;
    }

    @Test
    void learnsWhatTellsTheRightCandidateAndCalibratesItsConfidence() {
        List<ConfidenceFit.Example> data = data(11);
        ConfidenceFit fit = new ConfidenceFit(4, 0.8, 1.0, 1.0, Set.of());
        ConfidenceFit.CrossValidation cv = fit.crossValidate(data);
        long reachable = data.stream().filter(e -> e.candidates().stream().anyMatch(ConfidenceFit.Labelled::correct))
                .count();
        ConfidenceFit.Figures all = ConfidenceFit.figures(cv.outOfFold(), 0);
        assertEquals(400, all.answered());
        assertTrue(all.correct() > 0.7 * reachable, all.format());
        ConfidenceFit.Figures nested = ConfidenceFit.figures(cv.nested(), 0);
        assertTrue(nested.answered() > 0 && nested.precision() >= 70, nested.format());

        ConfidenceModel model = fit.fitAll(data, cv);
        assertTrue(model.threshold() > 0 && model.threshold() <= 1, "threshold " + model.threshold());
        double[] near = new double[AnswerFeature.values().length];
        near[AnswerFeature.PROXIMITY.ordinal()] = 1.5;
        double[] far = new double[AnswerFeature.values().length];
        far[AnswerFeature.PROXIMITY.ordinal()] = 0.5;
        assertTrue(model.score(near, List.of()) > model.score(far, List.of()));
        assertTrue(model.score(far, List.of("qw=où|prev=à")) > model.score(far, List.of("qw=où|prev=le")),
                "the conjunction learned");
    }

    @Test
    void theBreakEvenRuleStopsWhereFurtherAnswersAreRightLessOftenThanTheTarget() {
        ConfidenceFit.Example e = new ConfidenceFit.Example("art", "PLACE", true, List.of(new ConfidenceFit.Labelled(
                "x", "x", new double[AnswerFeature.values().length], List.of(), true, 1.0, null)));
        boolean[] right = {true, true, true, true, false, true, true, true, false, false};
        List<ConfidenceFit.Prediction> predictions = new ArrayList<>();
        for (int i = 0; i < right.length; i++) {
            predictions.add(new ConfidenceFit.Prediction(e, 0.95 - 0.05 * i, right[i], right[i] ? 1 : 0));
        }
        // the most right answers keeping 80% on average: 7 of 8, down to 0.60
        assertEquals(0.60, new ConfidenceFit(4, 0.8, 1.0, 1.0, Set.of()).chooseThreshold(predictions), 1e-9);
        // right less 4 × wrong is highest (4) before the first wrong answer: 0.80
        assertEquals(0.80, new ConfidenceFit(4, 0.8, 1.0, 1.0, Set.of(), ConfidenceFit.ThresholdRule.BREAK_EVEN)
                .chooseThreshold(predictions), 1e-9);
        // nothing worth giving: no threshold below 1
        List<ConfidenceFit.Prediction> wrong = List.of(new ConfidenceFit.Prediction(e, 0.9, false, 0));
        assertEquals(1.0, new ConfidenceFit(4, 0.8, 1.0, 1.0, Set.of(), ConfidenceFit.ThresholdRule.BREAK_EVEN)
                .chooseThreshold(wrong), 1e-9);
    }

    @Test
    void anAblatedConjunctionFamilyGetsNoWeight() {
        List<ConfidenceFit.Example> data = data(5);
        ConfidenceFit fit = new ConfidenceFit(4, 0.8, 1.0, 1.0, Set.of("prev"));
        ConfidenceModel model = fit.fitAll(data);
        double[] x = new double[AnswerFeature.values().length];
        assertEquals(model.score(x, List.of("qw=où|prev=le")), model.score(x, List.of("qw=où|prev=à")), 1e-12);
    }
}
