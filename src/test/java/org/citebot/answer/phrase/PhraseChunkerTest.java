package org.citebot.answer.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citebot.text.pos.FrenchTagger;
import org.citebot.text.pos.TaggedSentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Phrases cut from invented French sentences. */
class PhraseChunkerTest {

    private static FrenchTagger tagger;
    private static final PhraseChunker CHUNKER = new PhraseChunker();

    @BeforeAll
    static void load() {
        tagger = FrenchTagger.load();
    }

    private static List<String> phrases(String sentence) {
        TaggedSentence s = tagger.tag(sentence);
        return CHUNKER.chunk(s).stream().map(p -> sentence.substring(s.start(p.start()), s.end(p.end() - 1)))
                .toList();
    }

    /** A sentence and phrases it must yield, joined by « | ». */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Les pêcheurs ont quitté la presqu'île de Quiberon en mai.        ; la presqu'île de Quiberon|Quiberon|Les pêcheurs|mai|en mai
            La directrice du musée, Claire Vasseur, a ouvert l'exposition.  ; La directrice du musée|Claire Vasseur|l'exposition
            Le maire Paul Lambert a inauguré le nouveau pont de la ville.    ; Paul Lambert|le nouveau pont de la ville|le nouveau pont
            Le village compte trois cents habitants depuis 1980.             ; trois cents habitants|1980|depuis 1980
            Elle a décidé de vendre la ferme familiale.                      ; vendre la ferme familiale|la ferme familiale
            Le conseil a voté la loi de protection des forêts anciennes.     ; la loi de protection des forêts anciennes|la loi de protection|la loi
            Les critiques ont trouvé le film très long.                      ; le film très long|Les critiques
            Les loups gris sont devenus rares.                               ; rares|Les loups gris
            Elle a répondu calmement en fermant la porte.                    ; calmement|en fermant la porte
            Le prix monte de 10 à 12 % par an.                               ; 10 à 12 %|de 10 à 12 %|12 %
            Le lac gèle entre 1950 et 1955, du 3 au 5 mars.                  ; entre 1950 et 1955|1950 et 1955|du 3 au 5 mars|3 au 5 mars
            Les os datent de 2,5 à 3 millions d'années.                      ; de 2,5 à 3 millions d'années|2,5 à 3 millions
            Le billet coûte 40 € au guichet.                                 ; 40 €
            """)
    void cutsThePhrases(String sentence, String expected) {
        List<String> got = phrases(sentence);
        for (String p : expected.split("\\|")) {
            assertTrue(got.contains(p), () -> "missing « " + p + " » in " + got + " of " + tagger.tag(sentence));
        }
    }

    @Test
    void chainsStopAfterTwoLinks() {
        List<String> got = phrases("Il dirige le service de presse du ministère de la culture.");
        assertTrue(got.contains("le service de presse du ministère"), got::toString);
        assertFalse(got.contains("le service de presse du ministère de la culture"), got::toString);
    }

    @Test
    void namesKeepTheirSignsAndFixedExpressionsStayWhole() {
        List<String> got = phrases("La chaîne Radio+ a vendu Durand & Fils, c'est-à-dire la fabrique.");
        assertTrue(got.contains("Radio+"), got::toString);
        assertTrue(got.contains("Durand & Fils"), got::toString);
        assertTrue(got.contains("la fabrique"), got::toString);
        assertFalse(got.contains("est-à-dire"), got::toString);
        assertFalse(got.contains("Durand"), got::toString);
    }

    /** A sentence, the phrases it must yield and those it must not (function nouns), joined by « | ». */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            La fête a eu lieu au sein du village.             ; au sein du village|du village|village ; lieu|sein|au sein|sein du village
            Elle fait partie du club de voile.                ; du club de voile|club de voile ; partie|partie du club|partie du club de voile
            Ils ont vendu une partie des vignes.              ; une partie des vignes|des vignes ; une partie
            Il a pris part au tournoi en raison de sa blessure. ; au tournoi|sa blessure|en raison de sa blessure ; part|raison|en raison|raison de sa blessure
            Le roi a choisi le lieu de la bataille.           ; le lieu de la bataille|le lieu ; lieu de la bataille
            """)
    void functionNounsAreNoPhraseAlone(String sentence, String kept, String dropped) {
        List<String> got = phrases(sentence);
        for (String p : kept.split("\\|")) {
            assertTrue(got.contains(p.strip()), () -> "missing « " + p + " » in " + got + " of " + tagger.tag(sentence));
        }
        for (String p : dropped.split("\\|")) {
            assertFalse(got.contains(p.strip()), () -> "unwanted « " + p + " » in " + got + " of " + tagger.tag(sentence));
        }
    }

    @Test
    void eachRangeOnce() {
        List<String> got = phrases("Le maire Paul Lambert a inauguré le pont.");
        assertEquals(got.size(), got.stream().distinct().count(), got::toString);
    }
}
