package org.citebot.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerbFormsTest {

    @ParameterizedTest(name = "{0} verb? {1}")
    @CsvSource({
            "basés, true", "passé, true", "publié, true", "restent, true", "liait, true", "trouve, true",
            "dirige, true", "remporté, true", "expulser, true",
            "accréditations, false", "gouvernement, false", "frontières, false", "université, false",
            "diplomates, false", "Estonie, false", "salaire, false", "américains, false", "présidence, false",
            "premier, false", "dernière, false", "métier, false", "armée, false", "année, false", "président, false",
            "régions, false", "société, false", "musée, false", "souvent, false", "fondée, true", "étaient, true",
    })
    void guessesVerbForms(String word, boolean verb) {
        assertEquals(verb, VerbForms.likely(word), word);
    }
}
