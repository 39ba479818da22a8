package org.citebot.answer.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.citebot.answer.Candidate;
import org.citebot.answer.score.AnswerFeature;
import org.citebot.question.AnswerType;
import org.citebot.text.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What made a name a candidate becomes a one-hot signal for the model. */
class NameExtractorOriginTest {

    @ParameterizedTest(name = "{0} ({1}, « {2} »): {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Lyon        | PLACE  | a        | PREPOSITION
            Meuse       | PLACE  | dans     | PREPOSITION
            Anne Martin | PERSON | ministre | TITLE
            Anne Martin | PERSON | ''       | FULL_NAME
            Durand      | PERSON | corpus   | CORPUS
            Pérou       | PLACE  | monde    | LISTED
            Lisbonne    | PLACE  | liste    | LISTED
            Suédois     | PERSON | peuple   | UNCLASSIFIED
            Durand      | OTHER  | ''       | UNCLASSIFIED
            """)
    void tellsWhatMadeTheName(String text, AnswerType kind, String cue, Candidate.Origin origin) {
        Name name = new Name(new Span(0, text.length()), text, kind, cue);
        assertEquals(origin, NameExtractor.origin(name));
    }

    @Test
    void thePrepositionIsTheReferenceAndOthersHaveASignal() {
        assertNull(AnswerFeature.ofOrigin(Candidate.Origin.PREPOSITION));
        assertNull(AnswerFeature.ofOrigin(Candidate.Origin.NONE));
        assertEquals(AnswerFeature.ORIGIN_PHRASE, AnswerFeature.ofOrigin(Candidate.Origin.PHRASE));
    }

    @Test
    void aNameInsideSomethingFitsNoBetterThanAPhrase() {
        Name inside = new Name(new Span(0, 6), "Phèdre", AnswerType.PLACE, "dans");
        Name at = new Name(new Span(0, 4), "Lyon", AnswerType.PLACE, "a");
        assertEquals(LocativePhrases.FIT, NameExtractor.fit(inside));
        assertEquals(0.8, NameExtractor.fit(at));
    }
}
