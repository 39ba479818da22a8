package org.citebot.answer.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ConfidenceModelTest {

    private static double[] signals(AnswerFeature f, double value) {
        double[] x = new double[AnswerFeature.values().length];
        x[f.ordinal()] = value;
        return x;
    }

    @Test
    void readsWeightsByNameAndWritesThemBack() throws IOException {
        ConfidenceModel m = ConfidenceModel.read(new StringReader("threshold=0.3\nbias=-1\nw.fit=2\n"));
        assertEquals(0.3, m.threshold(), 1e-12);
        assertEquals(1 / (1 + Math.exp(-1)), m.probability(signals(AnswerFeature.FIT, 1)), 1e-12);
        ConfidenceModel again = ConfidenceModel.read(new StringReader(m.write("test")));
        assertEquals(m.probability(signals(AnswerFeature.FIT, 0.5)), again.probability(signals(AnswerFeature.FIT, 0.5)),
                1e-9);
    }

    @Test
    void theShippedModelNamesEverySignalAndPrefersAFittingCandidate() {
        ConfidenceModel m = ConfidenceModel.shipped();
        assertTrue(m.threshold() > 0 && m.threshold() < 1, "threshold " + m.threshold());
        double[] weak = signals(AnswerFeature.FIT, 0.1);
        double[] strong = signals(AnswerFeature.FIT, 1.0);
        strong[AnswerFeature.SENTENCE_COVERAGE_RELATIVE.ordinal()] = 1;
        strong[AnswerFeature.BEST_SENTENCE.ordinal()] = 1;
        strong[AnswerFeature.PROXIMITY.ordinal()] = 0.8;
        assertTrue(m.probability(strong) > m.probability(weak));
    }

    @Test
    void onlyTheLogisticKindIsRead() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfidenceModel.read(new StringReader("kind=hand\nthreshold=0.2\n")));
        assertTrue(e.getMessage().contains("delete this file"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ConfidenceModel.read(new StringReader("kind=magic\n")));
    }

    @Test
    void competingCandidatesLowerTheConfidence() {
        assertEquals(0.6, ConfidenceModel.confidence(0.6, 0.6), 1e-12);
        assertTrue(ConfidenceModel.confidence(0.6, 1.8) < 0.6);
        assertEquals(0, ConfidenceModel.confidence(0, 0), 1e-12);
    }
}
