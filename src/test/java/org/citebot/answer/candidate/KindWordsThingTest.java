package org.citebot.answer.candidate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.citebot.question.TypedNouns;
import org.junit.jupiter.api.Test;

class KindWordsThingTest {

    private final KindWords kinds = new KindWords(TypedNouns.load());

    @Test
    void aPhraseHeadedByACommonNounOfAThingIsNoPerson() {
        assertTrue(kinds.thingPhrase("des spectacles en plein air"));
        assertTrue(kinds.thingPhrase("les récoltes de l'automne"));
    }

    @Test
    void peopleRolesAndNamesAreNoThings() {
        assertFalse(kinds.thingPhrase("des habitants du village"));
        assertFalse(kinds.thingPhrase("le roi"));
        assertFalse(kinds.thingPhrase("les Normands"));
        assertFalse(kinds.thingPhrase("ses membres"));
    }
}
