package org.citebot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchNumbersTest {

    private static final FrenchNumbers NUMBERS = new FrenchNumbers();

    /** Flags: D digits, S spelled out, O ordinal, P percent; scale word after a colon. */
    @ParameterizedTest(name = "{0} → {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            l’Otan avait déjà fait expulser 7 diplomates de la mission russe | 7 | 7 | D
            avec l’expulsion de 8 nouveaux diplomates accusés           | 8 | 8 | D
            Ce conseil Otan-Russie a été créé en 2002 comme une instance | 2002 | 2002 | D
            l'alliance politico-militaire fondée en 1949 par            | 1949 | 1949 | D
            100 000 salariés                                            | 100 000 | 100000 | D
            100\u00A0000 salariés                                       | 100\u00A0000 | 100000 | D
            100\u202F000 salariés, soit                                 | 100\u202F000 | 100000 | D
            1\u2009250\u2009000 habitants                               | 1\u2009250\u2009000 | 1250000 | D
            une hausse de 20,5 points                                   | 20,5 | 20.5 | D
            une dette de 14,2 milliards d'euros                         | 14,2 milliards | 1.42E10 | D:milliards
            3 millions d'habitants                                      | 3 millions | 3000000 | D:millions
            1,5 million de personnes                                    | 1,5 million | 1500000 | D:million
            soit 58 % des voix                                          | 58 % | 58 | DP
            soit 58% des voix                                           | 58% | 58 | DP
            soit 58\u00A0% des voix                                     | 58\u00A0% | 58 | DP
            soit 12 pour cent des voix                                  | 12 pour cent | 12 | DP
            à partir du 1er novembre                                    | 1er | 1 | DO
            la 1re fois                                                 | 1re | 1 | DO
            la 1ère fois                                                | 1ère | 1 | DO
            le 3e arrondissement                                        | 3e | 3 | DO
            la 2ème place                                               | 2ème | 2 | DO
            # Known limitation: Roman numerals (« XIXe siècle », « la Ve République », « François Ier »).
            huit membres de la mission                                  | huit | 8 | S
            Huit membres de la mission                                  | Huit | 8 | S
            à seulement dix personnes                                   | dix | 10 | S
            supprimant deux postes vacants                              | deux | 2 | S
            il a vingt ans                                              | vingt | 20 | S
            quatre-vingt-dix ans                                        | quatre-vingt-dix | 90 | S
            quatre-vingts ans                                           | quatre-vingts | 80 | S
            quatre-vingt ans                                            | quatre-vingt | 80 | S
            deux cents personnes                                        | deux cents | 200 | S
            deux cent personnes                                         | deux cent | 200 | S
            vingt et un pays                                            | vingt et un | 21 | S
            vingt-et-un pays                                            | vingt-et-un | 21 | S
            vingt et une voix                                           | vingt et une | 21 | S
            dix-huit mois                                               | dix-huit | 18 | S
            mille hommes                                                | mille | 1000 | S
            deux mille hommes                                           | deux mille | 2000 | S
            mille neuf cent quarante-neuf                               | mille neuf cent quarante-neuf | 1949 | S
            deux millions de réfugiés                                   | deux millions | 2000000 | S:millions
            un million de réfugiés                                      | un million | 1000000 | S:million
            soixante et onze ans                                        | soixante et onze | 71 | S
            vingt pour cent des voix                                    | vingt pour cent | 20 | SP
            Neuf pays ont voté                                          | Neuf | 9 | S
            """)
    void findsNumber(String sentence, String quote, double value, String flags) {
        NumberMention m = mentionAt(sentence, quote);
        assertEquals(value, m.value(), 1e-6, "value");
        assertEquals(flags.contains("S"), m.spelledOut(), "spelled out");
        assertEquals(flags.contains("O"), m.ordinal(), "ordinal");
        assertEquals(flags.contains("P"), m.percent(), "percent");
    }

    private static NumberMention mentionAt(String sentence, String quote) {
        int at = sentence.indexOf(quote);
        assertTrue(at >= 0, "quote not in sentence");
        return NUMBERS.find(sentence).stream()
                .filter(m -> m.span().start() == at && m.span().end() == at + quote.length())
                .findFirst().orElseThrow(() -> new AssertionError("no number « " + quote + " » in « " + sentence
                        + " », found " + NUMBERS.find(sentence).stream().map(m -> m.span().of(sentence)).toList()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Un homme et une femme
            la dixième fois
            le centre-ville
            Neuvième art
            """)
    void findsNoNumberIn(String sentence) {
        assertEquals(List.of(), NUMBERS.find(sentence));
    }

    @Test
    void neverThrowsOnRandomText() {
        Random random = new Random(11);
        for (int i = 0; i < 500; i++) {
            String alphabet = "0123456789 ,.%eérhuitdxvng-\u00A0";
            char[] c = new char[random.nextInt(60)];
            for (int k = 0; k < c.length; k++) {
                c[k] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            assertNotNull(NUMBERS.find(new String(c)));
        }
    }

    @ParameterizedTest
    @CsvSource({"Vingt-Deux,true", "Trois,true", "L'Onze,true", "A-320,true", "1er,true", "Une,true",
            "Paris,false", "Dmitri,false", "Saint-Denis,false", "Bruxelles,false", "Centre,false", "'',false"})
    void aWordThatMayHoldANumberIsToldApartCheaply(String word, boolean may) {
        assertEquals(may, FrenchNumbers.mayHoldNumber(word), word);
    }

    @Test
    void theCheapTestNeverSaysNoToAWordWithANumber() throws java.io.IOException {
        FrenchNumbers numbers = new FrenchNumbers();
        int words = 0;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("seeds"))) {
            for (var file : files.toList()) {
                for (String word : java.nio.file.Files.readString(file).split("[\\s,;:()«»\"]+")) {
                    if (!numbers.find(word).isEmpty()) {
                        assertTrue(FrenchNumbers.mayHoldNumber(word), word);
                    }
                    words++;
                }
            }
        }
        for (String word : List.of("Quatre-vingt-dix", "deux-cents", "Mille", "Premier", "Première", "2021", "n°3",
                "18/10/2021", "cinquante-et-un")) {
            assertTrue(FrenchNumbers.mayHoldNumber(word) || numbers.find(word).isEmpty(), word);
            assertTrue(FrenchNumbers.mayHoldNumber(word), word);
        }
        assertTrue(words > 1000, "read the seeds");
    }
}
