package org.citebot.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The folder of files a deployer edits ({@code config/} by default): settings, synonyms,
 * source metadata, boilerplate patterns, reply templates, gazetteers.
 *
 * <p>Every file is optional: a missing one means "nothing configured", never an error, so a
 * fresh corpus works with an empty config folder.
 */
public record ConfigDir(Path root) {

    public ConfigDir {
        Objects.requireNonNull(root, "root");
    }

    public Path resolve(String name) {
        return root.resolve(name);
    }

    /**
     * The meaningful lines of a text file: trimmed, without blank lines and {@code #} comments.
     * An absent file gives no lines.
     */
    public List<String> lines(String name) {
        Path file = resolve(name);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<String> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
