package org.citebot.answer.score;

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

    /** Sentence | candidate | the year nearest to it (0: none within 40 characters). */
    @org.junit.jupiter.params.ParameterizedTest(name = "« {1} » in « {0} »: {2}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Le budget passe de 14 millions en 2003 à 12 millions en 2019.        | 12 millions | 2019
            Le budget passe de 14 millions en 2003 à 12 millions en 2019.        | 14 millions | 2003
            En 1990, la ville comptait alors, après bien des changements, 300 habitants. | 300 habitants | 0
            Le pont de 1902 mesure 300 mètres.                                 | 300 mètres  | 1902
            Il a marqué 12019 points.                                          | points      | 0
            En 2019, la ville comptait 300 habitants.                          | 300 habitants | 2019
            Les ménages (12 millions en 2019), contre 7 millions pour l'État.  | 7 millions  | 0
            """)
    void findsTheNearestYear(String sentence, String candidate, int year) {
        int at = sentence.indexOf(candidate);
        assertEquals(year, CandidateRanker.nearestYear(sentence, new Span(0, sentence.length()),
                new Span(at, at + candidate.length()), CandidateRanker.RELATION_WINDOW));
    }
}
