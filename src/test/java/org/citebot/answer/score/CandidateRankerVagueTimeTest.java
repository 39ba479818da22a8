package org.citebot.answer.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.citebot.question.QuestionAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** « à quel moment », « quelle saison »…: a date question asked with a vague time noun has a base rate of its own. */
class CandidateRankerVagueTimeTest {

    private final QuestionAnalyzer analyzer = new QuestionAnalyzer();

    @ParameterizedTest(name = "« {0} »: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            À quel moment le maire quitte-t-il la salle ?        | true
            A partir de quel moment la foire devient-elle célèbre ? | true
            À quelle saison les cigognes reviennent-elles ?     | true
            De quelle époque date le château ?                  | true
            Quand le pont a-t-il été construit ?                | false
            En quelle année le pont a-t-il été construit ?      | false
            Combien de temps dure la foire ?                    | false
            """)
    void tellsVagueTimeQuestions(String question, boolean vague) {
        assertEquals(vague, CandidateRanker.asksVagueTime(analyzer.analyze(question)));
    }
}
