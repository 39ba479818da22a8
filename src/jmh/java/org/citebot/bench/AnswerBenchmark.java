package org.citebot.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Answer latency on {@code seeds/} for a mix of question types, whole pipeline in process
 * (analysis, retrieval, extraction, ranking; no formatting). Sample mode, so JMH reports the
 * p50 and p99 the performance issue asks for. Run from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnswerBenchmark {

    /** One question of each kind, plus one the articles do not answer. */
    static final List<String> MIX = List.of("combien de diplomates expulsés ?", "qui dirige l'otan ?",
            "quand la Russie a annoncé la fin de sa mission à Bruxelles ?", "où se trouve la mission de liaison ?",
            "pourquoi l'OTAN a retiré l'accréditation de diplomates russes ?", "quel est le salaire du ministre ?");

    private Citebot bot;
    private int next;

    @Setup(Level.Trial)
    public void open() {
        ConfigDir config = new ConfigDir(Path.of("config"));
        bot = Citebot.open(Path.of("seeds"), config, Settings.load(config, Map.of()));
    }

    @TearDown(Level.Trial)
    public void close() {
        bot.close();
    }

    @Benchmark
    public Answer answer() {
        next = (next + 1) % MIX.size();
        return bot.answer(MIX.get(next));
    }
}
