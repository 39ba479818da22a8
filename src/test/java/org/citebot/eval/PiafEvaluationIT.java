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
        // with session 9's candidate model (negative examples): 87.5% precision (63 right of 72
        // answered; session 8: 85.9%, 67 of 78; session 7: 82.2%, 60 of 73). Signals and rules of
        // earlier sessions were chosen looking at this set: the figure of the training sets'
        // cross-validation by article (83.4% nested, 161 right of 193 answerable answered) is the
        // more honest one. The guard is issue 15's precision bar.
        assertTrue(report.precision() >= 80.0, "precision of answers " + report.precision());
        assertTrue(report.f1Of(List.of("QUANTITY", "DATE", "PERSON", "PLACE")) >= 15.0, "F1 on typed questions");
        // Held out (session 9): the ranker's first sentence holds the answer for 59.7% (score.py's
        // passage_top1; 80.8% within three; session 8: 58.8); useful replies 73.4% (quotes only;
        // score.py, which reads titles too, 73.9%) since unsure replies show the runners-up. The
        // useful guard is issue 15's bar.
        assertTrue(report.passageTop1Rate() >= 57.0, "answer sentence first " + report.passageTop1Rate());
        assertTrue(report.usefulRate() >= 70.0, "useful replies " + report.usefulRate());
    }
}
