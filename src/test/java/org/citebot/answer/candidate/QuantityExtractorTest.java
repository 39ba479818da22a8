package org.citebot.answer.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.citebot.answer.AnalyzedText;
import org.citebot.answer.Candidate;
import org.citebot.answer.PassageEvidence;
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
             de ses 33 matchs de saison        | matchs
             d'entre les 400 élèves            | élèves
             et 10 ans                         | ''
             ans de prison                     | ans
             km2 de forêts                     | km2
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
             milliards d'euros                 | euros
             millions de dollars               | dollars
             km2 de forêts                     | km2
             m3 d'eau                          | m3
             mois                              | mois
             d'euros                           | euros
            """)
    void readsTheUnit(String after, String unit) {
        String text = "12" + after;
        assertEquals(Optional.of(unit), QuantityExtractor.unitAfter(FrenchTypography.view(text), 2, text.length()));
    }

    /** Question | sentence | the candidate that fits the question fully. */
    @ParameterizedTest(name = "« {0} » in « {1} »: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            combien d'équipes ?                      | Le championnat réunit 16 franchises et 300 joueurs.        | 16 franchises
            combien de personnes vivent à Lormont ?  | La ville compte 20 000 habitants et 12 écoles.              | 20 000 habitants
            combien de temps a duré le siège ?       | Le siège a duré quatre mois et fait 300 morts.              | quatre mois
            combien dure la formation ?              | La formation dure deux ans pour 30 élèves.                  | deux ans
            quelle est la surface du lac ?           | Le lac de 8 km2 est profond de 30 mètres.                   | 8 km2
            quelle est la largeur de la table ?      | Elle pèse deux kilos et mesure une coudée et demie.      | une coudée et demie
            combien de matchs a-t-elle joués ?       | Elle a joué 33 matchs et, lors de ces deux matchs, a brillé. | 33 matchs
            à quelle altitude se trouve le lac ?     | Le lac, près du bourg, est situé entre 209 et 323 mètres.    | entre 209 et 323 mètres
            quelle est la longueur du jet ?          | Le jet, vu en 2 photos, s'étend sur 5 000 années-lumière. | 5 000 années-lumière
            quelle proportion d'élèves a réussi ?    | Plus d'un tiers des 300 élèves a réussi.                    | Plus d'un tiers
            quelle part des habitants vote ?         | Seule la moitié des habitants vote.                         | la moitié
            quelle est la largeur du coffre ?        | Il mesure deux coudées pour sa longueur et une coudée et demie pour sa largeur. | une coudée et demie
            quelle est la hauteur du mur ?           | Le mur fait 3 m de long et 2 m de haut.                    | 2 m
            combien de personnes parlent basque ?    | La région a 300 000 habitants et 50 000 locuteurs.           | 50 000 locuteurs
            combien de personnes travaillent là ?    | Les 2 000 salariés servent 300 000 clients.                 | 2 000 salariés
            combien de pèlerins sont venus ?         | Un grand nombre de pèlerins, 7 000 environ, sont venus en 3 cars. | 7 000
            combien d'élèves compte le lycée ?       | Le rectorat estime à 1 200 (52 % de filles) le nombre d'élèves. | 1 200
            quel est le montant du prêt ?            | Le prêt de 14 milliards d'euros court sur 25 ans.           | 14 milliards d'euros
            """)
    void fitsTheCandidateThatCountsTheAskedThing(String question, String sentence, String expected) {
        var fitting = candidates(question, sentence).stream().filter(c -> c.score() >= 1.0).map(Candidate::text)
                .toList();
        assertEquals(java.util.List.of(expected), fitting);
    }

    @org.junit.jupiter.api.Test
    void aPartitiveNumberIsShownAlone() {
        var texts = candidates("combien de matchs ?", "Elle a joué 12 de ses 33 matchs comme titulaire.").stream()
                .map(Candidate::text).toList();
        assertEquals(java.util.List.of("12", "33 matchs"), texts);
    }

    private static java.util.List<Candidate> candidates(String question, String text) {
        var whole = new org.citebot.text.Span(0, text.length());
        var passage = new org.citebot.index.ScoredPassage(new org.citebot.index.Passage("d", 0, whole, whole, whole),
                1.0);
        var doc = new org.citebot.corpus.Document("d", text, "t", Optional.empty(), Optional.empty(), Optional.empty(),
                java.util.List.of(whole));
        var evidence = new PassageEvidence(passage, 1, 1, 1, java.util.List.of(), 1, true, 1, 1, 0);
        return new QuantityExtractor(new AnalyzedText(org.citebot.index.FrenchAnalysis.withSynonyms(java.util.List.of()).documentAnalyzer()))
                .extract(new org.citebot.question.QuestionAnalyzer().analyze(question), doc, evidence);
    }
}
