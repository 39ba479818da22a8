package org.citebot.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InputLimitTest {

    private final InputLimit limit = new InputLimit(40);

    @Test
    void shortTextIsKeptWhole() {
        assertEquals("combien de diplomates ?", limit.apply("combien de diplomates ?"));
        assertEquals("", limit.apply(null));
    }

    @Test
    void longTextIsCutOnASpaceNearTheLimit() {
        String text = "combien de diplomates ont été expulsés par l'alliance atlantique en octobre ?";
        String cut = limit.apply(text);
        assertEquals("combien de diplomates ont été expulsés", cut);
        assertTrue(text.startsWith(cut));
    }

    @Test
    void textWithoutSpacesIsCutAtTheLimit() {
        assertEquals(40, limit.apply("a".repeat(100_000)).length());
    }

    @Test
    void aSurrogatePairIsNeverSplit() {
        String text = "a".repeat(39) + "😀" + "b".repeat(10);
        String cut = limit.apply(text);
        assertEquals(39, cut.length());
        assertTrue(Character.isLetter(cut.charAt(cut.length() - 1)));
    }

    @Test
    void aLimitTooSmallToHoldAQuestionIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new InputLimit(5));
        assertTrue(e.getMessage().contains("question.max.chars"));
    }
}
