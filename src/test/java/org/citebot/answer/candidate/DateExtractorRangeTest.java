package org.citebot.answer.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.citebot.text.DateMention;
import org.citebot.text.FrenchDates;
import org.citebot.text.FrenchTypography;
import org.citebot.text.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateExtractorRangeTest {

    /** Sentence | the range role of each of its dates, in order. */
    @ParameterizedTest(name = "« {0} »: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Le festival a lieu entre le 6 mai et le 10 juin 2007.        | START END
            De 1858 à 1860, il enseigna à Lyon, puis en 1867 à Paris.     | START END NONE
            Le salon se tient du 3 mars au 5 avril 2019.                  | START END
            Il naît en 1901 et meurt en 1950.                             | NONE NONE
            Il visite Rome en 1990 et Venise en 1995.                     | NONE NONE
            Il enseigna depuis 1858 jusqu'en 1860.                        | START END
            """)
    void findsTheRangesOfTwoDates(String sentence, String roles) {
        List<DateMention> mentions = new FrenchDates().find(sentence);
        assertEquals(roles, String.join(" ", Arrays.stream(DateExtractor.rangeRoles(mentions,
                FrenchTypography.view(sentence), new Span(0, sentence.length()))).map(Enum::name).toList()));
    }
}
