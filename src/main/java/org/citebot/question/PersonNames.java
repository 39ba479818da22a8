package org.citebot.question;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.citebot.text.Folding;

/**
 * What the articles taught about people's names, as the question analysis needs it: chat users
 * type a name without its capitals (« qui est lavrov ? ») or by the last name alone, and only the
 * corpus tells that « lavrov » is a person and « Sergueï Lavrov » the name the articles write.
 * Implementations are immutable and thread-safe.
 */
public interface PersonNames {

    /** Knows no name: the analysis reads only what the question's own capitals say. */
    PersonNames NONE = new PersonNames() {
        @Override
        public boolean isPerson(String words) {
            return false;
        }

        @Override
        public Optional<String> fullName(String lastName) {
            return Optional.empty();
        }
    };

    /** Whether {@code words}, all together, are a person's name in the articles. */
    boolean isPerson(String words);

    /** The full name of the one person the articles call {@code lastName}, as they write it; empty when none or several. */
    Optional<String> fullName(String lastName);

    /**
     * The people of {@code fullNames} (« Claire Vasseur »): each is a person by the full name or
     * the last name, and a last name two of them share has no full name.
     */
    static PersonNames of(Collection<String> fullNames) {
        Set<String> known = new HashSet<>();
        Map<String, String> byLast = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (String name : fullNames) {
            String[] parts = name.strip().split("\\s+");
            String last = Folding.fold(parts[parts.length - 1]);
            known.add(Folding.fold(name.strip()));
            known.add(last);
            if (byLast.putIfAbsent(last, name.strip()) != null) {
                shared.add(last);
            }
        }
        byLast.keySet().removeAll(shared);
        return new PersonNames() {
            @Override
            public boolean isPerson(String words) {
                return known.contains(Folding.fold(words.strip()));
            }

            @Override
            public Optional<String> fullName(String lastName) {
                return Optional.ofNullable(byLast.get(Folding.fold(lastName.strip())));
            }
        };
    }
}
