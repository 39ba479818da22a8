package org.citebot.answer.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The number-in-question scan agrees with the regular expression it replaced. */
class QuantityStandsAloneTest {

    @Test
    void agreesWithTheRegularExpression() {
        Random random = new Random(7);
        String alphabet = "0123 a,.\n";
        for (int n = 0; n < 20_000; n++) {
            String text = random(random, alphabet, 12);
            String digits = random(random, "0123.,", 3);
            boolean expected = text.matches(".*(?<![\\d])" + Pattern.quote(digits) + "(?![\\d]).*");
            assertEquals(expected, QuantityExtractor.standsAlone(text, digits), () -> text + " / " + digits);
        }
    }

    private static String random(Random random, String alphabet, int max) {
        StringBuilder b = new StringBuilder();
        int length = random.nextInt(max + 1);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
