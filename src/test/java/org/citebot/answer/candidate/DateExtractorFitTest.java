package org.citebot.answer.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.citebot.answer.Candidate;
import org.citebot.answer.PassageEvidence;
import org.citebot.text.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateExtractorFitTest {

    /** Question | sentence | the candidate that fits best. */
    @ParameterizedTest(name = "« {0} » in « {1} »: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en quelle année a-t-elle gagné ?        | Après la saison 2009-2010, elle gagne en 2012.                | 2012
            quand a eu lieu la première saison ?    | La première saison se déroula en 2001-2002.                  | 2001-2002
            quand la tournée s'est-elle terminée ?  | La tournée se tint entre le 6 mai et le 10 juin 2007.         | 10 juin 2007
            quand la tournée a-t-elle débuté ?      | La tournée se tint entre le 6 mai et le 10 juin 2007.         | 6 mai 2007
            à quelle date a-t-il obtenu la chaire ? | De 1858 à 1860, il suppléa le titulaire, puis l'obtint le 9 février 1867. | 9 février 1867
            en quelle année fut-il couronné ?       | Élu en 1840, il reçoit le sacre en 1842.                      | 1842
            quand le pont fut-il inauguré ?         | Construit en 1905, il est inauguré en 1907.                   | 1907
            quand le roi est-il mort ?              | Couronné en 1801, il reste sur le trône jusqu'à sa mort en 1830. | 1830
            """)
    void fitsBestTheDateTheQuestionAsks(String question, String sentence, String expected) {
        List<Candidate> found = candidates(question, sentence);
        double best = found.stream().mapToDouble(Candidate::score).max().orElse(0);
        Map<String, Double> byText = found.stream().collect(Collectors.toMap(Candidate::text, Candidate::score,
                Math::max));
        assertEquals(List.of(expected), byText.entrySet().stream().filter(e -> e.getValue() >= best)
                .map(Map.Entry::getKey).toList(), byText::toString);
    }

    private static List<Candidate> candidates(String question, String text) {
        var whole = new Span(0, text.length());
        var passage = new org.citebot.index.ScoredPassage(new org.citebot.index.Passage("d", 0, whole, whole, whole),
                1.0);
        var doc = new org.citebot.corpus.Document("d", text, "t", Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(whole));
        var evidence = new PassageEvidence(passage, 1, 1, 1, List.of(), 1, true, 1, 1, 0);
        return new DateExtractor().extract(new org.citebot.question.QuestionAnalyzer().analyze(question), doc,
                evidence);
    }
}
