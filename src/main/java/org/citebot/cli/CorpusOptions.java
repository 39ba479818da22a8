package org.citebot.cli;

import java.nio.file.Path;
import java.util.Map;
import org.citebot.config.ConfigDir;
import org.citebot.config.Settings;
import org.citebot.qa.Citebot;
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

    Citebot open() {
        Settings settings = settings();
        return Citebot.open(corpusDir(settings), configDir(), settings);
    }

    Map<String, String> describe(Settings settings) {
        return Map.of("corpus", corpusDir(settings).toString(), "config", config.toString());
    }
}
