package org.citebot.answer.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NounMatchTest {

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = ';', textBlock = """
            péninsule ; Péninsule   ; true
            président ; présidente  ; true
            présidents; Président   ; true
            œuvres    ; oeuvre      ; true
            ville     ; villages    ; false
            roi       ; rois        ; true
            roi       ; reine       ; false
            """)
    void sameNoun(String a, String b, boolean same) {
        assertEquals(same, NounMatch.same(a, b));
    }
}
