package org.citebot.answer.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.citebot.text.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A candidate standing bare before its verb is the subject of its clause. */
class CandidateRankerSubjectTest {

    @ParameterizedTest(name = "{1} in « {0} »: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            À la mort de Paul Durand, Anne Martin mène l'enquête.   | Anne Martin | true
            À la mort de Paul Durand, Anne Martin mène l'enquête.   | Paul Durand | false
            Ensuite Marcel a signé le traité.                       | Marcel      | true
            Les soldats arrivent à Lyon et repartent.               | Lyon        | false
            Le ministre reçoit Marcel Dupuis dans son bureau.       | Marcel Dupuis | false
            Marcel Dupuis et Anne Martin signent.                   | Marcel Dupuis | false
            Marcel se rend à Lyon.                                  | Marcel      | true
            Les Danois prennent la ville au printemps.              | Danois      | true
            En mai, les Danois prennent la ville.                   | Danois      | true
            Le port résiste et les Danois reculent.                 | Danois      | true
            Le roi des Danois prend la ville.                       | Danois      | false
            Le ministre reçoit les Danois dans son bureau.          | Danois      | false
            """)
    void findsBareSubjects(String sentence, String name, boolean subject) {
        int at = sentence.indexOf(name);
        assertEquals(subject, CandidateRanker.bareSubject(sentence, new Span(0, sentence.length()),
                new Span(at, at + name.length())));
    }
}
