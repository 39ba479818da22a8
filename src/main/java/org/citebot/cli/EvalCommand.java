package org.citebot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.citebot.eval.BaselineComparison;
import org.citebot.eval.EvalReport;
import org.citebot.eval.Evaluation;
import org.citebot.qa.Citebot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eval GOLD.jsonl}: measures citebot against gold questions and prints the figures. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure answers against a gold file.")
final class EvalCommand implements Callable<Integer> {

    @Mixin
    CorpusOptions corpus;

    @Parameters(paramLabel = "GOLD", description = "Gold questions (JSON Lines, the shared evaluation format).")
    Path gold;

    @Option(names = "--show-misses", paramLabel = "N", defaultValue = "0", description = "Print N misses.")
    int showMisses;

    @Option(names = "--baseline", description = "Run a plain Lucene BM25 baseline (StandardAnalyzer, first "
            + "sentence of the best paragraph) beside citebot in the same process: whether the first sentence each "
            + "shows holds the answer, its article, and time, with ratios.")
    boolean baseline;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "2",
            description = "With --baseline: runs of each side, alternately; the last is reported (default ${DEFAULT-VALUE}).")
    int rounds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isReadable(gold)) {
            spec.commandLine().getErr().println("eval: cannot read gold file " + gold);
            return 2;
        }
        if (baseline) {
            if (rounds < 1) {
                spec.commandLine().getErr().println("eval: --rounds must be at least 1");
                return 2;
            }
            var result = BaselineComparison.run(corpus::open, corpus::load, Evaluation.readGold(gold), rounds);
            spec.commandLine().getOut().print(result.format());
            spec.commandLine().getOut().printf(Locale.ROOT, "(the last of %d rounds of each side, alternately, in this "
                    + "process: --rounds N for steadier times)%n", rounds);
            spec.commandLine().getOut().flush();
            return 0;
        }
        try (Citebot bot = corpus.open()) {
            EvalReport report = Evaluation.run(bot, Evaluation.readGold(gold));
            var out = spec.commandLine().getOut();
            report.misses().stream().limit(showMisses).forEach(m -> out.println("MISS " + m));
            out.print(report.format());
            out.flush();
        }
        return 0;
    }
}
