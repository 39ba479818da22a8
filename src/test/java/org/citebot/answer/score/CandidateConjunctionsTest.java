package org.citebot.answer.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.List;
import org.citebot.question.AnswerType;
import org.citebot.question.Question;
import org.junit.jupiter.api.Test;

class CandidateConjunctionsTest {

    private static String asked(String text) {
        return CandidateConjunctions.questionWord(new Question(text, AnswerType.OTHER, Optional.empty(), Optional.empty(),
                OptionalInt.empty(), OptionalInt.empty(), List.of()));
    }

    @Test
    void tellsTheQuestionWordAndThePrepositionBeforeIt() {
        assertEquals("qui", asked("Qui dirige l'orchestre ?"));
        assertEquals("a+qui", asked("À qui a-t-il vendu la ferme ?"));
        assertEquals("en+quel", asked("En quelle année le pont fut-il ouvert ?"));
        assertEquals("quel", asked("Quels pays bordent le lac ?"));
        assertEquals("ou", asked("Où se trouve la gare ?"));
        assertEquals("combien", asked("Combien de ponts compte la ville ?"));
        assertEquals("que", asked("Qu'est-ce que le maire a promis ?"));
        assertEquals("que", asked("Que fabrique l'usine ?"));
        assertEquals("qu'est-ce qui", asked("Qu'est-ce qui a causé l'incendie ?"));
        assertEquals("pourquoi", asked("Pourquoi la route est-elle fermée ?"));
        assertEquals("quand", asked("Le pont a été ouvert quand ?"));
        assertEquals("autre", asked("Le pont est-il ouvert ?"));
    }
}
