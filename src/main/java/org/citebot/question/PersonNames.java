package org.citebot.question;

import java.util.Optional;

/**
 * What the articles taught about people's names, as the question analysis needs it: chat users
 * type a name without its capitals (« qui est durand ? ») or by the last name alone, and only the
 * corpus tells that « durand » is a person and « Paul Durand » the name the articles write.
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
}
