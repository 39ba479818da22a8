package org.citebot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.citebot.answer.Answer;
import org.citebot.config.ConfigDir;
import org.citebot.config.Settings;
import org.citebot.qa.Citebot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Answer latency on the scale corpora written by {@code citebot gen-corpus} (see
 * {@code scripts/scale-bench}, which writes them and builds their indexes first): how the cost of
 * a question grows with the corpus. The index is opened from {@code DIR/i<passages>}, built there
 * on first use and reused afterwards.
 *
 * <p>Questions: the lines of the {@code questions} files (JSON Lines with a {@code question}
 * field, separated by {@code ;}, e.g. the shared dev and PIAF gold files, whose articles the scale corpora hold
 * verbatim), else {@link AnswerBenchmark#MIX}. Many different questions, so that the figures are
 * those of many postings lists, not of six questions the caches have learned.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class ScaleBenchmark {

    @Param({"10000", "100000", "1000000"})
    public int passages;

    /** Folder of the corpora ({@code c<passages>}) and indexes ({@code i<passages>}). */
    @Param("target/scale")
    public String dir;

    /** Question files, separated by {@code ;} (JMH splits parameter values on commas); empty for the built-in mix. */
    @Param("")
    public String questions;

    private Citebot bot;
    private List<String> asked;
    private int next;

    @Setup(Level.Trial)
    public void open() throws IOException {
        Path corpus = Path.of(dir, "c" + passages);
        if (!Files.isDirectory(corpus)) {
            throw new IllegalStateException(corpus + " is missing: run scripts/scale-bench (or citebot gen-corpus) first");
        }
        asked = questions.isBlank() ? AnswerBenchmark.MIX : read(questions);
        ConfigDir config = new ConfigDir(Path.of("config"));
        long t0 = System.nanoTime();
        bot = Citebot.open(corpus, config, Settings.load(config, Map.of()), Optional.of(Path.of(dir, "i" + passages)));
        System.out.printf("%n%d passages opened in %d ms, %d questions%n", passages,
                (System.nanoTime() - t0) / 1_000_000, asked.size());
    }

    private static List<String> read(String files) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        for (String file : files.split(";")) {
            for (String line : Files.readAllLines(Path.of(file.strip()), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(json.readTree(line).get("question").asText());
                }
            }
        }
        return List.copyOf(out);
    }

    @TearDown(Level.Trial)
    public void close() {
        bot.close();
    }

    @Benchmark
    public Answer answer() {
        next = (next + 1) % asked.size();
        return bot.answer(asked.get(next));
    }
}
