package org.citebot.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The blind question sets of sessions 10 to 17 ({@code blind/blind-sNN-questions.jsonl}), each
 * written by a hand that had read only the seed articles (the READMEs beside them). Held out: only
 * the summary is printed, never the misses, so that nobody tunes a rule on them; the bars guard
 * what a new user's wording gets. Every question the articles cannot answer is declined (one is
 * allowed on the session-13 set until a change declines it), every right answer's first citation
 * supports it from a gold article (one is allowed on the session-16 set), and the
 * wrong facts, right answers and useful replies stay within each set's bars. What each set gave:
 *
 * <p>Session 10 ({@code blind/blind-s10-questions.jsonl}), end (main fdcee32, after the chat
 * shorthand and lead-ins): 20 of 80 right, no wrong fact given; replies that serve the user 78.8%
 * here, where only the quotes count (score.py, whole reply: 80.0%).
 *
 * <p>The blind questions of session 11 ({@code blind/blind-s11-questions.jsonl}: 100 questions, a
 * third hurried, a third careful, a third paraphrased, written by another hand that had read only
 * the articles; README-s11.md beside them). Held out like the session-10 set. Main when they
 * arrived (0fff3da): 18 of 100 right, 2 wrong, useful 76.0% (score.py); session 11, end: the same
 * facts, useful 78.0% (the sentences behind the best declined candidates shown).
 *
 * <p>The blind questions of session 12 ({@code blind/blind-s12-questions.jsonl}: 100 questions, a
 * third hurried, a third careful, a third paraphrased, written by a third hand that had read only
 * the articles; README-s12.md beside them). Held out like the others. Main when they arrived
 * (8102aec, scripts/evaluate): 29 of 100 right, none wrong, useful 81.0%, the answer's sentence
 * first for 67.0%. (A break-even threshold was measured on them and reverted: their first reading
 * is the clean one, docs/EXPERIMENTS.md.)
 *
 * <p>The blind questions of session 13 ({@code blind/blind-s13-questions.jsonl}: 100 questions, a
 * third hurried, a third careful, a third paraphrased, written by a fourth hand that had read only
 * the articles; README-s13.md beside them). Held out like the others. Main when they arrived
 * (31d4baf, scripts/evaluate): 21 of 100 right, 1 wrong, one of the 6 unanswerable questions
 * answered, useful 81.0%, the answer's sentence first for 57.4%. The unanswerable question
 * answered is not looked at (held out): the bar allows that one until a change declines it.
 *
 * <p>The blind questions of session 14 ({@code blind/blind-s14-questions.jsonl}: 100 questions, a
 * third hurried, a third careful, a third paraphrased, written by a fifth hand that had read only
 * the articles; README-s14.md beside them). Held out like the others. Main when they arrived
 * (99ff001, scripts/evaluate): 26 of 100 right, 1 wrong, the 6 unanswerable declined, useful
 * 81.0%, the answer's sentence first for 57.4%.
 *
 * <p>The blind questions of session 15 ({@code blind/blind-s15-questions.jsonl}: 100 questions, 35
 * hurried, 33 careful, 32 paraphrased, written by a sixth hand that had read only the articles;
 * README-s15.md beside them). Held out like the others. Main when they arrived (a25bf4a,
 * scripts/evaluate): 20 of 100 right, 2 wrong, the 6 unanswerable declined, useful 73.0%, the
 * answer's sentence first for 51.1% — the lowest first reading of the six blind sets.
 *
 * <p>The blind questions of session 16 ({@code blind/blind-s16-questions.jsonl}: 100 questions, 38
 * hurried, 32 careful, 30 paraphrased, written by a seventh hand that had read only the articles;
 * README-s16.md beside them). Held out like the others. Main when they arrived (808c55b,
 * scripts/evaluate): 23 of 100 right, 1 wrong, the 6 unanswerable declined, useful 77.0% (74.0% in
 * this report), the answer's sentence first for 54.3%. One of the 17 right answers this report checks
 * has a first citation that fails the check (16/17, score.py the same); it is not looked at (held
 * out): the bar allows that one until a change mends it.
 *
 * <p>The blind questions of session 17 ({@code blind/blind-s17-questions.jsonl}: 100 questions, 38
 * hurried, 32 careful, 30 paraphrased, written by an eighth hand that had read only the articles;
 * README-s17.md beside them). Held out like the others. Main when they arrived (abc693b,
 * scripts/evaluate): 24 of 100 right, 1 wrong, the 6 unanswerable declined, citations 18/18, useful
 * 76.0% (74.0% in this report), the answer's sentence first for 59.6%.
 */
class BlindEvaluationIT {

    /**
     * Set; unanswerable questions it may answer; right answers whose first citation may fail the check; most
     * wrong facts; least accuracy and useful replies (%).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "s10, 0, 0, 1, 20.0, 72.0",
            "s11, 0, 0, 3, 16.0, 70.0",
            "s12, 0, 0, 2, 25.0, 74.0",
            "s13, 1, 0, 2, 18.0, 74.0",
            "s14, 0, 0, 2, 22.0, 74.0",
            // this report's useful counts fewer declines than score.py's (68.0 against 73.0 when they arrived)
            "s15, 0, 0, 3, 17.0, 65.0",
            // first reading: useful 74.0 here, 77.0 by score.py; one right answer's citation fails the check
            "s16, 0, 1, 2, 20.0, 71.0",
            // first reading: useful 74.0 here, 76.0 by score.py
            "s17, 0, 0, 2, 21.0, 71.0",
    })
    void blindQuestionsStayAboveTheBars(String session, int noneAnswered, int citationsOff, int maxWrong,
                                        double minAccuracy, double minUseful) throws URISyntaxException {
        EvalReport report = DevEvaluationIT.onSeeds("/blind/blind-" + session + "-questions.jsonl");
        String[] lines = report.format().strip().split("\n");
        System.out.println("blind " + session + " questions (summary only): " + lines[lines.length - 1]);
        assertTrue(report.noneDeclined() >= report.noneQuestions() - noneAnswered, "NONE questions declined "
                + report.noneDeclined() + "/" + report.noneQuestions());
        assertTrue(report.citationsOk() >= report.citationsChecked() - citationsOff, "citations "
                + report.citationsOk() + "/" + report.citationsChecked());
        assertTrue(report.wrongConfident() <= maxWrong, "wrong confident answers " + report.wrongConfident());
        assertTrue(report.accuracy() >= minAccuracy, "accuracy " + report.accuracy());
        assertTrue(report.usefulRate() >= minUseful, "useful replies " + report.usefulRate());
    }
}
