package org.citebot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.citebot.corpus.Document;
import org.citebot.eval.AnswerMatch;
import org.citebot.eval.GoldQuestion;
import org.citebot.qa.Citebot;
import org.citebot.rank.LabelledPool;
import org.citebot.rank.PooledPassage;
import org.citebot.rank.SentenceFeature;
import org.citebot.rank.SentenceFeatures;
import org.citebot.rank.SentenceRanker;
import org.citebot.rank.SentenceRankerCrossValidator;
import org.citebot.rank.SentenceRankerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fit-ranker --data GOLD=CORPUS[=CONFIG] …}: learns the answer-sentence ranker from gold
 * questions, prints its figures cross-validated by article (and, apart, the fitted ones) and, with
 * {@code --out}, writes the ranker fitted on everything.
 *
 * <p>A sentence of a question's pool is labelled right when it states a gold answer (the tokens
 * of {@code score.py}, in order) and belongs to a gold article. Refit the shipped ranker with
 * (from the repository root, {@code EMPTY} an empty folder):
 * <pre>
 * java -jar target/citebot.jar fit-ranker \
 *   --data ../shared/eval/seeds-train.jsonl=seeds=config \
 *   --data ../shared/eval/piaf-train/questions.jsonl=../shared/eval/piaf-train/corpus=EMPTY \
 *   --out src/main/resources/org/citebot/rank/sentence-ranker.properties
 * </pre>
 */
@Command(name = "fit-ranker", mixinStandardHelpOptions = true,
        description = "Learn the answer-sentence ranker from gold questions (cross-validated by article).")
final class FitRankerCommand implements Callable<Integer> {

    @Mixin
    TrainingOptions training;

    @Option(names = "--penalty", defaultValue = "0.1",
            description = "L2 penalty of the listwise fit (${DEFAULT-VALUE}).")
    double penalty;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the ranker fitted on all the data here.")
    Path out;

    @Option(names = "--dump", paramLabel = "FILE",
            description = "Write every question's pool with labels and signals here (JSON Lines), for analysis.")
    Path dump;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter o = spec.commandLine().getOut();
        List<LabelledPool> pools = new ArrayList<>();
        List<String> dumped = new ArrayList<>();
        List<GoldData> sets;
        try {
            sets = GoldData.parse(training.data);
        } catch (IllegalArgumentException e) {
            err.println("fit-ranker: " + e.getMessage());
            return 2;
        }
        for (GoldData set : sets) {
            set.forEachQuestion((g, bot) -> {
                if (g.unanswerable()) {
                    return;
                }
                SentenceFeatures.Measured m = bot.sentencePool(g.question());
                LabelledPool pool = label(set.group(g), g, m, bot);
                pools.add(pool);
                if (dump != null) {
                    dumped.add(dumpLine(pool, g, m, bot));
                }
            });
        }
        if (dump != null) {
            Files.write(dump, dumped, StandardCharsets.UTF_8);
        }
        SentenceRankerTrainer trainer = new SentenceRankerTrainer(penalty, training.folds);
        SentenceRankerCrossValidator.Result cv = new SentenceRankerCrossValidator(trainer, training.folds).evaluate(pools);
        o.println("fitted (weights learned on every question): " + cv.fitted().format());
        o.println("cross-validated by article (held-out folds): " + cv.heldOut().format());
        o.println("held-out top1/top3 (%) fold by fold: " + cv.formatFolds());
        o.println("held-out first sentences by probability: " + cv.calibration());
        o.println("held-out second sentences by probability: " + cv.otherCalibration());
        if (out != null) {
            SentenceRanker ranker = cv.ranker();
            String header = String.format(Locale.ROOT, """
                    The answer-sentence ranker: a linear score over the signals of
                    org.citebot.rank.SentenceFeature (keys w.<signal>), learned listwise, and the calibration
                    of the first sentence's probability (top.*) and of the others' (other.*), fitted by
                    `citebot fit-ranker` (FitRankerCommand).
                    Data: %s
                    Folds %d by article, L2 penalty %.2f.
                    Fitted: %s
                    Cross-validated by article: %s
                    Held-out top1/top3 (%%) fold by fold: %s""", training.named(), training.folds, penalty,
                    cv.fitted().format(), cv.heldOut().format(), cv.formatFolds());
            Files.writeString(out, ranker.write(header), StandardCharsets.UTF_8);
            o.println("ranker written to " + out);
        }
        o.flush();
        return 0;
    }

    /** Each pooled sentence labelled: it states a gold answer and belongs to a gold article. */
    private static LabelledPool label(String group, GoldQuestion g, SentenceFeatures.Measured m, Citebot bot) {
        boolean[] labels = new boolean[m.pool().size()];
        for (int i = 0; i < labels.length; i++) {
            PooledPassage p = m.pool().get(i);
            Document doc = bot.document(p.passage().docId()).orElseThrow();
            labels[i] = g.supportedBy(doc.id()) && AnswerMatch.holds(doc.quote(p.passage().sentence()), g.answers());
        }
        return new LabelledPool(group, g.question(), m.features(), labels);
    }

    private static String dumpLine(LabelledPool pool, GoldQuestion g, SentenceFeatures.Measured m, Citebot bot) {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var node = mapper.createObjectNode();
        node.put("id", g.id());
        node.put("group", pool.group());
        node.put("type", g.type());
        node.put("question", g.question());
        node.put("answers", String.join(" | ", g.answers()));
        var names = node.putArray("names");
        for (SentenceFeature f : SentenceFeature.values()) {
            names.add(f.key());
        }
        var rows = node.putArray("pool");
        for (int i = 0; i < pool.size(); i++) {
            var r = rows.addObject();
            PooledPassage p = m.pool().get(i);
            r.put("label", pool.labels()[i]);
            r.put("rank", p.retrievalRank());
            r.put("article", p.articleRank());
            r.put("doc", p.passage().docId());
            r.put("start", p.passage().sentence().start());
            r.put("end", p.passage().sentence().end());
            r.put("ordinal", p.passage().ordinal());
            Document doc = bot.document(p.passage().docId()).orElseThrow();
            r.put("text", doc.quote(p.passage().sentence()));
            r.put("title", doc.title());
            var f = r.putArray("f");
            for (double v : pool.features()[i]) {
                f.add(v);
            }
        }
        try {
            return mapper.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
