package org.citebot.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * « qui est NAME ? » as chat users type it: without capitals the question asks who the person is
 * when the articles name such a person, and a last name alone is asked as the one full name the
 * articles give it (invented names).
 */
class PersonNamesTest {

    // « Martin » is the last name of two people: no full name is guessed for it
    private static final QuestionAnalyzer ANALYZER = new QuestionAnalyzer(PersonNames.of(List.of("Claire Vasseur",
            "Paul Durand", "Anne Martin", "Luc Martin")));

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = ';', textBlock = """
            qui est claire vasseur ?   ; DEFINITION ; qui est claire vasseur ?
            qui est durand ?           ; DEFINITION ; qui est Paul Durand ?
            qui est Durand ?           ; DEFINITION ; qui est Paul Durand ?
            c'est qui durand ?         ; DEFINITION ; c'est qui Paul Durand ?
            qui est Martin ?           ; DEFINITION ; qui est Martin ?
            qui est directeur ?        ; PERSON     ; qui est directeur ?
            qui est mort en mai ?      ; PERSON     ; qui est mort en mai ?
            """)
    void lowerCaseAndLastNamesAreReadAsTheArticlesNameThePerson(String question, AnswerType type, String read) {
        Question q = ANALYZER.analyze(question);
        assertEquals(type, q.type());
        assertEquals(read, q.text());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"qui est durand ?, PERSON", "qui est Durand ?, DEFINITION"})
    void withoutNamesOnlyCapitalsTell(String question, AnswerType type) {
        assertEquals(type, new QuestionAnalyzer().analyze(question).type());
    }
}
