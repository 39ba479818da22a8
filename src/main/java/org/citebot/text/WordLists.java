package org.citebot.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the word lists shipped in the jar (French knowledge such as question words, typed
 * nouns, measure units): UTF-8, one entry a line, {@code #} comments and blank lines skipped.
 * A missing list is a packaging error and fails loudly.
 */
public final class WordLists {

    private WordLists() {
    }

    /** The meaningful lines of the class-path resource {@code name}, relative to {@code owner}. */
    public static List<String> lines(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the class path next to " + owner.getName());
            }
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
