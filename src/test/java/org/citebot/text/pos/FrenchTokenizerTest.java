package org.citebot.text.pos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.citebot.text.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchTokenizerTest {

    private static final FrenchTokenizer TOKENIZER = new FrenchTokenizer();

    /** Tokens joined by « | ». */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            l'usine de Lille ferme.                 ; l'|usine|de|Lille|ferme|.
            l’usine d’Arras ferme                   ; l’|usine|d’|Arras|ferme
            Qu'est-ce que c'est ?                   ; Qu'|est|-ce|que|c'|est|?
            jusqu'à la gare                         ; jusqu'|à|la|gare
            aujourd'hui, le porte-parole parle      ; aujourd'hui|,|le|porte-parole|parle
            il y a 20 000 habitants                 ; il|y|a|20 000|habitants
            il y a 20\u00A0000 habitants            ; il|y|a|20\u00A0000|habitants
            une hausse de 3,5 %                     ; une|hausse|de|3,5|%
            le 1er mai 2021 à Brest                 ; le|1er|mai|2021|à|Brest
            en 2021 120 élèves                      ; en|2021|120|élèves
            Quelle ville le maire a-t-il choisie ?  ; Quelle|ville|le|maire|a|-t-il|choisie|?
            « Bonjour... » dit-elle                 ; «|Bonjour|...|»|dit|-elle
            la presqu'île de Quiberon               ; la|presqu'île|de|Quiberon
            la chaîne Radio+ émet, c'est-à-dire ici ; la|chaîne|Radio+|émet|,|c'est-à-dire|ici
            le langage Z++.                         ; le|langage|Z++|.
            a+b vaut 3                              ; a|+|b|vaut|3
            la société B&K ou Durand & Fils         ; la|société|B&K|ou|Durand|&|Fils
            le chant 'Bella' d'hier                 ; le|chant|'|Bella|'|d'|hier
            """)
    void splitsAsTheTreebank(String text, String expected) {
        List<Span> tokens = TOKENIZER.tokenize(text);
        assertEquals(expected, String.join("|", tokens.stream().map(t -> t.of(text)).toList()));
    }

    @Test
    void tokensAreOrderedNonEmptyAndInsideTheText() {
        Random random = new Random(7);
        String alphabet = "ab éÉ'’-,.«»0 9\u00A0\u202F?!()lLdD+&";
        for (int round = 0; round < 2000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            int last = 0;
            for (Span t : TOKENIZER.tokenize(text)) {
                assertTrue(t.start() >= last && t.end() > t.start() && t.end() <= text.length(), text + " " + t);
                last = t.end();
            }
        }
    }
}
