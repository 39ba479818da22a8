package org.citebot.chat.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pronouns and demonstratives of invented follow-ups about an invented town, read against the last
 * question, its fact (empty when declined) and its type: the phrase they stand for, whole and
 * agreeing, and nobody when only a person fits and none was named.
 */
class PronounsTest {

    private static final CorpusVocabulary VOCABULARY = CorpusVocabulary.of(List.of(
            "L'Agence a ouvert une piscine à Lyon. Selon l'Agence, la mairie de Lyon regrette la décision. "
                    + "Anne Martin dirige l'Agence depuis 2019. Le juge compétent, Paul Durand, est parti."));

    private final FollowUps followUps = new FollowUps(VOCABULARY);

    private Optional<FollowUps.FollowUp> read(String previous, String fact, String type, String message) {
        return InventedExchange.read(followUps, previous, fact, type, message);
    }

    @ParameterizedTest(name = "{3} after {0}")
    @CsvSource(delimiter = '|', textBlock = """
            quel pays accueille la piscine de l'Agence à Lyon ?      | Suisse      | PLACE  | celle-ci prend fin quand ?   | la piscine de l'Agence à Lyon prend fin quand ?
            quel pays accueille la piscine de l'Agence à Lyon ?      | Suisse      | PLACE  | elle ferme quand ?           | la piscine de l'Agence à Lyon ferme quand ?
            depuis quand le titre de délégué compétent est vacant ?  | mars 2020   | DATE   | qui l'occupait ?             | qui occupait le titre de délégué compétent ?
            depuis quand le titre de délégué compétent est vacant ?  | mars 2020   | DATE   | qui l'occupait en dernier ?  | qui occupait en dernier le titre de délégué compétent ?
            qui dirige l'Agence ?                                    | Anne Martin | PERSON | elle est née où ?            | Anne Martin est née où ?
            qui est le juge compétent de l'Agence ?               | Paul Durand | PERSON | il est né quand ?            | Paul Durand est né quand ?
            qui dirige l'Agence ?                                    | Anne Martin | PERSON | elle est ministre de quoi ?  | Anne Martin est ministre de quoi ?
            """)
    void putsTheWholeAgreeingPhrase(String previous, String fact, String type, String message, String full) {
        FollowUps.FollowUp f = read(previous, fact, type, message).orElseThrow();
        assertEquals(FollowUps.Kind.PRONOUN, f.kind());
        assertEquals(full, f.question());
    }

    @ParameterizedTest(name = "{3} after {0}")
    @CsvSource(delimiter = '|', textBlock = """
            qui occupait le titre de délégué compétent ?             |             | PERSON | il est né quand ?
            qui occupait en dernier le titre de délégué de l'Agence ? |            | PERSON | il est né où ?
            quand la mairie a-t-elle fermé le musée de l'Agence ?   | mars 2020   | DATE   | il est mort quand ?
            qui occupait le titre de délégué compétent ?             |             | PERSON | il est ministre de quoi ?
            qui dirige la piscine de l'Agence à Lyon ?               |             | PERSON | il est né où ?
            """)
    void onlyAPersonIsBornDiesOrHoldsAPostAndNoneWasNamed(String previous, String fact, String type, String message) {
        assertTrue(read(previous, fact, type, message).isEmpty(), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"il est né où ?", "elle est née quand ?", "est-il né à Lyon ?", "il est ne quand ?",
            "elle est décédée quand ?"})
    void readsABirthOrADeath(String message) {
        assertTrue(Pronouns.lifeEvent(Words.of(message)), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"il ne sait pas ?", "elle est où ?", "il est parti quand ?", "qui est né à Lyon ?"})
    void readsNoBirthWhereThereIsNone(String message) {
        assertEquals("qui est né à Lyon ?".equals(message), Pronouns.lifeEvent(Words.of(message)), message);
    }
}
