package org.citebot.answer.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.citebot.question.AnswerType;
import org.citebot.question.Question;
import org.citebot.question.QuestionAnalyzer;
import org.citebot.text.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The question's role is said of a name when it is its title, its apposition or its predicate. */
class NameExtractorFocusTest {

    private final Question question = new QuestionAnalyzer().analyze("Qui est le maire de Lyon ?");

    @ParameterizedTest(name = "{1} in « {0} »: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Le maire Anne Martin a parlé.                                         | Anne Martin   | true
            Il écrit au maire de Lyon, Anne Martin, qui refuse.                   | Anne Martin   | true
            Anne Martin, maire de Lyon, a parlé.                                  | Anne Martin   | true
            Anne Martin est le maire de Lyon depuis 2001.                         | Anne Martin   | true
            Paul Durand, maire de Lyon, Anne Martin, préfète du Rhône, sont là.   | Anne Martin   | false
            Paul Durand, maire de Lyon, Anne Martin, préfète du Rhône, sont là.   | Paul Durand   | true
            Anne Martin a rencontré hier Paul Durand.                             | Paul Durand   | false
            """)
    void tellsWhoseRoleItIs(String sentence, String name, boolean said) {
        int at = sentence.indexOf(name);
        Name n = new Name(new Span(at, at + name.length()), name, AnswerType.PERSON, "");
        assertEquals(said, NameExtractor.focusSaidOf(question, sentence, new Span(0, sentence.length()), n));
    }
}
