package org.citebot.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.citebot.answer.Answer;
import org.citebot.answer.Citation;
import org.citebot.corpus.Corpus;
import org.citebot.qa.Citebot;
import org.citebot.text.IcuSentenceSplitter;

/**
 * citebot and the {@link Bm25Baseline} on the same gold questions in the same process, so that
 * what both do comes as ratios, not as two figures from different runs.
 *
 * <p>What is compared is what both sides give: a sentence to read first (citebot's quoted
 * sentence, or the passage it offers when it declines; the baseline's first sentence of its best
 * paragraph), judged by whether it holds a gold answer, as {@code score.py}'s passage measure
 * does; the article it comes from; and the time. A short answer and a decline are citebot's
 * alone (the baseline returns a sentence and never declines): they are shown without a ratio.
 *
 * <p>Each side's time is what a user waits for: open (load the articles, index them) and answer
 * every question. The two sides run alternately, {@code rounds} times each, and the last round
 * is reported: the first one pays for loading classes and compiling code shared by both.
 * Correctness is {@link AnswerMatch}'s (the shared {@code score.py} rules); a NONE question is
 * right only when declined.
 */
public final class BaselineComparison {

    /**
     * One side's figures.
     *
     * @param correct      questions right by the score.py rules (a short answer, or a decline for NONE)
     * @param bearing      answerable questions whose first sentence shown holds a gold answer
     * @param topDocument  answerable questions whose first article supports the answer
     * @param declined     NONE questions declined
     */
    public record Side(String name, int correct, int questions, int bearing, int topDocument, int answerable,
                       int declined, double openMillis, double answerMillis) {

        double totalMillis() {
            return openMillis + answerMillis;
        }

        int unanswerable() {
            return questions - answerable;
        }
    }

    /** Both sides, same questions, same run. */
    public record Result(Side citebot, Side baseline) {

        /** A Markdown table, columns aligned, for the terminal and BENCHMARKS.md. */
        public String format() {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {citebot.questions + " questions (" + citebot.answerable + " answerable)", "citebot",
                "BM25 baseline", "citebot ÷ BM25"});
            rows.add(new String[] {"first sentence shown holds the answer", of(citebot.bearing, citebot.answerable),
                of(baseline.bearing, baseline.answerable), ratio(citebot.bearing, baseline.bearing)});
            rows.add(new String[] {"its article supports the answer", of(citebot.topDocument, citebot.answerable),
                of(baseline.topDocument, baseline.answerable), ratio(citebot.topDocument, baseline.topDocument)});
            rows.add(new String[] {"short answer right (score.py)", of(citebot.correct - citebot.declined,
                citebot.answerable), "no short answer", ""});
            if (citebot.unanswerable() > 0) {
                rows.add(new String[] {"declines when the articles do not say", of(citebot.declined,
                    citebot.unanswerable()), "never declines", ""});
            }
            rows.add(new String[] {"open: load + index (ms)", ms(citebot.openMillis), ms(baseline.openMillis),
                ratio(citebot.openMillis, baseline.openMillis)});
            rows.add(new String[] {"time per question (ms)", ms(citebot.answerMillis / citebot.questions),
                ms(baseline.answerMillis / baseline.questions), ratio(citebot.answerMillis, baseline.answerMillis)});
            rows.add(new String[] {"open + all questions (ms)", ms(citebot.totalMillis()), ms(baseline.totalMillis()),
                ratio(citebot.totalMillis(), baseline.totalMillis())});
            return table(rows);
        }

        private static String of(int n, int total) {
            return n + "/" + total;
        }

        private static String ms(double millis) {
            return String.format(Locale.ROOT, millis < 10 ? "%.2f" : "%.0f", millis);
        }

        /** {@code a / b}, or an empty cell when there is nothing to divide by. */
        private static String ratio(double a, double b) {
            return b == 0 || a == 0 ? "" : String.format(Locale.ROOT, "%.2f", a / b);
        }

