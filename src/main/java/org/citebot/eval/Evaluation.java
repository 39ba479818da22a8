package org.citebot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.citebot.answer.Answer;
import org.citebot.answer.Citation;
import org.citebot.corpus.Document;
import org.citebot.qa.Citebot;

/**
 * Runs every gold question through citebot and measures the replies, the way the shared
 * {@code score.py} does, plus a stricter citation check: the quote must be the document's text
 * at the citation's offsets.
 */
public final class Evaluation {

    private Evaluation() {
    }

    /** Reads a gold file (JSON Lines). */
    public static List<GoldQuestion> readGold(Path file) {
        ObjectMapper mapper = new ObjectMapper();
        List<GoldQuestion> out = new ArrayList<>();
        try {
            int n = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode o = mapper.readTree(line);
                if (!o.hasNonNull("question")) {
                    throw new IllegalArgumentException(file + ":" + n + ": no \"question\" field");
                }
                out.add(new GoldQuestion(o.path("id").asText("q" + n), o.get("question").asText(),
                        o.path("type").asText("OTHER"), strings(o.path("answers")), strings(o.path("docs")),
                        o.path("evidence").asText("")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file, e);
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    public static EvalReport run(Citebot bot, List<GoldQuestion> gold) {
        Tally t = new Tally();
        for (GoldQuestion g : gold) {
            long t0 = System.nanoTime();
            Answer a = bot.answer(g.question());
            t.millis.add((System.nanoTime() - t0) / 1e6);
            t.record(g, a, bot);
        }
        return t.report(gold.size());
    }

    /** Counts accumulated over a run. */
    private static final class Tally {
        final List<Double> millis = new ArrayList<>();
        final Map<String, double[]> byType = new TreeMap<>();
        final List<String> misses = new ArrayList<>();
        int correct;
        int answered;
        int wrong;
        int none;
        int noneDeclined;
        int citeChecked;
        int citeOk;
        int answerable;
        int top1;
        int top5;
        int passageTop1;
        int passageTop3;
        int useful;
        double exact;
        double f1;

        void record(GoldQuestion g, Answer a, Citebot bot) {
            boolean ok;
            String given = a.best().map(f -> f.fact()).orElse(null);
            double[] type = byType.computeIfAbsent(g.type(), k -> new double[3]);
            if (given != null) {
                answered++;
            }
            if (g.unanswerable()) {
                none++;
                ok = given == null;
                noneDeclined += ok ? 1 : 0;
            } else {
                answerable++;
                ok = given != null && AnswerMatch.correct(given, g.answers());
                if (given != null) {
                    exact += AnswerMatch.exact(given, g.answers()) ? 1 : 0;
                    double best = g.answers().stream().mapToDouble(x -> AnswerMatch.f1(given, x)).max().orElse(0);
                    f1 += best;
                    type[2] += best;
                }
                var docs = a.passages().stream().map(p -> p.passage().docId()).toList();
                top1 += !docs.isEmpty() && g.supportedBy(docs.get(0)) ? 1 : 0;
                top5 += docs.stream().limit(5).anyMatch(g::supportedBy) ? 1 : 0;
                List<String> sentences = a.passages().stream().limit(3)
                        .map(p -> bot.document(p.passage().docId()).map(d -> d.quote(p.passage().sentence())).orElse(""))
                        .toList();
                passageTop1 += !sentences.isEmpty() && holdsAnswer(sentences.get(0), g) ? 1 : 0;
                passageTop3 += sentences.stream().anyMatch(s -> holdsAnswer(s, g)) ? 1 : 0;
                if (given == null && a.toRead().stream().anyMatch(c -> holdsAnswer(c.quote(), g))) {
                    useful++;
                }
                if (ok) {
                    citeChecked++;
                    citeOk += citationHolds(a.best().get().citations().get(0), g, given, bot) ? 1 : 0;
                }
            }
            if (given != null && !ok) {
                wrong++;
            }
            correct += ok ? 1 : 0;
            useful += ok ? 1 : 0;
            type[0] += ok ? 1 : 0;
            type[1]++;
            if (!ok) {
                misses.add(g.id() + " | " + g.question() + " | gold " + g.answers() + " | got " + given);
            }
        }

        /** Whether {@code text} holds one of the gold answers' words in order, as score.py reads it. */
        private static boolean holdsAnswer(String text, GoldQuestion g) {
            String words = " " + String.join(" ", AnswerMatch.tokens(text)) + " ";
            return g.answers().stream().map(AnswerMatch::tokens).filter(t -> !t.isEmpty())
                    .anyMatch(t -> words.contains(" " + String.join(" ", t) + " "));
        }

        /** Verbatim at its offsets, from a supporting document, stating the answer or the evidence. */
        private static boolean citationHolds(Citation c, GoldQuestion g, String given, Citebot bot) {
            Document doc = bot.document(c.docId()).orElse(null);
            if (doc == null || c.span().end() > doc.text().length()
                    || !doc.text().substring(c.span().start(), c.span().end()).equals(c.quote())
                    || !g.supportedBy(c.docId())) {
                return false;
            }
            String quote = " " + String.join(" ", AnswerMatch.tokens(c.quote())) + " ";
            List<String> said = new ArrayList<>(g.answers());
            said.add(given);
            for (String s : said) {
                if (quote.contains(" " + String.join(" ", AnswerMatch.tokens(s)) + " ")) {
                    return true;
                }
            }
            List<String> evidence = AnswerMatch.tokens(g.evidence());
            Set<String> words = new HashSet<>(List.of(quote.strip().split(" ")));
            long shared = evidence.stream().filter(words::contains).count();
            return !evidence.isEmpty() && shared >= 0.5 * evidence.size();
        }

        EvalReport report(int questions) {
            List<Double> sorted = millis.stream().sorted().toList();
            double p50 = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
            double p99 = sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.99)));
            return new EvalReport(questions, correct, answered, wrong, none, noneDeclined, citeChecked, citeOk, exact,
                    f1, answerable, top1, top5, passageTop1, passageTop3, useful, p50, p99, byType, misses);
        }
    }
}
