package org.citebot.answer.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.citebot.question.TypedNouns;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A role's noun is a person's with the prefixes French writes before it, when asked for; other nouns stay what they are. */
class PersonNounsTest {

    private static final PersonNouns PERSONS = PersonNouns.withRolePrefixes(TypedNouns.load());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "ministre, true",
            "vice-ministre, true",
            "Vice-Président, true",
            "ex-président, true",
            "sous-secrétaire, true",
            "musée, false",
            "vice-musée, false",
            "ex-, false",
    })
    void readsPrefixedRoles(String noun, boolean person) {
        assertEquals(person, PERSONS.isPerson(noun));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"ministre, true", "vice-ministre, false"})
    void thePlainListReadsNoPrefix(String noun, boolean person) {
        assertEquals(person, new PersonNouns(TypedNouns.load()).isPerson(noun));
    }
}
