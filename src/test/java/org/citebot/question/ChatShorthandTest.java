package org.citebot.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChatShorthandTest {

    private final ChatShorthand shorthand = ChatShorthand.load();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pk le maire a démissionné ?|pourquoi le maire a démissionné ?",
        "PQ le maire a démissionné|pourquoi le maire a démissionné",
        "qd est-ce que le pont a ouvert ?|quand est-ce que le pont a ouvert ?",
        "cb de morts ?|combien de morts ?",
        "ya combien d'habitants ?|il y a combien d'habitants ?",
        "y'a combien d'habitants ?|il y a combien d'habitants ?",
        "c quoi le traité de Lisbonne ?|c'est quoi le traité de Lisbonne ?",
        "qui c le maire de Lyon ?|qui c'est le maire de Lyon ?",
        "keske la commission a décidé ?|qu'est-ce que la commission a décidé ?",
        "stp qui a gagné ?|qui a gagné ?",
        "qui a gagné stp ?|qui a gagné ?",
        "ki a signé l'accord ?|qui a signé l'accord ?",
    })
    void writesOutChatShorthand(String typed, String expanded) {
        assertEquals(expanded, shorthand.expand(typed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "combien de vitamine C faut-il ?",
        "qui est Jean C. Martin ?",
        "le groupe C a-t-il gagné ?",
        "quelle est la capitale du Kansas ?",
        "qui a parlé de la kanak ?",
        "en quelle année ?",
    })
    void leavesOrdinaryWordsAlone(String typed) {
        assertSame(typed, shorthand.expand(typed));
    }

    @Test
    void nullAndEmptyComeBackAsThey() {
        assertEquals(null, shorthand.expand(null));
        assertEquals("", shorthand.expand(""));
    }

    @Test
    void theAnalyserReadsTheWrittenOutQuestionWord() {
        QuestionAnalyzer analyzer = new QuestionAnalyzer();
        assertEquals(AnswerType.REASON, analyzer.analyze("pk le maire a démissionné ?").type());
        assertEquals(AnswerType.DATE, analyzer.analyze("qd le pont a ouvert ?").type());
        assertEquals(AnswerType.QUANTITY, analyzer.analyze("cb de morts ?").type());
        assertEquals(AnswerType.DEFINITION, analyzer.analyze("c quoi le traité de Lisbonne ?").type());
    }
}
