package org.citebot.question;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.citebot.text.WordLists;

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

    /**
     * The shared list, read once: half a dozen parts of the answerer consult it, and reading the
     * resource for each cost start-up time for the same immutable map.
     */
    public static TypedNouns load() {
        return Shared.INSTANCE;
    }

    /** Holds the list, read on first use (class initialisation is lazy and thread-safe). */
    private static final class Shared {
        static final TypedNouns INSTANCE = read();
    }

    private static TypedNouns read() {
        Map<String, AnswerType> map = new HashMap<>();
        for (String l : WordLists.lines(TypedNouns.class, "typed-nouns.txt")) {
            int colon = l.indexOf(':');
            AnswerType type = AnswerType.valueOf(l.substring(0, colon).strip());
            for (String noun : l.substring(colon + 1).strip().split("\\s+")) {
                map.putIfAbsent(noun, type);
            }
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
