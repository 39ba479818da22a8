package org.citebot.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.citebot.text.Folding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * « qui est NAME ? » as chat users type it: without capitals the question asks who the person is
 * when the articles name such a person, and a last name alone is asked as the one full name the
 * articles give it (invented names).
 */
class PersonNamesTest {

    // « Martin » is the last name of two people: no full name is guessed for it
    private static final QuestionAnalyzer ANALYZER = new QuestionAnalyzer(people(List.of("Claire Vasseur",
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

    /**
     * The people of {@code fullNames} (« Claire Vasseur »), as a corpus would teach them: each is a
     * person by the full name or the last name, and a last name two of them share has no full name.
     */
    private static PersonNames people(List<String> fullNames) {
        Set<String> known = new HashSet<>();
        Map<String, String> byLast = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (String name : fullNames) {
            String[] parts = name.split("\\s+");
            String last = Folding.fold(parts[parts.length - 1]);
            known.add(Folding.fold(name));
            known.add(last);
            if (byLast.putIfAbsent(last, name) != null) {
                shared.add(last);
            }
        }
        byLast.keySet().removeAll(shared);
        return new PersonNames() {
            @Override
            public boolean isPerson(String words) {
                return known.contains(Folding.fold(words.strip()));
            }

            @Override
            public Optional<String> fullName(String lastName) {
                return Optional.ofNullable(byLast.get(Folding.fold(lastName.strip())));
            }
        };
    }
}
