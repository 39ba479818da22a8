package org.citebot.text.pos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.citebot.text.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchTaggerTest {

    private static FrenchTagger tagger;

    @BeforeAll
    static void load() {
        tagger = FrenchTagger.load();
    }

    /** Invented sentences and the tags the chunker relies on (word/TAG). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            La directrice du musée, Claire Vasseur, a ouvert l'exposition. ; La/DET directrice/NOUN du/ADP_DET musée/NOUN ,/PUNCT Claire/PROPN Vasseur/PROPN ,/PUNCT a/AUX ouvert/VERB l'/DET exposition/NOUN ./PUNCT
            Le village compte trois cents habitants.                       ; Le/DET village/NOUN compte/VERB trois/NUM cents/NUM habitants/NOUN ./PUNCT
            """)
    void tagsInventedSentences(String sentence, String expected) {
        assertEquals(expected, tagger.tag(sentence).toString());
    }

    @Test
    void offsetsPointIntoTheSentence() {
        String s = "L’orchestre de Rennes jouera le 12 juin.";
        TaggedSentence t = tagger.tag(s);
        assertEquals("L’", t.word(0));
        assertEquals(s.indexOf("Rennes"), t.start(t.tokenAt(s.indexOf("Rennes") + 2)));
        assertEquals(Pos.NUM, t.tag(t.tokenAt(s.indexOf("12"))));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', textBlock = """
            vingt-deux ; NUM
            quatre-vingts ; NUM
            - ; PUNCT
            """)
    void numberWordsAreNumbers(String word, Pos expected) {
        assertEquals(expected, FrenchTagger.repair(Pos.PUNCT, new String[] {word}, 0, null));
    }

    @Test
    void capitalisedForeignWordsAreNames() {
        assertEquals(Pos.PROPN, FrenchTagger.repair(Pos.X, new String[] {"Zwingli"}, 0, null));
        assertEquals(Pos.VERB, FrenchTagger.repair(Pos.NOUN, new String[] {"à", "marcher"}, 1, Pos.ADP));
    }

    @Test
    void sentenceTagsRememberASentence() {
        SentenceTags tags = new SentenceTags(tagger, 2);
        TaggedSentence first = tags.of("Le port de Brest est calme.");
        assertSame(first, tags.of("Le port de Brest est calme."));
        tags.of("Une phrase.");
        tags.of("Une autre phrase.");
        assertEquals(1, tags.size());
    }

    @Test
    void sentenceTagsByPlaceAreThoseOfTheSentenceText() {
        SentenceTags tags = new SentenceTags(tagger, 10);
        String text = "Le port de Brest est calme. Une autre phrase suit.";
        Span first = new Span(0, 27);
        Span second = new Span(28, text.length());
        TaggedSentence byPlace = tags.of(text, first);
        assertSame(tags.of("Le port de Brest est calme."), byPlace);
        assertSame(byPlace, tags.of(text, first));
        assertSame(tags.of("Une autre phrase suit."), tags.of(text, second));
        assertSame(byPlace, tags.of(text, first));
    }
}
