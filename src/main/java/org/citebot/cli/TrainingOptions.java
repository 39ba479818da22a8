package org.citebot.cli;

import java.util.List;
import picocli.CommandLine.Option;

/**
 * The gold data a fit learns from and how many folds by article cross-validate it: the options
 * {@code fit} and {@code fit-ranker} share, so both read {@code --data} alike.
 */
final class TrainingOptions {

    @Option(names = "--data", required = true, paramLabel = "GOLD=CORPUS[=CONFIG]",
            description = "A gold file, its articles' folder and its config folder (default config/). Repeatable.")
    List<String> data;

    @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds, by article (${DEFAULT-VALUE}).")
    int folds;

    /** The {@code --data} as given, for the header of a fitted model. */
    String named() {
        return String.join(" ", data);
    }
}
