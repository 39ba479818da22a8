package org.citebot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TyposTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            pourqoi   | pourquoi | true  | true
            pourquoi  | pourquoi | false | false
            combien   | combein  | true  | false
            pourqoui  | pourquoi | true  | false
            pourquoii | pourquoi | true  | true
            pouroi    | pourquoi | false | false
            presiden  | president| true  | true
            presidnet | president| true  | false
            mairie    | maire    | true  | true
            ab        | ba       | true  | false
            a         | ''       | true  | true
            """)
    void oneSlipIsOneLetterAddedDroppedChangedOrWithSwapsTwoNeighboursSwapped(String a, String b, boolean withSwaps,
                                                                             boolean withoutSwaps) {
        assertEquals(withSwaps, Typos.oneSlip(a, b, true), "with swaps");
        assertEquals(withoutSwaps, Typos.oneSlip(a, b, false), "without swaps");
        assertEquals(withSwaps, Typos.oneSlip(b, a, true), "symmetric");
    }
}
