package org.citebot.answer.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.citebot.answer.candidate.Clauses;
import org.citebot.text.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A candidate right after an exclusion or a negation is said not to be what is asked. */
class CandidateRankerExclusionTest {

    @ParameterizedTest(name = "{1} in « {0} »: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            La loi s'applique en France et en Belgique, mais pas en Suisse.   | Suisse   | true
            La loi s'applique partout sauf en Suisse.                         | Suisse   | true
            La loi s'applique en Suisse depuis 1990.                          | Suisse   | false
            Le traité, absent en Suisse, s'applique en Belgique.              | Belgique | false
            Selon la presse, Paul Durand n'a pas signé le traité.             | Paul Durand | true
            Selon la presse, Paul Durand a signé le traité.                   | Paul Durand | false
            """)
    void findsExclusionsBeforeTheCandidate(String sentence, String name, boolean excluded) {
        int at = sentence.indexOf(name);
        Span candidate = new Span(at, at + name.length());
        Span clause = Clauses.plainClauseOf(sentence, new Span(0, sentence.length()), candidate);
        assertEquals(excluded, CandidateRanker.excluded(sentence, clause, candidate));
    }
}
