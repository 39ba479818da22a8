package org.citebot.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.citebot.config.ConfigDir;
import org.citebot.corpus.CorpusLoader;
import org.citebot.corpus.ScaleCorpusGenerator;
import org.citebot.index.PassageSplitter;
import org.citebot.text.IcuSentenceSplitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code gen-corpus}: writes a scale corpus of exactly N passages recombined from real articles
 * (see {@link ScaleCorpusGenerator}), to measure indexing and answering on a bigger corpus than
 * one has. A command of the application, not a test fixture: whoever deploys citebot can size a
 * server with it ({@code gen-corpus} then {@code ask --index}).
 */
@Command(name = "gen-corpus", mixinStandardHelpOptions = true,
        description = "Write a synthetic French corpus of N passages recombined from real articles.")
final class GenCorpusCommand implements Callable<Integer> {

    @Option(names = "--passages", paramLabel = "N", required = true, description = "Passages to write, exactly.")
    long passages;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write (new or empty).")
    Path out;

    @Option(names = "--from", paramLabel = "DIR", split = ",", defaultValue = "seeds",
            description = "Folders of source articles, comma-separated (default ${DEFAULT-VALUE}).")
    List<Path> from;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Random seed: the same seed and sources give the same files (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--config", paramLabel = "DIR", defaultValue = "config",
            description = "Folder of boilerplate patterns and sources, as for the index (default ${DEFAULT-VALUE}/).")
    Path config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (passages < 1) {
            spec.commandLine().getErr().println("gen-corpus: --passages must be at least 1");
            return 2;
        }
        for (Path dir : from) {
            if (!java.nio.file.Files.isDirectory(dir)) {
                spec.commandLine().getErr().println("gen-corpus: source folder not found: " + dir);
                return 2;
            }
        }
        long t0 = System.nanoTime();
        PassageSplitter splitter = new PassageSplitter(new IcuSentenceSplitter());
        var generator = new ScaleCorpusGenerator(CorpusLoader.fromConfig(new ConfigDir(config)),
                new IcuSentenceSplitter(), d -> splitter.split(d).size());
        var summary = generator.generate(from, passages, seed, out);
        spec.commandLine().getOut().printf("%s: %d passages in %d files (seed %d, %d s)%n", out, summary.passages(),
                summary.files(), seed, (System.nanoTime() - t0) / 1_000_000_000L);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
