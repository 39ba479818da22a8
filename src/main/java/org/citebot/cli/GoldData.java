package org.citebot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.citebot.config.ConfigDir;
import org.citebot.config.Settings;
import org.citebot.eval.Evaluation;
import org.citebot.eval.GoldQuestion;
import org.citebot.qa.Citebot;

/**
 * One {@code --data GOLD=CORPUS[=CONFIG]} of the fit commands: a gold file, the folder of its
 * articles and the config folder they are read with ({@code config/} by default). The fit
 * commands learn from several such sets at once, each answered by its own citebot.
 *
 * @param gold   the gold questions (JSON Lines)
 * @param corpus the folder of the articles they are about
 * @param config the config folder the articles are read with
 */
record GoldData(Path gold, Path corpus, ConfigDir config) {

    /** What is done with each gold question, given the citebot of its articles. */
    interface QuestionReader {
        void read(GoldQuestion question, Citebot bot);
    }

    /**
     * The sets of {@code specs}, each {@code GOLD=CORPUS[=CONFIG]}.
     *
     * @throws IllegalArgumentException naming the spec, when one is malformed or names a gold file
     *                                  or a corpus folder that cannot be read
     */
    static List<GoldData> parse(List<String> specs) {
        List<GoldData> out = new ArrayList<>();
        for (String spec : specs) {
            String[] parts = spec.split("=");
            if (parts.length < 2 || parts.length > 3) {
                throw new IllegalArgumentException("--data wants GOLD=CORPUS[=CONFIG], got " + spec);
            }
            Path gold = Path.of(parts[0]);
            if (!Files.isReadable(gold) || !Files.isDirectory(Path.of(parts[1]))) {
                throw new IllegalArgumentException("cannot read gold file " + gold + " or corpus folder " + parts[1]);
            }
            out.add(new GoldData(gold, Path.of(parts[1]), new ConfigDir(Path.of(parts.length == 3 ? parts[2] : "config"))));
        }
        return List.copyOf(out);
    }

    /** Opens a citebot over this set's articles and gives it {@code reader} with each gold question, in file order. */
    void forEachQuestion(QuestionReader reader) throws IOException {
        try (Citebot bot = Citebot.open(corpus, config, Settings.load(config, System.getenv()))) {
            for (GoldQuestion g : Evaluation.readGold(gold)) {
                reader.read(g, bot);
            }
        }
    }

    /**
     * Opens a citebot over this set's articles but those of {@code without} (document ids, the
     * file-name prefix before « _ »), linked into a temporary folder, and gives it {@code reader}
     * with each of {@code questions}; the folder is removed afterwards.
     */
    void forEachWithout(Set<String> without, List<GoldQuestion> questions, QuestionReader reader) throws IOException {
        Path dir = Files.createTempDirectory("citebot-negatives");
        try {
            try (var files = Files.list(corpus)) {
                for (Path f : files.sorted().toList()) {
                    if (!without.contains(docId(f.getFileName().toString()))) {
                        Files.createSymbolicLink(dir.resolve(f.getFileName()), f.toAbsolutePath());
                    }
                }
            }
            try (Citebot bot = Citebot.open(dir, config, Settings.load(config, System.getenv()))) {
                for (GoldQuestion g : questions) {
                    reader.read(g, bot);
                }
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    /** The document id of an article's file name: what precedes its first « _ » (or its extension). */
    static String docId(String fileName) {
        int cut = fileName.indexOf('_');
        if (cut < 0) {
            cut = fileName.lastIndexOf('.');
        }
        return cut < 0 ? fileName : fileName.substring(0, cut);
    }

    /** This set's gold questions, in file order. */
    List<GoldQuestion> questions() throws IOException {
        return Evaluation.readGold(gold);
    }

    /** The cross-validation group of {@code question}: its article within this gold file. */
    String group(GoldQuestion question) {
        return gold.getFileName() + ":" + (question.docs().isEmpty() ? question.id() : question.docs().get(0));
    }
}
