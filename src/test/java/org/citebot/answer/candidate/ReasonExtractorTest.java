package org.citebot.answer.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.citebot.answer.Candidate;
import org.citebot.answer.PassageEvidence;
import org.citebot.corpus.Document;
import org.citebot.index.Passage;
import org.citebot.index.ScoredPassage;
import org.citebot.question.QuestionAnalyzer;
import org.citebot.text.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReasonExtractorTest {

    /** Sentence | the reasons found, « / » between them (empty: none). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Le musée a fermé car le toit fuyait.                                   | le toit fuyait
            Sa carrière a commencé dans les Caraïbes en 1990.                      |
            Le port a rouvert à la suite des travaux de la digue.                  | travaux de la digue
            Le marché a fermé en raison d'une grève des transports.                | une grève des transports
            Le maire a démissionné à la suite de la crise.                         | la crise
            Le maire a démissionné après la publication d'un rapport sur les comptes de la ville. | la publication d'un rapport / la publication d'un rapport sur les comptes de la ville
            Le club a été sanctionné dans le cadre d'une enquête sur des paris truqués, selon la presse. | une enquête / une enquête sur des paris truqués
            Le village reproche à la préfecture son silence sur la pollution de la rivière. | son silence / son silence sur la pollution de la rivière
            Le village reproche pour sa part au préfet de ne rien faire.           | ne rien faire
            Les élèves sont restés chez eux parce que l'école était fermée.        | l'école était fermée
            Le stade a été agrandi pour accueillir plus de spectateurs.            | accueillir plus de spectateurs
            Pour sa part, le maire n'a rien dit.                                   |
            Il est rentré après le match.                                          | le match
            Il a été incarcéré pour dettes envers sa banque.                       | dettes / dettes envers sa banque
            Le pont a été fermé pour réparer la pile de la rive gauche.            | réparer la pile de la rive gauche
            La route étant coupée, les secours sont arrivés à pied.                | La route étant coupée
            Le pont a cédé : les piles étaient rongées par le sel.                 | les piles étaient rongées par le sel
            Le club a recruté trois joueurs : Jean Dupont, Paul Martin et Luc Roux. |
            Le sel sert à tenir le « goût » des plats, dit le chef.                |
            Le chef sale tôt pour garder le « goût » des plats, dit-il.            | garder le « goût » des plats
            Les piles étaient rongées par le sel, c'est pourquoi le pont a cédé.   | Les piles étaient rongées par le sel
            La fête a été annulée en raison de la pluie et du vent, dit le maire.  | la pluie / la pluie et du vent
            """)
    void findsReasonsAfterWholeMarkers(String sentence, String expected) {
        Span all = new Span(0, sentence.length());
        var passage = new ScoredPassage(new Passage("d", 0, all, all, all), 1.0);
        var doc = new Document("d", sentence, "t", Optional.empty(), Optional.empty(), Optional.empty(), List.of(all));
        var question = new QuestionAnalyzer().analyze("Pourquoi le musée a-t-il fermé ?");
        var evidence = new PassageEvidence(passage, 1, 1, 1, List.of(), 1, true, 1, 1, 0);
        List<String> found = new ReasonExtractor().extract(question, doc, evidence).stream().map(Candidate::text)
                .toList();
        assertEquals(expected == null ? List.of() : Arrays.asList(expected.split(" / ")), found);
    }

    @org.junit.jupiter.api.Test
    void aReasonFitsBetterWhenTheClauseItExplainsHoldsTheQuestion() {
        String sentence = "Le musée a fermé car le toit fuyait.";
        Span all = new Span(0, sentence.length());
        var passage = new ScoredPassage(new Passage("d", 0, all, all, all), 1.0);
        var doc = new Document("d", sentence, "t", Optional.empty(), Optional.empty(), Optional.empty(), List.of(all));
        var question = new QuestionAnalyzer().analyze("Pourquoi le musée a-t-il fermé ?");
        int at = sentence.indexOf("musée");
        var said = new PassageEvidence(passage, 1, 1, 1,
                List.of(new PassageEvidence.Hit(new Span(at, at + 5), 0, 1.0, true)), 1, true, 1, 1, 0);
        var unsaid = new PassageEvidence(passage, 1, 1, 1, List.of(), 1, true, 1, 1, 0);
        double fit = new ReasonExtractor().extract(question, doc, said).get(0).score();
        double other = new ReasonExtractor().extract(question, doc, unsaid).get(0).score();
        assertEquals(0.8, fit, 1e-9);
        assertEquals(0.8 * (1 - ReasonExtractor.HOST_PENALTY), other, 1e-9);
    }
}
