package org.citebot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import org.junit.jupiter.api.Test;

/**
 * The blind questions of session 10 ({@code blind/blind-s10-questions.jsonl}: 80 questions on the
 * seed articles worded as chat users word them, written by a hand that had read only the articles;
 * see the README beside them). Held out: only this summary is printed, never the misses, so that
 * nobody tunes a rule on them; the bars guard what a new user's wording gets.
 */
class BlindEvaluationIT {

    @Test
    void blindQuestionsStayAboveTheBars() throws URISyntaxException {
        EvalReport report = DevEvaluationIT.onSeeds("/blind/blind-s10-questions.jsonl");
        String[] lines = report.format().strip().split("\n");
        System.out.println("blind questions (summary only): " + lines[lines.length - 1]);
        // Every question the articles cannot answer is declined, and every quote is verbatim.
        assertEquals(report.noneQuestions(), report.noneDeclined(), "NONE questions declined");
        assertEquals(report.citationsChecked(), report.citationsOk(), "citations");
        // Session 10, end (main fdcee32, after the chat shorthand and lead-ins): 20 of 80 right,
        // no wrong fact given; replies that serve the user 78.8% here, where only the quotes count
        // (score.py, whole reply: 80.0%).
        assertTrue(report.wrongConfident() <= 1, "wrong confident answers " + report.wrongConfident());
        assertTrue(report.accuracy() >= 20.0, "accuracy " + report.accuracy());
        assertTrue(report.usefulRate() >= 72.0, "useful replies " + report.usefulRate());
    }

    /**
     * The blind questions of session 11 ({@code blind/blind-s11-questions.jsonl}: 100 questions, a
     * third hurried, a third careful, a third paraphrased, written by another hand that had read
     * only the articles; README-s11.md beside them). Held out like the session-10 set. Main when
     * they arrived (0fff3da): 18 of 100 right, 2 wrong, useful 76.0% (score.py); session 11, end:
     * the same facts, useful 78.0% (the sentences behind the best declined candidates shown).
     */
    @Test
    void sessionElevenBlindQuestionsStayAboveTheBars() throws URISyntaxException {
        EvalReport report = DevEvaluationIT.onSeeds("/blind/blind-s11-questions.jsonl");
        String[] lines = report.format().strip().split("\n");
        System.out.println("blind s11 questions (summary only): " + lines[lines.length - 1]);
        assertEquals(report.noneQuestions(), report.noneDeclined(), "NONE questions declined");
        assertEquals(report.citationsChecked(), report.citationsOk(), "citations");
        assertTrue(report.wrongConfident() <= 3, "wrong confident answers " + report.wrongConfident());
        assertTrue(report.accuracy() >= 16.0, "accuracy " + report.accuracy());
        assertTrue(report.usefulRate() >= 70.0, "useful replies " + report.usefulRate());
    }

    /**
     * The blind questions of session 12 ({@code blind/blind-s12-questions.jsonl}: 100 questions, a
     * third hurried, a third careful, a third paraphrased, written by a third hand that had read only
     * the articles; README-s12.md beside them). Held out like the others. Main when they arrived
     * (8102aec, scripts/evaluate): 29 of 100 right, none wrong, useful 81.0%, the answer's sentence
     * first for 67.0%. (A break-even threshold was measured on them and reverted: their first
     * reading is the clean one, docs/EXPERIMENTS.md.)
     */
    @Test
    void sessionTwelveBlindQuestionsStayAboveTheBars() throws URISyntaxException {
        EvalReport report = DevEvaluationIT.onSeeds("/blind/blind-s12-questions.jsonl");
        String[] lines = report.format().strip().split("\n");
        System.out.println("blind s12 questions (summary only): " + lines[lines.length - 1]);
        assertEquals(report.noneQuestions(), report.noneDeclined(), "NONE questions declined");
        assertEquals(report.citationsChecked(), report.citationsOk(), "citations");
        assertTrue(report.wrongConfident() <= 2, "wrong confident answers " + report.wrongConfident());
        assertTrue(report.accuracy() >= 25.0, "accuracy " + report.accuracy());
        assertTrue(report.usefulRate() >= 74.0, "useful replies " + report.usefulRate());
    }

