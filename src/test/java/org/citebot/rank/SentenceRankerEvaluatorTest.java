package org.citebot.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ranker's evaluator, trainer and cross-validator on pools made up for them. */
class SentenceRankerEvaluatorTest {

    private static final int D = SentenceFeature.values().length;

    /** A pool of {@code n} sentences where only sentence {@code answer} has the coverage signal. */
    private static LabelledPool pool(String group, int n, int answer, boolean noisy) {
        double[][] x = new double[n][D];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i][SentenceFeature.SENTENCE_COVERAGE.ordinal()] = i == answer ? 0.9 : 0.2;
            // the retriever prefers the first sentence, right or not
            x[i][SentenceFeature.RETRIEVAL_RANK.ordinal()] = 1.0 / (1 + i);
            if (noisy && i == 0) {
                x[i][SentenceFeature.SENTENCE_COVERAGE.ordinal()] = 0.95;
            }
            y[i] = i == answer;
        }
        return new LabelledPool(group, "q", x, y);
    }

    private static List<LabelledPool> pools() {
        List<LabelledPool> out = new ArrayList<>();
        for (int q = 0; q < 60; q++) {
            out.add(pool("article" + q % 6, 6, 1 + q % 4, false));
        }
        return out;
    }

    @Test
    void countsTheFirstAndFirstThreeSentencesThatHoldTheAnswer() {
        List<LabelledPool> pools = List.of(pool("a", 4, 0, false), pool("a", 4, 2, false), pool("b", 4, 3, false),
                new LabelledPool("b", "q", new double[2][D], new boolean[2]));
        List<double[]> scores = List.of(new double[] {3, 2, 1, 0}, new double[] {3, 2, 1, 0},
                new double[] {3, 2, 1, 0}, new double[] {1, 0});
        var f = SentenceRankerEvaluator.of(pools, scores);
        assertEquals(new SentenceRankerEvaluator.Figures(4, 3, 1, 2), f);
        assertTrue(f.format().contains("top1 1 (25.0%)"), f.format());
    }

    @Test
    void tiesKeepThePoolsOrder() {
        assertEquals(List.of(1, 0, 2), java.util.Arrays.stream(SentenceRankerEvaluator.order(new double[] {1, 2, 1}))
                .boxed().toList());
    }

    @Test
    void theTrainerLearnsTheSignalThatFindsTheAnswer() {
        List<LabelledPool> pools = pools();
        SentenceRanker ranker = new SentenceRankerTrainer(0.1, 3).train(pools);
        assertEquals(60, SentenceRankerEvaluator.evaluate(ranker, pools).top1());
        assertTrue(ranker.weights()[SentenceFeature.SENTENCE_COVERAGE.ordinal()] > 0);
    }

    @Test
    void heldOutFiguresComeFromFoldsThatNeverSawTheArticle() {
        List<LabelledPool> pools = new ArrayList<>(pools());
        // one article whose answers the retriever's first sentence holds: nothing else teaches that
        for (int q = 0; q < 5; q++) {
            pools.add(pool("odd", 6, 0, true));
        }
        var result = new SentenceRankerCrossValidator(new SentenceRankerTrainer(0.1, 3), 3).evaluate(pools);
        assertEquals(65, result.heldOut().questions());
        assertEquals(65, result.heldOut().top1());
        assertTrue(result.fitted().top1() >= result.heldOut().top1());
        assertTrue(result.calibration().contains("questions"), result.calibration());
    }

    @Test
    void theFoldsFiguresAddUpToTheHeldOutOnes() {
        List<LabelledPool> pools = new ArrayList<>(pools());
        for (int q = 0; q < 5; q++) {
            pools.add(pool("odd", 6, 0, true));
        }
        var result = new SentenceRankerCrossValidator(new SentenceRankerTrainer(0.1, 3), 3).evaluate(pools);
        assertEquals(3, result.perFold().size());
        assertEquals(result.heldOut().questions(), result.perFold().stream().mapToInt(f -> f.questions()).sum());
        assertEquals(result.heldOut().top1(), result.perFold().stream().mapToInt(f -> f.top1()).sum());
        assertEquals(result.heldOut().top3(), result.perFold().stream().mapToInt(f -> f.top3()).sum());
        assertEquals(3, result.formatFolds().split(" ").length, result.formatFolds());
        assertTrue(result.formatFolds().matches("(\\d+\\.\\d/\\d+\\.\\d ?){3}"), result.formatFolds());
    }
}
