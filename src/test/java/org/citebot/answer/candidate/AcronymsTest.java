package org.citebot.answer.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcronymsTest {

    /** Sentence | acronym | the long form it spells out (empty: none). */
    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Le Conseil national des sports (CNS) se réunit demain.                 | CNS  | Conseil national des sports
            Il préside le Comité franco-allemand (CFA) depuis mai.                  | CFA  | Comité franco-allemand
            Selon l'Office de la pêche et de la mer (OPM), les stocks baissent.     | OPM  | Office de la pêche et de la mer
            Le CNS (Conseil national des sports) se réunit demain.                  | CNS  | Conseil national des sports
            Le conseil a voté (CNS) hier.                                           | CNS  |
            La ville de Lyon (LYO) accueille le salon.                              | LYO  |
            Le Centre national de la recherche (CNRS) recrute.                      | CNRS |
            Le Conseil national des sports (CNS) se réunit demain.                  | cns  | Conseil national des sports
            """)
    void readsTheLongFormTheSentencePairsWithTheAcronym(String sentence, String acronym, String expected) {
        var found = Acronyms.longForm(sentence, acronym).map(s -> s.of(sentence));
        assertEquals(expected == null ? "" : expected, found.orElse(""));
    }

    @Test
    void anAcronymHasTwoCapitalsAtLeast() {
        assertTrue(Acronyms.looksLikeAcronym("CNS"));
        assertTrue(Acronyms.looksLikeAcronym("SNCF"));
        assertTrue(Acronyms.looksLikeAcronym("CdS"));
        assertFalse(Acronyms.looksLikeAcronym("Lyon"));
        assertFalse(Acronyms.looksLikeAcronym("cns"));
        assertFalse(Acronyms.looksLikeAcronym("A"));
    }
}
