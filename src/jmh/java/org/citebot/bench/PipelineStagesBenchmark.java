package org.citebot.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.citebot.config.ConfigDir;
import org.citebot.corpus.Corpus;
import org.citebot.corpus.CorpusLoader;
import org.citebot.index.FrenchAnalysis;
import org.citebot.index.LucenePassageIndex;
import org.citebot.index.PassageSplitter;
import org.citebot.index.ScoredPassage;
import org.citebot.question.Question;
import org.citebot.question.QuestionAnalyzer;
import org.citebot.text.IcuSentenceSplitter;
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

/** The pipeline's stages alone on {@code seeds/}: question analysis, retrieval, index build. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineStagesBenchmark {

    private final QuestionAnalyzer analyzer = new QuestionAnalyzer();
    private final PassageSplitter splitter = new PassageSplitter(new IcuSentenceSplitter());
    private FrenchAnalysis analysis;
    private Corpus corpus;
    private LucenePassageIndex index;
    private int next;

    @Setup(Level.Trial)
    public void open() {
        ConfigDir config = new ConfigDir(Path.of("config"));
        corpus = CorpusLoader.fromConfig(config).load(Path.of("seeds"));
        analysis = FrenchAnalysis.withSynonyms(FrenchAnalysis.withBuiltInRules(config.lines("synonyms.txt")));
        index = LucenePassageIndex.build(corpus, splitter, analysis);
    }

    @TearDown(Level.Trial)
    public void close() {
        index.close();
    }

    private String nextQuestion() {
        next = (next + 1) % AnswerBenchmark.MIX.size();
        return AnswerBenchmark.MIX.get(next);
    }

    @Benchmark
    public Question questionAnalysis() {
        return analyzer.analyze(nextQuestion());
    }

    @Benchmark
    public List<ScoredPassage> retrieval() {
        return index.search(nextQuestion(), 20);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int indexBuild() {
        try (LucenePassageIndex built = LucenePassageIndex.build(corpus, splitter, analysis)) {
            return built.size();
        }
    }
}
