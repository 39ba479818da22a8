package org.citebot.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.citebot.config.ConfigDir;
import org.citebot.config.Settings;
import org.citebot.corpus.Corpus;
import org.citebot.corpus.CorpusLoader;
import org.citebot.index.PassageSplitter;
import org.citebot.index.opensearch.IndexLoader;
import org.citebot.index.opensearch.OpenSearchSettings;
import org.citebot.text.IcuSentenceSplitter;
import picocli.CommandLine.Command;
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
        description = "Load the articles into a new generation of the OpenSearch indexes and put it in service.")
final class OpenSearchLoadCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Folder of articles (.txt). Default: the 'corpus' setting, else seeds/.")
    Path corpus;

    @Option(names = "--config", paramLabel = "DIR", defaultValue = "config",
            description = "Folder of settings, synonyms and opensearch/ definitions. Default: ${DEFAULT-VALUE}/.")
    Path config;

    @Option(names = "--force", description = "Load even when the cluster already holds this very corpus.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ConfigDir configDir = new ConfigDir(config);
        Settings settings = Settings.load(configDir, System.getenv());
        Path dir = corpus != null ? corpus : Path.of(settings.get("corpus", "seeds"));
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(dir)) {
            err.println("opensearch-load: corpus folder " + dir + " not found");
            return 2;
        }
        OpenSearchSettings cluster = OpenSearchSettings.from(settings);
        Corpus articles = CorpusLoader.fromConfig(configDir).load(dir);
        articles.warnings().forEach(w -> err.println("warning: " + w));
        err.println("loading " + articles.documents().size() + " articles from " + dir + " into index '"
                + cluster.passagesIndex() + "' at " + cluster.urls());
        err.flush();
        int[] lastPercent = {-1};
        IndexLoader.Result r = IndexLoader.load(cluster, configDir, articles,
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
