package org.citebot.answer.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CausalComplementsTest {

    /** A complement | its noun phrase (empty: none opens it). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            la grève des transports qui a duré trois jours                | la grève des transports
            l'annexion par la ville du port voisin                        | l'annexion
            la fin du contrat de location de la salle                     | la fin du contrat de location
            une enquête sur des paris truqués                             | une enquête
            son silence et sa lenteur                                     | son silence
            la décision du conseil a été contestée                        | la décision du conseil
            dettes envers sa banque                                       | dettes
            de la pluie                                                   | de la pluie
            et la pluie                                                   |
            """)
    void cutsTheNounPhraseThatOpensAComplement(String complement, String expected) {
        int end = CausalComplements.nounPhraseEnd(complement, 0, complement.length());
        assertEquals(expected == null ? "" : expected, complement.substring(0, end));
    }
}
