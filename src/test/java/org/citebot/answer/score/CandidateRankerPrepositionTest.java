package org.citebot.answer.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.citebot.question.QuestionAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** « à qui », « avec qui »…: a « qui » question asked with a preposition has a base rate of its own. */
class CandidateRankerPrepositionTest {

    private final QuestionAnalyzer analyzer = new QuestionAnalyzer();

    @ParameterizedTest(name = "« {0} »: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            À qui le maire confie-t-il les clés ?    | true
            A qui le maire confie-t-il les clés ?    | true
            Avec qui Paul Durand a-t-il fondé le club ? | true
            Contre qui les habitants manifestent-ils ? | true
            Par qui le pont a-t-il été construit ?   | true
            Qui a construit le pont ?                | false
            Qui est le maire de Lyon ?               | false
            Quand le pont a-t-il été construit ?     | false
            """)
    void tellsQuestionsAskedWithAPreposition(String question, boolean asked) {
        assertEquals(asked, CandidateRanker.askedWithPreposition(analyzer.analyze(question)));
    }
}
