package org.citebot.answer.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.citebot.question.AnswerType;
import org.citebot.text.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A name of several words taken for a person is a place when a known place and « de » open it. */
class NameExtractorPlaceOpenedTest {

    private final PlaceSignals places = new PlaceSignals();

    @ParameterizedTest(name = "{0} ({1}): {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Afrique du Nord        | PERSON       | ''     | true
            Europe de l'Est        | PERSON       | ''     | true
            Asie du Sud-Est        | PERSON       | ''     | true
            Anne Martin            | PERSON       | ''     | false
            Jean de Florette       | PERSON       | ''     | false
            Afrique du Nord        | PERSON       | roi    | false
            Afrique du Nord        | ORGANIZATION | ''     | false
            Afrique Nouvelle       | PERSON       | ''     | false
            """)
    void opensWithAKnownPlace(String text, AnswerType kind, String cue, boolean place) {
        Name n = new Name(new Span(0, text.length()), text, kind, cue);
        assertEquals(place, NameExtractor.placeOpened(n, places));
    }
}
