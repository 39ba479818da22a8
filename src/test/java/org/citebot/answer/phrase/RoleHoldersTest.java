package org.citebot.answer.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.citebot.question.TypedNouns;
import org.citebot.text.pos.FrenchTagger;
import org.citebot.text.pos.TaggedSentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether a sentence gives a name the whole role a question asks: invented sentences (issue 15). */
class RoleHoldersTest {

    private static final PersonNouns PERSONS = new PersonNouns(TypedNouns.load());
    private static final RoleHolders HOLDERS = new RoleHolders(PERSONS);
    private static final RoleSynonyms SYNONYMS = RoleSynonyms.of(List.of("chef du parti, président du parti"));
    private static FrenchTagger tagger;

    @BeforeAll
    static void load() {
        tagger = FrenchTagger.load();
    }

    /** Sentence; name; question; whether the sentence ties the name to the whole role asked. */
    @ParameterizedTest(name = "{1} for « {2} » in {0}")
    @CsvSource(delimiter = ';', textBlock = """
            Le directeur du musée Paul Durand a démissionné.                      ; Paul Durand    ; qui est le directeur du musée ?         ; true
            La directrice du musée, Claire Vasseur, a ouvert l'exposition.        ; Claire Vasseur ; c'est qui la directrice du musée        ; true
            Hier, Claire Vasseur, directrice du musée, a parlé.                   ; Claire Vasseur ; qui est la directrice du musée ?        ; true
            La fête a été ouverte par Claire Vasseur, la directrice du musée.     ; Claire Vasseur ; comment s'appelle la directrice du musée ; true
            Paul Durand est le directeur du musée.                                ; Paul Durand    ; qui est le directeur du musée ?         ; true
            Le vice-président régional Paul Durand a démenti.                     ; Paul Durand    ; qui est le vice-président régional ?    ; true
            Le porte-parole du maire Paul Durand a démenti.                       ; Paul Durand    ; qui est le porte-parole du maire ?      ; true
            Le porte-parole du maire Paul Durand a démenti.                       ; Paul Durand    ; qui est le maire ?                       ; false
            Le directeur Paul Durand a démissionné.                               ; Paul Durand    ; qui est le directeur du musée ?         ; false
            Le directeur du théâtre, Paul Durand, a démissionné.                  ; Paul Durand    ; qui est le directeur du musée ?         ; false
            La directrice du musée régional, Claire Vasseur, a parlé.             ; Claire Vasseur ; qui est la directrice régionale ?       ; false
            Selon Paul Durand, le directeur du musée a menti.                     ; Paul Durand    ; qui est le directeur du musée ?         ; false
            Le porte-parole de Paul Durand a démenti.                             ; Paul Durand    ; qui est le porte-parole ?               ; false
            L'ancien directeur du musée Paul Durand a parlé.                      ; Paul Durand    ; qui est le directeur du musée ?         ; false
            Paul Durand est un directeur du musée.                                ; Paul Durand    ; qui est le directeur du musée ?         ; false
            Le président du parti, Paul Durand, a parlé.                          ; Paul Durand    ; qui est le chef du parti ?              ; true
            Paul Durand, maire de Villeneuve-Basse, a parlé.                      ; Paul Durand    ; qui est le maire de Villeneuve basse ?   ; true
            """)
    void tiesTheWholeRole(String sentence, String name, String question, boolean expected) {
        RoleQuestion role = RoleQuestion.read(question, PERSONS).orElseThrow();
        TaggedSentence s = tagger.tag(sentence);
        int at = sentence.indexOf(name);
        int a = s.tokenAt(at);
        int b = s.tokenAt(at + name.length() - 1) + 1;
        assertEquals(expected, HOLDERS.holds(s, a, b, SYNONYMS.wordings(role, PERSONS)), () -> s.toString());
    }

    /** Sentence; name; question; how the sentence ties the name to the role asked. */
    @ParameterizedTest(name = "{1} for « {2} » in {0}")
    @CsvSource(delimiter = ';', textBlock = """
            Le directeur du théâtre, Paul Durand, a démissionné.     ; Paul Durand ; qui est le directeur du musée ? ; OTHER
            Le directeur Paul Durand a démissionné.                  ; Paul Durand ; qui est le directeur du musée ? ; NONE
            Le directeur du musée, Paul Durand, a démissionné.       ; Paul Durand ; qui est le directeur du musée ? ; WHOLE
            Le porte-parole du maire Paul Durand a démenti.          ; Paul Durand ; qui est le maire de la ville ?  ; NONE
            Le directeur du théâtre, Paul Durand, a démissionné.     ; Paul Durand ; qui est le directeur du theatrre ? ; NEAR
            """)
    void tellsAnotherComplementFromNone(String sentence, String name, String question, RoleHolders.Tie expected) {
        RoleQuestion role = RoleQuestion.read(question, PERSONS).orElseThrow();
        TaggedSentence s = tagger.tag(sentence);
        int at = sentence.indexOf(name);
        int a = s.tokenAt(at);
        int b = s.tokenAt(at + name.length() - 1) + 1;
        assertEquals(expected, HOLDERS.tie(s, a, b, SYNONYMS.wordings(role, PERSONS)), () -> s.toString());
    }

    /** Token; question word; whether they match (one edit allowed from six letters on). */
    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({
        "Président, presiden, true", "président, presidnet, false", "musée, musee, true", "maire, mairie, false",
        "directrice, directeur, false", "trésorier, tresoriere, true", "régional, regionaux, true",
        "conseiller, conseillé, false", "ministre, ministère, true"
    })
    void readsAWordTypedWithOneSlip(String token, String word, boolean expected) {
        assertEquals(expected, RoleHolders.sameWord(token, word, true));
        assertEquals(NounMatch.same(token, word), RoleHolders.sameWord(token, word, false), "no typo allowed");
    }

    @Test
    void tokensOutsideTheSentenceAreRefused() {
        TaggedSentence s = tagger.tag("Paul Durand parle.");
        List<RoleQuestion> role = List.of(RoleQuestion.read("qui est le maire ?", PERSONS).orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> HOLDERS.holds(s, 2, 9, role));
    }
}
