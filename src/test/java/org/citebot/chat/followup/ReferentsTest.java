package org.citebot.chat.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.citebot.chat.followup.FunctionWords.Agreement;
import org.citebot.question.AnswerType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who or what a pronoun may stand for after invented questions about an invented town. */
class ReferentsTest {

    private static final CorpusVocabulary VOCABULARY = CorpusVocabulary.of(List.of(
            "L'Agence a ouvert une piscine à Lyon. Selon l'Agence, la mairie de Lyon regrette la décision. "
                    + "Anne Martin dirige l'Agence depuis 2019."));

    private final Referents referents = new Referents(new NounPhrases(VOCABULARY));

    private List<Referents.Referent> candidates(String question, String fact, AnswerType type) {
        Previous previous = new Previous(question, Optional.ofNullable(fact), type);
        return referents.candidates(previous, QuestionFrame.of(Words.of(question)));
    }

    private static String first(List<Referents.Referent> candidates, Agreement agreement) {
        return Referents.agreeing(candidates, agreement, Optional.empty()).orElseThrow().words().text();
    }

    @ParameterizedTest(name = "{1} after {0}")
    @CsvSource(delimiter = '|', textBlock = """
            quel pays accueille la piscine de l'Agence à Lyon ?      | FEMININE  | la piscine de l'Agence à Lyon
            quelle ville accueille le bureau de la mairie en Suisse ? | MASCULINE | le bureau de la mairie en Suisse
            où Anne Martin a-t-elle vu la déléguée à Lyon ?           | FEMININE  | Anne Martin
            """)
    void aNameAfterAPrepositionOfPlaceComesAfterThePhrasesItFollows(String question, Agreement agreement, String first) {
        assertEquals(first, first(candidates(question, null, AnswerType.PLACE), agreement));
    }

    @Test
    void aBareNounComplementNamesAKindAndStandsForNothing() {
        List<Referents.Referent> found = candidates("depuis quand le titre de délégué compétent est vacant ?", "mars 2020",
                AnswerType.DATE);
        assertEquals("le titre de délégué compétent", first(found, Agreement.MASCULINE));
        assertTrue(found.stream().noneMatch(r -> r.words().key(0).equals("delegue")), found.toString());
    }
}
