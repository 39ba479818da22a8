package org.citebot.question;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * French nouns that say what a « quel + nom » question asks for: « quelle ville » wants a
 * place, « quel ministre » a person, « quel pourcentage » a quantity. Read from the class-path
 * resource {@code typed-nouns.txt}: knowledge of French, not of any corpus.
 */
public final class TypedNouns {

    private final Map<String, AnswerType> types;

    private TypedNouns(Map<String, AnswerType> types) {
        this.types = Map.copyOf(types);
    }

    public static TypedNouns load() {
        Map<String, AnswerType> map = new HashMap<>();
        try (InputStream in = TypedNouns.class.getResourceAsStream("typed-nouns.txt")) {
            if (in == null) {
                throw new IllegalStateException("typed-nouns.txt missing from the class path");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                int colon = l.indexOf(':');
                AnswerType type = AnswerType.valueOf(l.substring(0, colon).strip());
                for (String noun : l.substring(colon + 1).strip().split("\\s+")) {
                    map.putIfAbsent(noun, type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TypedNouns(map);
    }

    /** The answer type a folded noun asks for, plural endings ignored. */
    public Optional<AnswerType> typeOf(String foldedNoun) {
        AnswerType t = types.get(foldedNoun);
        if (t == null && (foldedNoun.endsWith("s") || foldedNoun.endsWith("x")) && foldedNoun.length() > 3) {
            t = types.get(foldedNoun.substring(0, foldedNoun.length() - 1));
        }
        if (t == null && foldedNoun.endsWith("aux")) {
            t = types.get(foldedNoun.substring(0, foldedNoun.length() - 3) + "al");
        }
        return Optional.ofNullable(t);
    }
}
