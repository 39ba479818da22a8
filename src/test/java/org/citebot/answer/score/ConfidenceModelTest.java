package org.citebot.answer.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.citebot.answer.Candidate;
import org.citebot.index.Passage;
import org.citebot.index.ScoredPassage;
import org.citebot.question.AnswerType;
import org.citebot.text.Span;
import org.junit.jupiter.api.Test;

class ConfidenceModelTest {

    private static double[] signals(AnswerFeature f, double value) {
        double[] x = new double[AnswerFeature.values().length];
        x[f.ordinal()] = value;
        return x;
    }

    private static CandidateRanker.Measured candidate(String key, int start, int end, double[] f, String... conj) {
        Span all = new Span(0, 100);
        Candidate c = new Candidate(AnswerType.PLACE, key, key, new ScoredPassage(new Passage("a", 0, all, all, all), 1),
                new Span(start, end), 1);
        return new CandidateRanker.Measured(c, f, List.of(conj));
    }

    private static ConfidenceModel model(double fit, Map<String, Double> conjunctions, double threshold) {
        double[] w = new double[AnswerFeature.values().length];
        w[AnswerFeature.FIT.ordinal()] = fit;
        double[] c = new double[ConfidenceModel.CALIBRATION_WIDTH];
        c[ConfidenceModel.Summary.VALUE_SHARE.ordinal()] = 4;
        return new ConfidenceModel(w, conjunctions, -2, c, threshold);
    }

    @Test
    void readsWeightsConjunctionsAndCalibrationByNameAndWritesThemBack() throws IOException {
        ConfidenceModel m = ConfidenceModel.read(new StringReader("""
                kind=listwise
                threshold=0.3
                w.fit=2
                x.qw\\=où|prev\\=à=0.5
                c.bias=-1
                c.share=2
                c.w.fit=1
                """));
        assertEquals(0.3, m.threshold(), 1e-12);
        CandidateRanker.Measured x = candidate("Lyon", 0, 4, signals(AnswerFeature.FIT, 1), "qw=où|prev=à", "qw=où|next=,");
        assertEquals(2.5, m.score(x), 1e-12);
        ConfidenceModel again = ConfidenceModel.read(new StringReader(m.write("test")));
        assertEquals(m.score(x), again.score(x), 1e-9);
        double[] inputs = new double[ConfidenceModel.CALIBRATION_WIDTH];
        inputs[ConfidenceModel.Summary.SHARE.ordinal()] = 0.5;
        inputs[ConfidenceModel.Summary.values().length + AnswerFeature.FIT.ordinal()] = 1;
        assertEquals(again.calibrated(inputs), m.calibrated(inputs), 1e-9);
        assertEquals(1 / (1 + Math.exp(-1)), m.calibrated(inputs), 1e-9);
    }

    @Test
    void explainListsWhatEachSignalAndConjunctionAddedAndSumsToTheScore() {
        double[] w = new double[AnswerFeature.values().length];
        w[AnswerFeature.FIT.ordinal()] = 1.5;
        w[AnswerFeature.PROXIMITY.ordinal()] = -0.5;
        w[AnswerFeature.LENGTH.ordinal()] = 3;
        ConfidenceModel m = new ConfidenceModel(w, Map.of("qw=où|prev=à", 0.7, "qw=qui|prev=par", 2.0), 0,
                new double[ConfidenceModel.CALIBRATION_WIDTH], 0.5);
        double[] f = signals(AnswerFeature.FIT, 0.8);
        f[AnswerFeature.PROXIMITY.ordinal()] = 0.4;
        CandidateRanker.Measured x = candidate("Lyon", 0, 4, f, "qw=où|prev=à", "qw=où|words=1");
        List<ConfidenceModel.Contribution> parts = m.explain(x);
        assertEquals(m.score(x), parts.stream().mapToDouble(ConfidenceModel.Contribution::value).sum(), 1e-12);
        assertEquals(List.of("fit", "qw=où|prev=à", "proximity"),
                parts.stream().map(ConfidenceModel.Contribution::name).toList(), "largest first, nothing for what adds 0");
        assertEquals(1.2, parts.get(0).value(), 1e-12);
    }