        /** The rows as a Markdown table whose columns line up: the first left-aligned, the others right. */
        static String table(List<String[]> rows) {
            int[] widths = new int[rows.get(0).length];
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    widths[i] = Math.max(Math.max(widths[i], row[i].length()), 3);
                }
            }
            StringBuilder s = new StringBuilder();
            for (int r = 0; r < rows.size(); r++) {
                line(s, rows.get(r), widths);
                if (r == 0) {
                    String[] rule = new String[widths.length];
                    for (int i = 0; i < widths.length; i++) {
                        rule[i] = i == 0 ? "-".repeat(widths[i]) : "-".repeat(widths[i] - 1) + ":";
                    }
                    line(s, rule, widths);
                }
            }
            return s.toString();
        }

        private static void line(StringBuilder s, String[] cells, int[] widths) {
            s.append('|');
            for (int i = 0; i < cells.length; i++) {
                String pad = " ".repeat(widths[i] - cells[i].length());
                s.append(' ').append(i == 0 ? cells[i] + pad : pad + cells[i]).append(" |");
            }
            s.append('\n');
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

    /** What one side gave for a question: the fact ({@code null} for none) and the passage it shows. */
    private record Shown(String given, Optional<String> quote, Optional<String> docId) {
    }

    /** One side's tallies over the gold questions, counted alike for citebot and the baseline. */
    private record Counts(int correct, int bearing, int top, int declined) {

        static Counts of(List<GoldQuestion> gold, java.util.function.Function<GoldQuestion, Shown> ask) {
            int correct = 0;
            int bearing = 0;
            int top = 0;
            int declined = 0;
            for (GoldQuestion g : gold) {
                Shown shown = ask.apply(g);
                correct += right(g, shown.given()) ? 1 : 0;
                declined += g.unanswerable() && shown.given() == null ? 1 : 0;
                bearing += !g.unanswerable() && shown.quote().filter(q -> AnswerMatch.holds(q, g.answers())).isPresent()
                        ? 1 : 0;
                top += !g.unanswerable() && shown.docId().filter(g::supportedBy).isPresent() ? 1 : 0;
            }
            return new Counts(correct, bearing, top, declined);
        }

        Side side(String name, List<GoldQuestion> gold, double loadMillis, double answerMillis) {
            return new Side(name, correct, gold.size(), bearing, top, answerable(gold), declined, loadMillis,
                    answerMillis);
        }
    }

    private static Side citebot(Supplier<Citebot> open, List<GoldQuestion> gold) {
        long t0 = System.nanoTime();
        try (Citebot bot = open.get()) {
            long t1 = System.nanoTime();
            Counts counts = Counts.of(gold, g -> {
                Answer answer = bot.answer(g.question());
                Optional<Citation> shown = answer.best().map(f -> f.citations().get(0)).or(answer::nearest);
                return new Shown(answer.best().map(f -> f.fact()).orElse(null), shown.map(Citation::quote),
                        shown.map(Citation::docId));
            });
            long t2 = System.nanoTime();
            return counts.side("citebot", gold, (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        }
    }

    private static Side baseline(Supplier<Corpus> load, List<GoldQuestion> gold) {
        long t0 = System.nanoTime();
        try (Bm25Baseline baseline = Bm25Baseline.build(load.get(), new IcuSentenceSplitter())) {
            long t1 = System.nanoTime();
            Counts counts = Counts.of(gold, g -> {
                var reply = baseline.answer(g.question());
                return new Shown(reply.map(Bm25Baseline.Reply::answer).orElse(null),
                        reply.map(Bm25Baseline.Reply::answer), reply.map(Bm25Baseline.Reply::docId));
            });
            long t2 = System.nanoTime();
            return counts.side("baseline", gold, (t1 - t0) / 1e6, (t2 - t1) / 1e6);
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
