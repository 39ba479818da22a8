package org.citebot.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one evaluation run. Percentages are of the questions they concern.
 *
 * @param questions        gold questions
 * @param correct          correct replies (an answer that matches, or a decline on a NONE question)
 * @param answered         questions given an answer
 * @param wrongConfident   answers given that are wrong: the number to keep at zero
 * @param noneQuestions    NONE questions
 * @param noneDeclined     NONE questions declined
 * @param citationsChecked correct answers whose first citation was checked
 * @param citationsOk      of those, citations verbatim at their offsets, from a supporting
 *                         document, stating the answer or the gold evidence
 * @param exactSum         sum of exact matches over answerable questions
 * @param f1Sum            sum of token F1 over answerable questions (0 when declined)
 * @param answerable       answerable questions
 * @param top1             answerable questions whose first passage is from a supporting document
 * @param top5             … one of whose first five passages is
 * @param passageTop1      answerable questions whose first passage (the sentence ranker's first)
 *                         holds a gold answer, as {@code score.py}'s {@code passage_top1}
 * @param passageTop3      … one of whose first three passages does
 * @param useful           replies that serve the user, as {@code score.py}'s {@code useful}: a right
 *                         answer, a decline on a NONE question, or no fact but a sentence shown
 *                         to read that holds a gold answer
 * @param millisP50        median answer time
 * @param millisP99        99th percentile answer time
 * @param byType           per gold type: correct, total, F1 sum
 * @param misses           one line per question answered wrongly or not at all
 */
public record EvalReport(int questions, int correct, int answered, int wrongConfident, int noneQuestions,
                         int noneDeclined, int citationsChecked, int citationsOk, double exactSum, double f1Sum,
                         int answerable, int top1, int top5, int passageTop1, int passageTop3, int useful,
                         double millisP50, double millisP99,
                         Map<String, double[]> byType, List<String> misses) {

    public double accuracy() {
        return pct(correct, questions);
    }

    /** Share of given answers that are correct. */
    public double precision() {
        return pct(correct - noneDeclined, answered);
    }

    public double f1() {
        return pct(f1Sum, answerable);
    }

    public double exactMatch() {
        return pct(exactSum, answerable);
    }

    public double top1Rate() {
        return pct(top1, answerable);
    }

    public double top5Rate() {
        return pct(top5, answerable);
    }

    public double passageTop1Rate() {
        return pct(passageTop1, answerable);
    }

    public double passageTop3Rate() {
        return pct(passageTop3, answerable);
    }

    /** Share of all replies that serve the user. */
    public double usefulRate() {
        return pct(useful, questions);
    }

    /** F1 over the questions of the given gold types together. */
    public double f1Of(List<String> types) {
        double sum = 0;
        double n = 0;
        for (String t : types) {
            double[] v = byType.get(t);
            if (v != null) {
                sum += v[2];
                n += v[1];
            }
        }
        return pct(sum, n);
    }

    private static double pct(double part, double whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    /** The report as people read it; the last line is the one-line summary. */
    public String format() {
        StringBuilder s = new StringBuilder();
        line(s, "questions", Integer.toString(questions));
        line(s, "accuracy", String.format(Locale.ROOT, "%.1f%% (%d/%d)", accuracy(), correct, questions));
        line(s, "answered", Integer.toString(answered));
        line(s, "precision of answers", String.format(Locale.ROOT, "%.1f%%", precision()));
        line(s, "wrong confident answers", Integer.toString(wrongConfident));
        line(s, "NONE declined", noneDeclined + "/" + noneQuestions);
        line(s, "citations ok", citationsOk + "/" + citationsChecked);
        line(s, "EM / F1", String.format(Locale.ROOT, "%.1f / %.1f", exactMatch(), f1()));
        line(s, "retrieval top-1 / top-5 doc", String.format(Locale.ROOT, "%.1f%% / %.1f%%", top1Rate(), top5Rate()));
        line(s, "answer sentence top-1 / top-3", String.format(Locale.ROOT, "%.1f%% / %.1f%%", passageTop1Rate(),
                passageTop3Rate()));
        line(s, "useful replies", String.format(Locale.ROOT, "%.1f%%", usefulRate()));
        line(s, "latency p50 / p99", String.format(Locale.ROOT, "%.2f ms / %.2f ms", millisP50, millisP99));
        byType.forEach((type, v) -> line(s, "  " + type, String.format(Locale.ROOT, "%d/%d correct, F1 %.1f",
                (int) v[0], (int) v[1], pct(v[2], v[1]))));
        s.append(String.format(Locale.ROOT, "correct %d/%d (%.1f%%) precision %.1f%% wrong_confident %d "
                        + "citations %d/%d top1doc %.1f%% top5doc %.1f%% useful %.1f%% p50 %.2fms%n", correct, questions,
                accuracy(), precision(), wrongConfident, citationsOk, citationsChecked, top1Rate(), top5Rate(),
                usefulRate(), millisP50));
        return s.toString();
    }

    private static void line(StringBuilder s, String name, String value) {
        s.append(String.format(Locale.ROOT, "%-30s %s%n", name, value));
    }
}
