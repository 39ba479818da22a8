package org.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.citebot.text.FrenchTypography;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityExtractorTest {

    /** Text after a number | the noun it counts (empty: none). */
    @ParameterizedTest(name = "« {0} » counts « {1} »")
    @CsvSource(delimiter = '|', textBlock = """
             nouveaux diplomates accusés       | diplomates
             membres de la mission             | membres
             d'employeurs en France            | employeurs
             (58 % d'hommes)                   | ''
             , puis                            | ''
             de ses matchs                     | ''
             et 10 ans                         | ''
             ans de prison                     | ans
            """)
    void findsTheCountedNoun(String after, String noun) {
        String text = "8" + after;
        Optional<String> found = QuantityExtractor.countedNoun(FrenchTypography.view(text), 1, text.length())
                .map(s -> s.of(text));
        assertEquals(noun.isEmpty() ? Optional.empty() : Optional.of(noun), found);
    }

    @org.junit.jupiter.api.Test
    void aDayOfTheMonthIsNoCount() {
        String text = "Le 4 juillet 1776, treize colonies proclament leur indépendance.";
        var passage = new org.citebot.index.ScoredPassage(new org.citebot.index.Passage("d", 0,
                new org.citebot.text.Span(0, text.length()), new org.citebot.text.Span(0, text.length()),
                new org.citebot.text.Span(0, text.length())), 1.0);
        var doc = new org.citebot.corpus.Document("d", text, "t", Optional.empty(), Optional.empty(), Optional.empty(),
                java.util.List.of(new org.citebot.text.Span(0, text.length())));
        var question = new org.citebot.question.QuestionAnalyzer().analyze("combien de colonies ?");
        var evidence = new PassageEvidence(passage, 1, 1, 1, java.util.List.of(), 1, true, 1, 1, 0);
        var texts = new QuantityExtractor(new AnalyzedText(new org.apache.lucene.analysis.standard.StandardAnalyzer()))
                .extract(question, doc, evidence).stream().map(Candidate::text).toList();
        assertEquals(java.util.List.of("treize colonies"), texts);
    }

    /** Text after a number | the unit read (folded; empty: none). */
    @ParameterizedTest(name = "« {0} » has unit « {1} »")
    @CsvSource(delimiter = '|', textBlock = """
             m au-dessus du niveau de la mer   | m
             km² de forêts                     | km²
             € par an                          | €
             milliards d'euros                 | milliards
             d'euros                           | euros
            """)
    void readsTheUnit(String after, String unit) {
        String text = "12" + after;
        assertEquals(Optional.of(unit), QuantityExtractor.unitAfter(FrenchTypography.view(text), 2, text.length()));
    }
}
