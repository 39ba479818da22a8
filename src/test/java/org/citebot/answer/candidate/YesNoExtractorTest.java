package org.citebot.answer.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YesNoExtractorTest {

    /** Question | sentence | « oui », « non », or empty when the sentence does not say it. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Les Romains sont-ils chrétiens ?         | Les Romains appellent barbares les peuples chrétiens du nord.        |
            Les Romains sont-ils chrétiens ?         | Les Romains sont devenus chrétiens au quatrième siècle.              | oui
            Les Romains sont-ils chrétiens ?         | Les Romains ne sont pas chrétiens.                                   | non
            Les Romains sont-ils chrétiens ?         | Les Romains admirent les Grecs, qui sont chrétiens.                  |
            Le Sahel est-il un désert ?              | Le Sahel est un vaste désert.                                        | oui
            Le Sahel est-il un désert ?              | Les nomades traversent les plaines désertiques du Sahel.             |
            Le Sahel, est-il un désert ?             | Le Sahel, un désert immense, s'étend sur dix pays.                   | oui
            la Banque a-t-elle reçu une lettre officielle ? | « Nous n’avons reçu aucune lettre officielle », a déclaré le porte-parole de la Banque. | non
            le club a-t-il organisé des matchs amicaux ?    | Le club critique la ligue et a récemment organisé des matchs amicaux.  | oui
            le club a-t-il organisé des matchs amicaux ?    | Le club accuse la ligue d'avoir organisé des matchs amicaux truqués.   |
            le club a-t-il organisé des matchs amicaux ?    | Le club critique la ligue qui a organisé des matchs amicaux.           |
            le club a-t-il organisé des matchs amicaux ?    | Des matchs amicaux ont été organisés par le club.                      | oui
            le club organise-t-il des matchs amicaux ?      | Le club organisait des matchs amicaux chaque été.                      | oui
            le club a-t-il organisé des matchs amicaux ?    | Le club, selon la presse, a organisé des matchs amicaux.      | oui
            le club a-t-il organisé des matchs amicaux ?    | Le club perd, et la ligue, selon la presse, a organisé des matchs amicaux. |
            le gouvernement a-t-il annoncé une hausse des impôts ? | Mardi, le gouvernement a annoncé une hausse des impôts. | oui
            Malte fait-elle partie de l'Union ?      | Deux îles — Malte et Chypre — qui font partie de l'Union, ont voté.  | oui
            Malte fait-elle partie de l'Union ?      | Le ministre de Malte a parlé, et la Grèce fait partie de l'Union.    |
            """)
    void saysWhetherTheSentenceStatesThePredicateOfTheSubject(String question, String sentence, String expected) {
        YesNoQuestion asked = YesNoQuestion.read(question);
        Boolean negative = PredicateTies.states(asked, sentence);
        assertEquals(expected, negative == null ? null : negative ? "non" : "oui", asked.toString());
    }
}
