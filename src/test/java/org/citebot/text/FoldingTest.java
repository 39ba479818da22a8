package org.citebot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoldingTest {

    @ParameterizedTest
    @CsvSource({
            "Où, ou",
            "OU, ou",
            "Françoise, francoise",
            "Sergueï, serguei",
            "cœur, coeur",
            "ÆSOPE, aesope",
            "l’Otan, l'otan",
            "Ελλάδα, ελλαδα",
            "İstanbul, istanbul",
            "déjà-vu, deja-vu",
    })
    void foldsCaseAccentsAndTypography(String text, String folded) {
        assertEquals(folded, Folding.fold(text));
    }

    @Test
    void theTableAgreesWithTheGeneralRuleOnMixedText() {
        Random random = new Random(42);
        String extra = "’\u00A0\u2009\u202F«»—–“”\u0301ŒœÆæΣσςİıẞ\uFEFF";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                s.append(random.nextInt(8) == 0 ? extra.charAt(random.nextInt(extra.length()))
                        : (char) random.nextInt(0x180));
            }
            assertEquals(Folding.slowFold(s), Folding.fold(s), () -> "for " + s.chars().mapToObj(Integer::toHexString).toList());
        }
    }
}
