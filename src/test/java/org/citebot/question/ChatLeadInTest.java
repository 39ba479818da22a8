package org.citebot.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChatLeadInTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bonjour, qui est le maire de Lyon ?|qui est le maire de Lyon ?",
        "Salut ! qui est le maire de Lyon ?|qui est le maire de Lyon ?",
        "dis-moi qui est le maire de Lyon|qui est le maire de Lyon",
        "dites moi, quand le pont a-t-il ouvert ?|quand le pont a-t-il ouvert ?",
        "tu sais qui est le maire de Lyon ?|qui est le maire de Lyon ?",
        "sais-tu combien de ponts compte Lyon ?|combien de ponts compte Lyon ?",
        "est-ce que tu peux me dire qui est le maire ?|qui est le maire ?",
        "pouvez-vous me dire où se trouve la gare ?|où se trouve la gare ?",
        "je voudrais savoir qui est le maire|qui est le maire",
        "j'aimerais savoir pourquoi le pont a fermé|pourquoi le pont a fermé",
        "bonjour, je voudrais savoir si le pont a rouvert|est-ce que le pont a rouvert",
        "question : qui est le maire ?|qui est le maire ?",
        "euh, qui est le maire ?|qui est le maire ?",
        "sais-tu me dire quand le pont a ouvert ?|quand le pont a ouvert ?",
        "est-ce que tu sais pourquoi le pont a fermé ?|pourquoi le pont a fermé ?",
        "vous pouvez nous préciser où est la gare ?|où est la gare ?",
        "rappelle-moi qui est le maire|qui est le maire",
        "on sait combien de ponts compte Lyon ?|combien de ponts compte Lyon ?",
        "je voulais savoir qui est le maire|qui est le maire",
    })
    void takesOffTheLeadIn(String typed, String question) {
        assertEquals(question, ChatLeadIn.strip(typed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bonjour",
        "bonjour !",
        "qui est le maire de Lyon ?",
        "si le pont ferme, que se passe-t-il ?",
        "bonne nouvelle pour le maire ?",
        "dis quoi ?",
        "comment le maire a-t-il réagi ?",
        "alors que la grève durait, qui a négocié ?",
        "Alors qu'il pleuvait, où se sont-ils abrités ?",
        "bon nombre de villes ont-elles voté ?",
        "on sait tout sur le maire ?",
        "je voulais dire le maire",
    })
    void leavesQuestionsAndBareGreetingsAlone(String typed) {
        assertEquals(typed, ChatLeadIn.strip(typed));
    }

    @Test
    void theAnalyserSeesTheQuestionWordBehindTheLeadIn() {
        QuestionAnalyzer analyzer = new QuestionAnalyzer();
        assertEquals(AnswerType.PERSON, analyzer.analyze("tu sais qui a signé l'accord ?").type());
        assertEquals(AnswerType.DATE, analyzer.analyze("dis-moi quand le pont a ouvert").type());
        assertEquals(AnswerType.YESNO, analyzer.analyze("je voudrais savoir si le pont a rouvert").type());
    }
}
