package org.citebot.answer.score;

import static org.citebot.answer.TestSpans.spanOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.citebot.answer.VerbFamilies;
import org.citebot.text.Span;
import org.junit.jupiter.api.Test;

class CandidateRankerAgentTest {

    @Test
    void theAgentOfAParticipleOfTheSameActionAnswers() {
        String s = "La flotte fut menée par le capitaine Paul Roux jusqu'au port.";
        Set<String> asked = VerbFamilies.keysOf("Qui commandait la flotte ?");
        assertTrue(CandidateRanker.agentOfAskedVerb(s, new Span(0, s.length()), spanOf(s, "Paul Roux"), asked));
    }

    @Test
    void theSameVerbInAnotherTenseAnswers() {
        String s = "Le pont, dessiné en 1900, fut reconstruit par Anne Vidal.";
        Set<String> asked = VerbFamilies.keysOf("Qui a reconstruit le pont ?");
        assertTrue(CandidateRanker.agentOfAskedVerb(s, new Span(0, s.length()), spanOf(s, "Anne Vidal"), asked));
    }

    @Test
    void anAgentOfAnotherActionOrNoAgentDoesNot() {
        String s = "Le livre fut illustré par Anne Vidal, puis Paul Roux dirigea l'atelier.";
        Set<String> asked = VerbFamilies.keysOf("Qui a écrit le livre ?");
        Span sentence = new Span(0, s.length());
        assertFalse(CandidateRanker.agentOfAskedVerb(s, sentence, spanOf(s, "Anne Vidal"), asked));
        Set<String> led = VerbFamilies.keysOf("Qui dirige l'atelier ?");
        assertFalse(CandidateRanker.agentOfAskedVerb(s, sentence, spanOf(s, "Paul Roux"), led));
    }

    @Test
    void aRoleNounOfTheQuestionNamesTheAction() {
        String s = "Ce recueil fut rédigé par Jeanne Morel.";
        Set<String> asked = VerbFamilies.keysOf("Qui est l'auteur du recueil ?");
        assertTrue(CandidateRanker.agentOfAskedVerb(s, new Span(0, s.length()), spanOf(s, "Jeanne Morel"), asked));
    }

    @Test
    void aQuestionWordTakesTheWordsOfItsActionAsAlternatives() {
        org.citebot.index.FrenchAnalysis analysis = org.citebot.index.FrenchAnalysis.withoutSynonyms();
        try (var analyzer = analysis.documentAnalyzer()) {
            String dirige = analysis.terms(analyzer, "dirige").get(0);
            String menee = analysis.terms(analyzer, "mener").get(0);
            assertTrue(VerbFamilies.relatedForms(dirige).contains(menee));
            assertTrue(VerbFamilies.relatedForms(analysis.terms(analyzer, "table").get(0)).isEmpty());
        }
    }
}
