package org.citebot.answer.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.citebot.text.pos.FrenchTagger;
import org.citebot.text.pos.TaggedSentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether a sentence names a phrase an instance of the noun a « quel N » question asks: invented sentences (issue 15). */
class NamedInstancesTest {

    private static FrenchTagger tagger;

    @BeforeAll
    static void load() {
        tagger = FrenchTagger.load();
    }

    /** Sentence; phrase; asked noun; the question's other content words (space-separated); how it is named. */
    @ParameterizedTest(name = "{1} as a « {2} » in {0}")
    @CsvSource(delimiter = ';', textBlock = """
            Le ministre a répondu à une question de l'agence Kestrel.             ; Kestrel                        ; agence    ; presse ministre répondait ; APPOSED
            La nouvelle a été rapportée par la chaîne publique Télé Azur.         ; Télé Azur                      ; chaîne    ; rapporté nouvelle         ; APPOSED
            La nouvelle a été rapportée par la chaîne publique Télé Azur.         ; la chaîne publique             ; chaîne    ; rapporté nouvelle         ; NONE
            La chaîne régionale a rapporté la nouvelle.                            ; La chaîne régionale            ; chaîne    ; régionale rapporté        ; NONE
            La mission assurait la liaison avec le ministère belge de la Santé.   ; le ministère belge de la Santé ; ministère ; belge mission liaison     ; NONE
            La route de Vaux passe entre Ayen et Brive.                           ; La route de Vaux               ; route     ; passe Ayen Brive          ; NONE
            Le Secrétariat général a été informé de la décision.                  ; Le Secrétariat général         ; secrétariat ; informé décision        ; HEADED
            Le Conseil de sécurité a voté la résolution hier.                     ; Le Conseil de sécurité         ; conseil   ; voté résolution           ; HEADED
            Ce comité a été créé en 1998 comme une instance de concertation.      ; une instance de concertation   ; instance  ; créée                     ; NONE
            La langue originale des romans de Jean Valmont est le breton.         ; La langue originale des romans de Jean Valmont ; langue ; romans ; NONE
            Le ministre Paul Durand a parlé à Lyon.                               ; Lyon                           ; agence    ; ministre                  ; NONE
            """)
    void namesAnInstance(String sentence, String phrase, String noun, String others, NamedInstances.How expected) {
        TaggedSentence s = tagger.tag(sentence);
        int at = sentence.indexOf(phrase);
        int a = s.tokenAt(at);
        int b = s.tokenAt(at + phrase.length() - 1) + 1;
        assertEquals(expected, NamedInstances.of(s, a, b, noun, NamedInstances.words(Arrays.asList(others.split(" ")))),
                () -> s.toString());
    }

    /** Nouns of kind, part or name ask for something a phrase headed by them does not name. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"agence, true", "chaîne, true", "type, false", "nom, false", "catégorie, false", "sorte, false"})
    void namable(String noun, boolean expected) {
        assertEquals(expected, NamedInstances.namable(noun));
    }
}