    @Test
    void judgeSharesTheMassAndCalibratesTheBest() {
        ConfidenceModel m = model(2, Map.of(), 0.5);
        CandidateRanker.Measured strong = candidate("Lyon", 0, 4, signals(AnswerFeature.FIT, 1));
        CandidateRanker.Measured weak = candidate("Paris", 10, 15, signals(AnswerFeature.FIT, 0));
        ConfidenceModel.Judged judged = m.judge(List.of(weak, strong));
        assertEquals(1, judged.best());
        assertEquals(1.0, Arrays.stream(judged.shares()).sum(), 1e-12);
        assertEquals(Math.exp(2) / (1 + Math.exp(2)), judged.shares()[1], 1e-12);
        assertEquals(1 / (1 + Math.exp(2 - 4 * judged.shares()[1])), judged.confidence(), 1e-12);
        assertEquals(-1, m.judge(List.of()).best());
        assertEquals(0, m.judge(List.of()).confidence());
    }

    @Test
    void variantsAndTheSameValueElsewhereShareTheBestOnesValueRatherThanCompete() {
        double[] f = signals(AnswerFeature.FIT, 1);
        List<Rivals.Place> places = List.of(new Rivals.Place("a", new Span(10, 30)), new Rivals.Place("a", new Span(10, 20)),
                new Rivals.Place("b", new Span(0, 5)), new Rivals.Place("a", new Span(40, 50)));
        double[] scores = {2, 1, 1, 0};
        double[] x = ConfidenceModel.calibrationInputs(scores, 0, places, List.of("crimee", "crimee-p", "crimee", "kiev"), f);
        double[] shares = ConfidenceModel.shares(scores);
        assertEquals(shares[0], x[ConfidenceModel.Summary.SHARE.ordinal()], 1e-12);
        assertEquals(shares[0] + shares[1] + shares[2], x[ConfidenceModel.Summary.VALUE_SHARE.ordinal()], 1e-12);
        assertEquals(2.0, x[ConfidenceModel.Summary.MARGIN.ordinal()], 1e-12, "against « kiev », the only rival");
        assertEquals(1.0, x[ConfidenceModel.Summary.values().length + AnswerFeature.FIT.ordinal()], 1e-12);
        double[] alone = ConfidenceModel.calibrationInputs(new double[] {1}, 0, places.subList(0, 1), List.of("x"), f);
        assertEquals(ConfidenceModel.MARGIN_CAP, alone[ConfidenceModel.Summary.MARGIN.ordinal()], 1e-12);
    }

    @Test
    void theShippedModelIsListwiseAndPrefersAFittingCandidate() {
        ConfidenceModel m = ConfidenceModel.shipped();
        assertTrue(m.threshold() > 0 && m.threshold() < 1, "threshold " + m.threshold());
        double[] weak = signals(AnswerFeature.FIT, 0.1);
        double[] strong = signals(AnswerFeature.FIT, 1.0);
        strong[AnswerFeature.SENTENCE_COVERAGE_RELATIVE.ordinal()] = 1;
        strong[AnswerFeature.BEST_SENTENCE.ordinal()] = 1;
        strong[AnswerFeature.SENTENCE_RANK.ordinal()] = 1;
        strong[AnswerFeature.PROXIMITY.ordinal()] = 0.8;
        assertTrue(m.score(strong, List.of()) > m.score(weak, List.of()));
    }

    @Test
    void onlyTheListwiseKindIsRead() {
        IllegalArgumentException hand = assertThrows(IllegalArgumentException.class,
                () -> ConfidenceModel.read(new StringReader("kind=hand\nthreshold=0.2\n")));
        assertTrue(hand.getMessage().contains("delete this file"), hand.getMessage());
        IllegalArgumentException old = assertThrows(IllegalArgumentException.class,
                () -> ConfidenceModel.read(new StringReader("threshold=0.2\nbias=-1\nw.fit=2\n")));
        assertTrue(old.getMessage().contains("refit"), old.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ConfidenceModel.read(new StringReader("kind=magic\n")));
    }
}
