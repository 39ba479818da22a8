package org.citebot.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.citebot.answer.Answer;
import org.citebot.config.ConfigDir;
import org.citebot.config.Settings;
import org.citebot.qa.Citebot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped sentence ranker, its model file, and the order it gives the answerer's passages. */
class SentenceRankerTest {

    @TempDir
    Path dir;

    @Test
    void theShippedModelLoadsWithAWeightForEverySignal() {
        SentenceRanker ranker = SentenceRanker.shipped();
        double[] w = ranker.weights();
        assertEquals(SentenceFeature.values().length, w.length);
        assertTrue(w[SentenceFeature.CONTEXT_COVERAGE.ordinal()] > 0, "covering the question counts for a sentence");
        assertTrue(w[SentenceFeature.FIRST_SENTENCE.ordinal()] < 0, "an article's title line states no answer");
    }

    @Test
    void aModelFileReadsBackAsWritten() throws IOException {
        double[] w = new double[SentenceFeature.values().length];
        w[SentenceFeature.SENTENCE_COVERAGE.ordinal()] = 2.5;
        SentenceRanker ranker = new SentenceRanker(w, new double[] {-1, 0.5, 2});
        SentenceRanker back = SentenceRanker.read(new StringReader(ranker.write("a test")));
        double[] f = new double[w.length];
        f[SentenceFeature.SENTENCE_COVERAGE.ordinal()] = 0.5;
        assertEquals(1.25, back.score(f), 1e-9);
        assertEquals(ranker.topProbability(new double[] {1, 0}), back.topProbability(new double[] {1, 0}), 1e-9);
        assertTrue(back.explain(f).contains("sentence.coverage=0.50×2.50"), back.explain(f));
    }

    @Test
    void aBadNumberInTheModelFileIsNamed() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> SentenceRanker.read(new StringReader("w.density=beaucoup\n")));
        assertTrue(e.getMessage().contains("w.density"), e.getMessage());
    }

    @Test
    void theProbabilityOfTheFirstSentenceGrowsWithItsLead() {
        SentenceRanker ranker = SentenceRanker.shipped();
        double close = ranker.topProbability(new double[] {5.0, 4.9, 4.8});
        double far = ranker.topProbability(new double[] {5.0, 1.0, 0.5});
        assertTrue(far > close, far + " > " + close);
        assertTrue(close > 0 && far < 1);
        assertEquals(0, ranker.topProbability(new double[0]));
    }

    @Test
    void everySentenceHasAProbabilityTheFirstOneTheTopProbability() throws IOException {
        double[] w = new double[SentenceFeature.values().length];
        SentenceRanker ranker = new SentenceRanker(w, new double[] {-1, 0.5, 2}, new double[] {-2, 0.1, 3});
        double[] scores = {1.0, 3.0, 2.5, -4.0};
        double[] p = ranker.probabilities(scores);
        assertEquals(ranker.topProbability(scores), p[1], 1e-12, "the best-scored sentence reads the top calibration");
        assertTrue(p[2] > p[0] && p[0] > p[3], "after the first, the higher score and share, the likelier");
        SentenceRanker back = SentenceRanker.read(new StringReader(ranker.write("a test")));
        assertEquals(p[2], back.probabilities(scores)[2], 1e-5, "the others' calibration is written and read back");
    }

    @Test
    void aModelWithoutTheOthersCalibrationGivesThemNoProbability() throws IOException {
        SentenceRanker ranker = SentenceRanker.read(new StringReader("top.bias=0.5\n"));
        double[] p = ranker.probabilities(new double[] {2, 1});
        assertEquals(1 / (1 + Math.exp(-0.5)), p[0], 1e-12);
        assertEquals(0, p[1]);
        assertEquals(0, ranker.probabilities(new double[0]).length);
    }

    @Test
    void theShippedModelCalibratesTheSentencesAfterTheFirst() {
        double[] p = SentenceRanker.shipped().probabilities(new double[] {5.0, 4.9, 0.0});
        assertTrue(p[1] > p[2], "a close second is likelier than a far one: " + p[1] + " > " + p[2]);
        assertTrue(p[1] > 0 && p[1] < 1, "the shipped model has the others' calibration: " + p[1]);
    }

    /**
     * An invented article whose answer sentence shares only the question's rare words with it,
     * among sentences that share its common ones: the shipped ranker quotes the answer first.
     */
    @Test
    void theShippedRankerPutsTheObviousAnswerSentenceFirst() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("001_phare.txt"), """
                Le phare de Kerbrat
                Le phare de Kerbrat se dresse sur la côte nord de l'île.
                Les gardiens du phare vivaient autrefois au pied de la tour.
                Le phare de Kerbrat mesure 48 mètres de haut.
                La lanterne du phare a été électrifiée en 1931.
                Aujourd'hui, les visiteurs peuvent monter au sommet du phare chaque été.
                """, StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("002_port.txt"), """
                Le port de Lannec
                Le port de Lannec accueille des bateaux de pêche.
                Les pêcheurs du port vendent leurs poissons au marché.
                """, StandardCharsets.UTF_8);
        ConfigDir config = new ConfigDir(Files.createDirectories(dir.resolve("config")));
        try (Citebot bot = Citebot.open(corpus, config, Settings.load(config, Map.of()))) {
            Answer a = bot.answer("Quelle est la hauteur du phare de Kerbrat en mètres ?");
            assertTrue(a.passages().get(0).passage().sentence().of(bot.document("001_phare.txt").orElseThrow().text())
                    .contains("48 mètres"), a.passages().toString());
            assertTrue(a.sentenceConfidence() > 0 && a.sentenceConfidence() < 1, "" + a.sentenceConfidence());
        }
    }
}
