package org.citebot.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class QuestionAnswererNameTest {

    @Test
    void aKeywordWrittenWithACapitalInsideTheQuestionIsAName() {
        assertEquals("chang", QuestionAnswerer.writtenAsName("Qui tue Chang ?", "chang"));
        assertEquals("emile", QuestionAnswerer.writtenAsName("Où est né Émile ?", "émile"));
    }

    @Test
    void aLowerCaseKeywordOrTheQuestionsFirstWordIsNot() {
        assertNull(QuestionAnswerer.writtenAsName("qui tue chang ?", "chang"));
        assertNull(QuestionAnswerer.writtenAsName("Combien de villes ?", "combien"));
        assertNull(QuestionAnswerer.writtenAsName("Qui change le monde ?", "chang"));
    }
}
