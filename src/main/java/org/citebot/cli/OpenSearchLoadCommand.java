package org.citebot.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.citebot.config.Settings;
import org.citebot.corpus.Corpus;
import org.citebot.corpus.CorpusLoader;
import org.citebot.index.PassageSplitter;
import org.citebot.index.opensearch.IndexLoader;
import org.citebot.index.opensearch.OpenSearchSettings;
import org.citebot.text.IcuSentenceSplitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code opensearch-load}: loads a corpus folder into a new generation of citebot's indexes on the
 * OpenSearch cluster of the {@code opensearch.*} settings (defined by {@code config/opensearch/})
 * and puts it in service. Safe to re-run; an unchanged corpus is not loaded again unless
 * {@code --force}.
 */
@Command(name = "opensearch-load", mixinStandardHelpOptions = true,
        description = "Create the OpenSearch indexes if needed and load the articles into them.")
final class OpenSearchLoadCommand implements Callable<Integer> {

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--force", description = "Load even when the cluster already holds this very corpus.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Settings settings = corpus.settings();
        Path dir = corpus.corpusDir(settings);
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(dir)) {
            err.println("opensearch-load: corpus folder " + dir + " not found");
            return 2;
        }
        OpenSearchSettings cluster = OpenSearchSettings.from(settings);
        Corpus articles = CorpusLoader.fromConfig(corpus.configDir()).load(dir);
        articles.warnings().forEach(w -> err.println("warning: " + w));
        err.println("loading " + articles.documents().size() + " articles from " + dir + " into index '"
                + cluster.passagesIndex() + "' at " + cluster.urls());
        err.flush();
        int[] lastPercent = {-1};
        IndexLoader.Result r = IndexLoader.load(cluster, corpus.configDir(), articles,
                new PassageSplitter(new IcuSentenceSplitter()), force, (done, total) -> {
                    int percent = (int) (100L * done / total);
                    if (percent / 10 != lastPercent[0] / 10 || done == total) {
                        err.println("  " + done + "/" + total + " documents (" + percent + "%)");
                        err.flush();
                        lastPercent[0] = percent;
                    }
                });
        if (r.upToDate()) {
            out.println("index '" + cluster.passagesIndex() + "' already holds this corpus (use --force to reload)");
        } else {
            out.println("loaded " + r.passages() + " passages and " + r.articles() + " articles; '"
                    + cluster.passagesIndex() + "' now searches generation " + r.generation());
        }
        out.flush();
        return 0;
    }
}