    /**
     * The blind questions of session 13 ({@code blind/blind-s13-questions.jsonl}: 100 questions, a
     * third hurried, a third careful, a third paraphrased, written by a fourth hand that had read only
     * the articles; README-s13.md beside them). Held out like the others. Main when they arrived
     * (31d4baf, scripts/evaluate): 21 of 100 right, 1 wrong, one of the 6 unanswerable questions
     * answered, useful 81.0%, the answer's sentence first for 57.4%. The unanswerable question
     * answered is not looked at (held out): the bar allows that one until a change declines it.
     */
    @Test
    void sessionThirteenBlindQuestionsStayAboveTheBars() throws URISyntaxException {
        EvalReport report = DevEvaluationIT.onSeeds("/blind/blind-s13-questions.jsonl");
        String[] lines = report.format().strip().split("\n");
        System.out.println("blind s13 questions (summary only): " + lines[lines.length - 1]);
        assertTrue(report.noneDeclined() >= report.noneQuestions() - 1, "NONE questions declined "
                + report.noneDeclined() + "/" + report.noneQuestions());
        assertEquals(report.citationsChecked(), report.citationsOk(), "citations");
        assertTrue(report.wrongConfident() <= 2, "wrong confident answers " + report.wrongConfident());
        assertTrue(report.accuracy() >= 18.0, "accuracy " + report.accuracy());
        assertTrue(report.usefulRate() >= 74.0, "useful replies " + report.usefulRate());
    }

    /**
     * The blind questions of session 14 ({@code blind/blind-s14-questions.jsonl}: 100 questions, a
     * third hurried, a third careful, a third paraphrased, written by a fifth hand that had read only
     * the articles; README-s14.md beside them). Held out like the others. Main when they arrived
     * (99ff001, scripts/evaluate): 26 of 100 right, 1 wrong, the 6 unanswerable declined, useful
     * 81.0%, the answer's sentence first for 57.4%.
     */
    @Test
    void sessionFourteenBlindQuestionsStayAboveTheBars() throws URISyntaxException {
        EvalReport report = DevEvaluationIT.onSeeds("/blind/blind-s14-questions.jsonl");
        String[] lines = report.format().strip().split("\n");
        System.out.println("blind s14 questions (summary only): " + lines[lines.length - 1]);
        assertEquals(report.noneQuestions(), report.noneDeclined(), "NONE questions declined");
        assertEquals(report.citationsChecked(), report.citationsOk(), "citations");
        assertTrue(report.wrongConfident() <= 2, "wrong confident answers " + report.wrongConfident());
        assertTrue(report.accuracy() >= 22.0, "accuracy " + report.accuracy());
        assertTrue(report.usefulRate() >= 74.0, "useful replies " + report.usefulRate());
    }

    /**
     * The blind questions of session 15 ({@code blind/blind-s15-questions.jsonl}: 100 questions, 35
     * hurried, 33 careful, 32 paraphrased, written by a sixth hand that had read only the articles;
     * README-s15.md beside them). Held out like the others. Main when they arrived (a25bf4a,
     * scripts/evaluate): 20 of 100 right, 2 wrong, the 6 unanswerable declined, useful 73.0%, the
     * answer's sentence first for 51.1% — the lowest first reading of the six blind sets.
     */
    @Test
    void sessionFifteenBlindQuestionsStayAboveTheBars() throws URISyntaxException {
        EvalReport report = DevEvaluationIT.onSeeds("/blind/blind-s15-questions.jsonl");
        String[] lines = report.format().strip().split("\n");
        System.out.println("blind s15 questions (summary only): " + lines[lines.length - 1]);
        assertEquals(report.noneQuestions(), report.noneDeclined(), "NONE questions declined");
        assertEquals(report.citationsChecked(), report.citationsOk(), "citations");
        assertTrue(report.wrongConfident() <= 3, "wrong confident answers " + report.wrongConfident());
        assertTrue(report.accuracy() >= 17.0, "accuracy " + report.accuracy());
        // this report's useful counts fewer declines than score.py's (68.0 against 73.0 when they arrived)
        assertTrue(report.usefulRate() >= 65.0, "useful replies " + report.usefulRate());
    }
}
