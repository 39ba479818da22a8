package org.citebot.chat.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The other readings of written-out follow-ups about an invented harbour: the same question with
 * its names as the invented articles also write them, in full or by the last name alone.
 */
class AlternativeReadingsTest {

    /**
     * Two people named in full twice and by their last name alone twice; a town of two names
     * never written by its second word alone; a name written in full once only.
     */
    static final CorpusVocabulary HARBOUR = CorpusVocabulary.of(List.of(
            "La présidente du port, Hélène Vidal, a annoncé des travaux. Hélène Vidal veut doubler les quais, "
                    + "a précisé Mme Vidal. Selon Vidal, les pêcheurs garderont un quai. Le maire, Paul Renard, a salué "
                    + "le projet. Paul Renard a rencontré les pêcheurs, et M. Renard a promis une aide ; Renard a tenu "
                    + "parole. Les travaux ont été présentés à Saint Malo puis à Saint Malo encore. Le pilote Marc Lenoir "
                    + "a parlé, puis Lenoir est reparti."));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Hélène Vidal a rencontré les pêcheurs où ?      | Hélène Vidal a rencontré les pêcheurs où ? | Vidal a rencontré les pêcheurs où ?
            quand vidal a-t-elle rencontré renard ?         | quand Hélène Vidal a-t-elle rencontré Paul Renard ? |
            Paul Renard a parlé à vidal de quoi ?            | Paul Renard a parlé à Hélène Vidal de quoi ? | Renard a parlé à vidal de quoi ?
            """)
    void namesAreWrittenInFullThenByTheirLastNameAlone(String question, String inFull, String byLastName) {
        List<String> readings = AlternativeReadings.of(question, HARBOUR);
        List<String> expected = new java.util.ArrayList<>();
        if (!inFull.equals(question)) {
            expected.add(inFull);
        }
        if (byLastName != null) {
            expected.add(byLastName);
        }
        assertEquals(expected, readings);
    }

    @Test
    void theOtherWordsTheQuestionWordAndTheOrderStay() {
        for (String reading : AlternativeReadings.of("pourquoi Hélène Vidal a-t-elle annoncé des travaux ?", HARBOUR)) {
            assertTrue(reading.startsWith("pourquoi ") && reading.endsWith(" a-t-elle annoncé des travaux ?"), reading);
        }
    }

    @Test
    void aQuestionWithoutAKnownNameHasNoOtherReading() {
        assertEquals(List.of(), AlternativeReadings.of("combien de quais compte le port ?", HARBOUR));
        assertEquals(List.of(), AlternativeReadings.of("", HARBOUR));
        assertEquals(List.of(), AlternativeReadings.of(null, HARBOUR));
        // named in full once only: no full name is known for it
        assertEquals(List.of(), AlternativeReadings.of("où Lenoir est-il reparti ?", HARBOUR));
    }

    @Test
    void aPlaceWhoseSecondWordIsNeverWrittenAloneIsNotCut() {
        assertEquals(Optional.of("Saint Malo"), HARBOUR.fullName("malo"));
        assertFalse(HARBOUR.writtenAlone("malo"));
        assertEquals(List.of(), AlternativeReadings.of("qui a présenté les travaux à saint malo ?", HARBOUR));
        assertEquals(List.of(), AlternativeReadings.of("qui a présenté les travaux à Saint Malo ?", HARBOUR));
    }

    @Test
    void fullNamesAreThoseTheArticlesWriteOftenEnough() {
        assertEquals(Optional.of("Hélène Vidal"), HARBOUR.fullName("Vidal"));
        assertEquals(Optional.of("Paul Renard"), HARBOUR.fullName("renard"));
        assertTrue(HARBOUR.writtenAlone("vidal"));
        assertEquals(Optional.empty(), HARBOUR.fullName("lenoir"));
        // « La présidente », « Le maire » open sentences: neither is a first name
        assertEquals(Optional.empty(), HARBOUR.fullName("présidente"));
    }

    @Test
    void aReadingKeepsTheWordsBroughtInThatItStillHas() {
        FollowUps.FollowUp swap = new FollowUps.FollowUp(FollowUps.Kind.SWAP, "qui a salué Hélène Vidal ?",
                List.of("helene", "vidal"), List.of("renard"));
        FollowUps.FollowUp read = swap.reading("qui a salué Vidal ?");
        assertEquals(FollowUps.Kind.SWAP, read.kind());
        assertEquals("qui a salué Vidal ?", read.question());
        assertEquals(List.of("vidal"), read.introduced());
        assertEquals(List.of("renard"), read.replaced());
    }
}
