package org.citebot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.citebot.config.ConfigDir;
import org.citebot.config.Settings;
import org.citebot.qa.Citebot;
import org.junit.jupiter.api.Test;

/**
 * The gold questions on the five seed articles (a copy of the shared dev set), end to end with
 * the shipped config. Fails when retrieval or answering falls below the levels reached; the
 * figures are printed for the CI log.
 */
class DevEvaluationIT {

    /** The gold questions of test resource {@code resource} answered on {@code seeds/} with the shipped config. */
    static EvalReport onSeeds(String resource) throws URISyntaxException {
        Path gold = Path.of(DevEvaluationIT.class.getResource(resource).toURI());
        ConfigDir config = new ConfigDir(Path.of("config"));
        try (Citebot bot = Citebot.open(Path.of("seeds"), config, Settings.load(config, Map.of()))) {
            return Evaluation.run(bot, Evaluation.readGold(gold));
        }
    }

    @Test
    void devQuestionsStayAboveTheBars() throws URISyntaxException {
        EvalReport report = onSeeds("/eval/dev-questions.jsonl");
        System.out.println("dev questions:\n" + report.format());
        // Retrieval bars of the foundation issue.
        assertTrue(report.top1Rate() >= 90.0, "top-1 document " + report.top1Rate());
        assertTrue(report.top5Rate() >= 98.0, "top-5 document " + report.top5Rate());
        // Every quote verbatim at its offsets, from a supporting document, stating the answer.
        assertEquals(report.citationsChecked(), report.citationsOk(), "citations");
        // Every question the articles cannot answer is declined.
        assertEquals(report.noneQuestions(), report.noneDeclined(), "NONE questions declined");
        // No wrong answer given with confidence.
        assertEquals(0, report.wrongConfident(), "wrong confident answers");
        // Held out since session 7 (no per-corpus hand score; the models are fitted on the training
        // sets only): 18/36 right (50%), every answer given right. The guard sits just under it.
        assertTrue(report.accuracy() >= 45.0, "accuracy " + report.accuracy());
        // Held out (session 9, loose-match ranker reading the answerer's matches, candidate model
        // with negative examples): the ranker's first sentence holds the answer for 67.7% (21 of
        // 31); replies that serve the user (a right fact, or the sentences shown to read holding
        // it) 88.9% here, where only the quotes count (score.py reads the whole reply, article
        // titles too: 97.2%; session 8: 83.3 and 91.7).
        assertTrue(report.passageTop1Rate() >= 64.0, "answer sentence first " + report.passageTop1Rate());
        assertTrue(report.usefulRate() >= 85.0, "useful replies " + report.usefulRate());
    }
}
