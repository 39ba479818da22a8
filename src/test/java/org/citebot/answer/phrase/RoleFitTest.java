package org.citebot.answer.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.citebot.question.TypedNouns;
import org.citebot.text.pos.FrenchTagger;
import org.citebot.text.pos.TaggedSentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A person answer must hold the role asked: invented sentences. */
class RoleFitTest {

    private static FrenchTagger tagger;
    private static final PersonNouns PERSONS = new PersonNouns(TypedNouns.load());

    @BeforeAll
    static void load() {
        tagger = FrenchTagger.load();
    }

    /** Sentence, name, the role asked, how the name's own role stands to it. */
    @ParameterizedTest(name = "{1} as {2} in {0}")
    @CsvSource(delimiter = ';', textBlock = """
            Le porte-parole du président russe Paul Durand a démenti.          ; Paul Durand    ; président    ; CLASH
            Le porte-parole du président russe Paul Durand a démenti.          ; Paul Durand    ; porte-parole ; MATCH
            Le président russe Paul Durand a démenti.                          ; Paul Durand    ; président    ; MATCH
            La directrice du musée, Claire Vasseur, a ouvert l'exposition.     ; Claire Vasseur ; maire        ; CLASH
            Hier, Claire Vasseur, directrice du musée, a parlé.                ; Claire Vasseur ; directrice   ; MATCH
            Claire Vasseur a ouvert l'exposition.                              ; Claire Vasseur ; directrice   ; UNTOLD
            """)
    void roleOfAName(String sentence, String name, String role, PhraseSignals.RoleFit expected) {
        assertEquals(expected, fit(sentence, name, role, Optional.empty()));
    }

    /** The role asked with its complement: « la porte-parole de l'Otan » is not the Kremlin's. */
    @ParameterizedTest(name = "{1} for {2} in {0}")
    @CsvSource(delimiter = ';', textBlock = """
            Le porte-parole du Kremlin, Paul Durand, a démenti.    ; Paul Durand ; c'est qui la porte-parole de l'Otan ? ; CLASH
            Le porte-parole du Kremlin, Paul Durand, a démenti.    ; Paul Durand ; qui est le porte-parole du Kremlin ?  ; MATCH
            Le porte-parole Paul Durand a démenti.                 ; Paul Durand ; c'est qui la porte-parole de l'Otan ? ; MATCH
            """)
    void roleWithItsComplement(String sentence, String name, String question, PhraseSignals.RoleFit expected) {
        assertEquals(expected, fit(sentence, name, "porte-parole",
                PhraseSignals.roleComplement(question, "porte-parole")));
    }

    private static PhraseSignals.RoleFit fit(String sentence, String name, String role, Optional<String> complement) {
        TaggedSentence s = tagger.tag(sentence);
        int at = sentence.indexOf(name);
        int a = s.tokenAt(at);
        int b = s.tokenAt(at + name.length() - 1) + 1;
        return PhraseSignals.roleFit(s, a, b, role, complement, PERSONS);
    }
}
