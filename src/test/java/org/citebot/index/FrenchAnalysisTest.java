package org.citebot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FrenchAnalysisTest {

    private final FrenchAnalysis analysis = FrenchAnalysis.withSynonyms(List.of(
            "OTAN, Alliance atlantique, Alliance de l'Atlantique Nord", "expulser, renvoyer"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "l'Otan|otan",
            "l’Otan|otan",
            "d'Orange|orang",
            "qu'elle|''",
            "jusqu'Anvers|anv",
            "Sergueï|serguei",
            "Serguei|serguei",
            "ÉLYSÉE|elys",
            "diplomates|diplomat",
            "diplomate|diplomat",
    })
    void documentChainFoldsElidesAndStems(String word, String expected) {
        List<String> terms = analysis.terms(analysis.documentAnalyzer(), word);
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected), terms);
    }

    @Test
    void questionWordsAreStopWordsInQuestionsOnly() {
        assertEquals(List.of("diplomat", "expuls"),
                analysis.terms(FrenchAnalysis.withoutSynonyms().questionAnalyzer(), "combien de diplomates expulsés ?"));
        assertTrue(analysis.terms(analysis.documentAnalyzer(), "combien").contains("combien"));
    }

    @Test
    void accentsTellAWordFromAStopWord() {
        FrenchAnalysis plain = FrenchAnalysis.withoutSynonyms();
        assertEquals(List.of("marin", "ne"), plain.terms(plain.questionAnalyzer(), "Où ce marin né ?"));
        assertEquals(List.of("ne", "toulon"), plain.terms(plain.documentAnalyzer(), "Il ne fut pas où il fut né : à Toulon."));
        assertEquals(List.of("du", "parti"), plain.terms(plain.documentAnalyzer(), "Il a dû partir du port.")
                .subList(0, 2));
        assertEquals(List.of("port"), plain.terms(plain.documentAnalyzer(), "A là au port il etait"));
    }

    @Test
    void synonymsExpandQuestionsBothWays() {
        List<String> fromAcronym = analysis.terms(analysis.questionAnalyzer(), "OTAN");
        assertTrue(fromAcronym.contains("alianc"), fromAcronym.toString());
        List<String> fromPhrase = analysis.terms(analysis.questionAnalyzer(), "l'Alliance atlantique");
        assertTrue(fromPhrase.contains("otan"), fromPhrase.toString());
        List<String> fromLongPhrase = analysis.terms(analysis.questionAnalyzer(), "Alliance de l'Atlantique Nord");
        assertTrue(fromLongPhrase.contains("otan"), fromLongPhrase.toString());
        assertTrue(analysis.terms(analysis.questionAnalyzer(), "renvoyer").contains("expuls"));
    }

    @Test
    void builtInRulesLeaveCommonWordsWithAnEventsStemAlone() {
        FrenchAnalysis events = FrenchAnalysis.withSynonyms(FrenchAnalysis.withBuiltInRules(List.of()));
        FrenchAnalysis plain = FrenchAnalysis.withoutSynonyms();
        for (String word : List.of("mars", "nom", "public", "vent", "sort")) {
            assertEquals(plain.terms(plain.questionAnalyzer(), word), events.terms(events.questionAnalyzer(), word),
                    word);
        }
    }

    @Test
    void aSynonymsFormsAreNotTheQuestionsOwnTerms() {
        FrenchAnalysis events = FrenchAnalysis.withSynonyms(FrenchAnalysis.withBuiltInRules(List.of()));
        Analyzer question = events.questionAnalyzer();
        List<String> all = events.terms(question, "Quand est-il décédé ?");
        List<String> own = FrenchAnalysis.ownTerms(question, "Quand est-il décédé ?");
        assertTrue(all.size() > own.size(), all + " / " + own);
        assertEquals(events.terms(FrenchAnalysis.withoutSynonyms().questionAnalyzer(), "Quand est-il décédé ?"), own);
    }

    @Test
    void builtInRulesBringAnEventsVerbsAndNounsTogether() {
        FrenchAnalysis events = FrenchAnalysis.withSynonyms(FrenchAnalysis.withBuiltInRules(List.of("Kremlin, Moscou")));
        Analyzer question = events.questionAnalyzer();
        List<String> died = events.terms(question, "En quelle année le peintre est-il décédé ?");
        List<String> death = events.terms(events.documentAnalyzer(), "jusqu'à sa mort");
        assertTrue(died.containsAll(death), died + " / " + death);
        assertTrue(died.containsAll(events.terms(events.documentAnalyzer(), "décès")), died.toString());
        List<String> crowned = events.terms(question, "Quand la reine fut-elle couronnée ?");
        assertTrue(crowned.containsAll(events.terms(events.documentAnalyzer(), "le sacre")), crowned.toString());
        List<String> began = events.terms(question, "Quand commence-t-il à chanter ?");
        assertTrue(began.containsAll(events.terms(events.documentAnalyzer(), "débute")), began.toString());
        assertTrue(events.terms(question, "Kremlin").contains("moscou"), "the config's rules still apply");
        assertEquals(events.terms(events.documentAnalyzer(), "chanteur"), events.terms(question, "Quel chanteur ?"),
                "other words untouched");
    }

    @Test
    void invalidSynonymRuleIsReportedNotThrownRaw() {
        var e = assertThrows(IllegalArgumentException.class, () -> FrenchAnalysis.withSynonyms(List.of("a => ")));
        assertTrue(e.getMessage().startsWith("invalid synonym rules"), e.getMessage());
    }
}
