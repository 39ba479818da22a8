package org.citebot.answer.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.citebot.question.AnswerType;
import org.citebot.question.TypedNouns;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KindWordsTest {

    private final KindWords words = new KindWords(TypedNouns.load());

    @ParameterizedTest(name = "« {0} » holds a {1} noun: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            dans la chambre de la reine      | PLACE  | true
            au centre du Bassin du Cratère   | PLACE  | true
            à la beauté                      | PLACE  | false
            le roi de Moab                   | PERSON | true
            Béséléel                         | PERSON | false
            """)
    void findsANounOfTheAskedKind(String text, AnswerType kind, boolean holds) {
        assertEquals(holds, words.holds(text, kind));
    }

    @ParameterizedTest(name = "« {0} » is not a person: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            NBA G League                  | true
            Expédition du Nord            | true
            Francine Clark Art Institute  | true
            Olivier Meslay                | false
            Tchang Kaï-chek               | false
            Béséléel                      | false
            Louis XIV                     | false
            Jean II de Bourgogne          | false
            """)
    void tellsNamesOfOtherKinds(String name, boolean notAPerson) {
        assertEquals(notAPerson, words.notAPerson(name));
    }
}
