package org.citebot.answer.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.citebot.answer.Candidate;
import org.citebot.index.Passage;
import org.citebot.index.ScoredPassage;
import org.citebot.question.QuestionAnalyzer;
import org.citebot.text.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgentPhrasesTest {

    /** Sentence | the agent phrases found, separated by ; (empty: none) */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Le pont fut construit par des ouvriers venus du nord.               | des ouvriers venus du nord
            Le capital de la société est tenu par ses membres.                  | ses membres
            La ville fut prise par les troupes du roi, puis rendue.             | les troupes du roi
            Le livre a été écrit par Anne Martin en 1920.                       |
            Le texte est lu par celui qui arrive le premier.                    |
            La ville fut défendue par la fourniture de vivres.                  |
            La ville fut défendue par le gouverneur de la province.             | le gouverneur de la province
            Le traité fut signé par l'empereur et ses ministres.                | l'empereur
            """)
    void findsTheAgentOfAPassive(String sentence, String expected) {
        var question = new QuestionAnalyzer().analyze("qui l'a fait ?");
        var passage = new ScoredPassage(new Passage("d", 0, new Span(0, sentence.length()),
                new Span(0, sentence.length()), new Span(0, sentence.length())), 1.0);
        List<String> found = AgentPhrases.candidates(question, sentence, passage, Set.of("fait"), "qui l'a fait ?")
                .stream().map(Candidate::text).toList();
        assertEquals(expected == null ? List.of() : List.of(expected.split(";")), found);
    }
}
