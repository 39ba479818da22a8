package org.citebot.answer.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.citebot.question.TypedNouns;
import org.citebot.text.pos.FrenchTagger;
import org.citebot.text.pos.TaggedSentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a sentence says a name or phrase is: invented sentences. */
class DescriptorsTest {

    private static FrenchTagger tagger;
    private static final PersonNouns PERSONS = new PersonNouns(TypedNouns.load());

    @BeforeAll
    static void load() {
        tagger = FrenchTagger.load();
    }

    /** Sentence, the phrase, its own role (or -), the noun it completes (or -). */
    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = ';', textBlock = """
            Le porte-parole du président russe Paul Durand a démenti.          ; Paul Durand    ; porte-parole ; -
            Le président russe Paul Durand a démenti.                          ; Paul Durand    ; président    ; -
            La directrice du musée, Claire Vasseur, a ouvert l'exposition.     ; Claire Vasseur ; directrice   ; -
            Hier, Claire Vasseur, directrice du musée, a ouvert l'exposition.  ; Claire Vasseur ; directrice   ; -
            Les pêcheurs ont quitté la presqu'île de Quiberon en mai.           ; Quiberon       ; -            ; presqu'île
            La ville d'Arras a voté le budget.                                  ; Arras          ; -            ; ville
            Paris et Lyon ont voté le budget.                                   ; Lyon           ; -            ; -
            """)
    void describes(String sentence, String phrase, String own, String governor) {
        TaggedSentence s = tagger.tag(sentence);
        int at = sentence.indexOf(phrase);
        int a = s.tokenAt(at);
        int b = s.tokenAt(at + phrase.length() - 1) + 1;
        Descriptors d = Descriptors.of(s, a, b, PERSONS);
        assertEquals(own, d.own() < 0 ? "-" : s.word(d.own()), s::toString);
        assertEquals(governor, d.governor() < 0 ? "-" : s.word(d.governor()), s::toString);
    }
}
