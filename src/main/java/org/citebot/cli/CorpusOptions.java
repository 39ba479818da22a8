package org.citebot.cli;

import java.nio.file.Path;
import java.util.Map;
import org.citebot.config.ConfigDir;
import org.citebot.config.Settings;
import org.citebot.qa.Citebot;
import org.citebot.qa.LiveCitebot;
import picocli.CommandLine.Option;

/** Options shared by the commands that load a corpus: which articles, which config folder. */
final class CorpusOptions {

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Folder of articles (.txt). Default: the 'corpus' setting, else seeds/.")
    Path corpus;

    @Option(names = "--config", paramLabel = "DIR", defaultValue = "config",
            description = "Folder of settings, synonyms, sources, templates. Default: ${DEFAULT-VALUE}/.")
    Path config;

    ConfigDir configDir() {
        return new ConfigDir(config);
    }

    Settings settings() {
        return Settings.load(configDir(), System.getenv());
    }

    Path corpusDir(Settings settings) {
        return corpus != null ? corpus : Path.of(settings.get("corpus", "seeds"));
    }

    @Option(names = "--index", paramLabel = "DIR",
            description = "Keep the index in DIR and reuse it while the corpus is unchanged "
                    + "(default: the 'index.dir' setting, else in memory).")
    Path index;

    /**
     * A citebot that follows the corpus folder (setting {@code corpus.watch.seconds}, default 2;
     * 0 turns watching off), for the long-running front ends.
     */
    LiveCitebot openLive() {
        Settings settings = settings();
        java.time.Duration interval = java.time.Duration.ofSeconds(settings.getInt("corpus.watch.seconds", 2));
        return LiveCitebot.start(corpusDir(settings), this::open, interval);
    }

    Citebot open() {
        Settings settings = settings();
        return index != null ? Citebot.open(corpusDir(settings), configDir(), settings, java.util.Optional.of(index))
                : Citebot.open(corpusDir(settings), configDir(), settings);
    }

    /** The articles alone, as {@link #open} loads them. */
    org.citebot.corpus.Corpus load() {
        return org.citebot.corpus.CorpusLoader.fromConfig(configDir()).load(corpusDir(settings()));
    }

    Map<String, String> describe(Settings settings) {
        return Map.of("corpus", corpusDir(settings).toString(), "config", config.toString());
    }
}
