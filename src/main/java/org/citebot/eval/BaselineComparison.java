package org.citebot.eval;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.citebot.corpus.Corpus;
import org.citebot.qa.Citebot;
import org.citebot.text.IcuSentenceSplitter;

/**
 * citebot and the {@link Bm25Baseline} on the same gold questions in the same process, so that
 * their accuracy and their time come as ratios, not as two figures from different runs.
 *
 * <p>Each side's time is what a user waits for: open (load the articles, index them) and answer
 * every question. The two sides run alternately, {@code rounds} times each, and the last round
 * is reported: the first one pays for loading classes and compiling code shared by both.
 * Correctness is {@link AnswerMatch}'s (the shared {@code score.py} rules); a NONE question is
 * right only when declined, which the baseline never does unless no word of the question matches.
 */
public final class BaselineComparison {

    /** One side's figures. */
    public record Side(String name, int correct, int questions, int topDocument, int answerable, double openMillis,
                       double answerMillis) {

        double totalMillis() {
            return openMillis + answerMillis;
        }
    }

    /** Both sides, same questions, same run. */
    public record Result(Side citebot, Side baseline) {

        /** A table for the terminal and BENCHMARKS.md. */
        public String format() {
            StringBuilder s = new StringBuilder();
            s.append(String.format(Locale.ROOT, "| %-28s | %12s | %12s | %8s |%n", "", "citebot", "BM25 baseline",
                    "ratio"));
            s.append("| --- | --- | --- | --- |\n");
            row(s, "correct", citebot.correct + "/" + citebot.questions, baseline.correct + "/" + baseline.questions,
                    ratio(citebot.correct, baseline.correct));
            row(s, "top document supports the answer", citebot.topDocument + "/" + citebot.answerable,
                    baseline.topDocument + "/" + baseline.answerable, ratio(citebot.topDocument, baseline.topDocument));
            row(s, "open: load + index (ms)", ms(citebot.openMillis), ms(baseline.openMillis),
                    ratio(citebot.openMillis, baseline.openMillis));
            row(s, "answer all questions (ms)", ms(citebot.answerMillis), ms(baseline.answerMillis),
                    ratio(citebot.answerMillis, baseline.answerMillis));
            row(s, "mean per question (ms)", ms(citebot.answerMillis / citebot.questions),
                    ms(baseline.answerMillis / baseline.questions), ratio(citebot.answerMillis, baseline.answerMillis));
            row(s, "total (ms)", ms(citebot.totalMillis()), ms(baseline.totalMillis()),
                    ratio(citebot.totalMillis(), baseline.totalMillis()));
            return s.toString();
        }

        private static void row(StringBuilder s, String what, String a, String b, String ratio) {
            s.append(String.format(Locale.ROOT, "| %-28s | %12s | %12s | %8s |%n", what, a, b, ratio));
        }

        private static String ms(double millis) {
            return String.format(Locale.ROOT, millis < 10 ? "%.2f" : "%.0f", millis);
        }

        private static String ratio(double a, double b) {
            return b == 0 ? "∞" : String.format(Locale.ROOT, "%.2f×", a / b);
        }
    }

    private BaselineComparison() {
    }

    /**
     * Runs both sides {@code rounds} times, alternately.
     *
     * @param openCitebot opens citebot on the corpus (load, index)
     * @param loadCorpus  loads the same corpus for the baseline
     */
    public static Result run(Supplier<Citebot> openCitebot, Supplier<Corpus> loadCorpus, List<GoldQuestion> gold,
                             int rounds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1, was " + rounds);
        }
        Side citebot = null;
        Side baseline = null;
        for (int r = 0; r < rounds; r++) {
            baseline = baseline(loadCorpus, gold);
            citebot = citebot(openCitebot, gold);
        }
        return new Result(citebot, baseline);
    }

    private static Side citebot(Supplier<Citebot> open, List<GoldQuestion> gold) {
        long t0 = System.nanoTime();
        try (Citebot bot = open.get()) {
            long t1 = System.nanoTime();
            int correct = 0;
            int top = 0;
            for (GoldQuestion g : gold) {
                var answer = bot.answer(g.question());
                String given = answer.best().map(f -> f.fact()).orElse(null);
                correct += right(g, given) ? 1 : 0;
                top += !g.unanswerable() && !answer.passages().isEmpty()
                        && g.supportedBy(answer.passages().get(0).passage().docId()) ? 1 : 0;
            }
            long t2 = System.nanoTime();
            return new Side("citebot", correct, gold.size(), top, answerable(gold), (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        }
    }

    private static Side baseline(Supplier<Corpus> load, List<GoldQuestion> gold) {
        long t0 = System.nanoTime();
        try (Bm25Baseline baseline = Bm25Baseline.build(load.get(), new IcuSentenceSplitter())) {
            long t1 = System.nanoTime();
            int correct = 0;
            int top = 0;
            for (GoldQuestion g : gold) {
                var reply = baseline.answer(g.question());
                correct += right(g, reply.map(Bm25Baseline.Reply::answer).orElse(null)) ? 1 : 0;
                top += !g.unanswerable() && reply.isPresent() && g.supportedBy(reply.get().docId()) ? 1 : 0;
            }
            long t2 = System.nanoTime();
            return new Side("baseline", correct, gold.size(), top, answerable(gold), (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        }
    }

    private static int answerable(List<GoldQuestion> gold) {
        return (int) gold.stream().filter(g -> !g.unanswerable()).count();
    }

    /** The shared scorer's verdict: declined for NONE, a matching answer otherwise. */
    static boolean right(GoldQuestion g, String given) {
        return g.unanswerable() ? given == null : given != null && AnswerMatch.correct(given, g.answers());
    }
}
