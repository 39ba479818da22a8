package org.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.citebot.text.Span;
import org.junit.jupiter.api.Test;

/** The hand-written year scan agrees with the regular expression it replaced. */
class CandidateRankerYearTest {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[0-9]{3}|20[0-9]{2})(?!\\d)");

    @Test
    void agreesWithTheRegularExpression() {
        Random random = new Random(42);
        String alphabet = "0123456789012 a-é\n";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(14);
            for (int i = 0; i < length; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            int start = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
            int end = start + random.nextInt(text.length() - start + 1);
            assertEquals(YEAR.matcher(text.substring(start, end)).find(),
                    CandidateRanker.holdsYear(text, new Span(start, end)), () -> text + " " + start + "-" + end);
        }
    }

    @Test
    void examples() {
        assertEquals(true, CandidateRanker.holdsYear("en 1953.", new Span(0, 8)));
        assertEquals(false, CandidateRanker.holdsYear("12345", new Span(0, 5)));
        assertEquals(true, CandidateRanker.holdsYear("12019", new Span(1, 5)));
        assertEquals(false, CandidateRanker.holdsYear("2100 et 999", new Span(0, 11)));
    }
}
