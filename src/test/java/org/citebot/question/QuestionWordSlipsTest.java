package org.citebot.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionWordSlipsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            pourqoi  | pourquoi
            pourquio | pourquoi
            Pourqoi  | pourquoi
            combein  | combien
            combiens | combien
            comemnt  | comment
            quelel   | quelle
            quabd    | quand
            """)
    void readsOneSlipAsTheQuestionWord(String typed, String meant) {
        assertEquals(Optional.of(meant), QuestionWordSlips.meant(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pourquoi", "combien", "quand", "quant", "quelles", "commenté", "commentent", "quoi",
            "pq", "maison", "comme", "qui"})
    void leavesWordsTypedRightAndWordsOfTheirOwnAlone(String typed) {
        assertEquals(Optional.empty(), QuestionWordSlips.meant(typed));
    }
}
