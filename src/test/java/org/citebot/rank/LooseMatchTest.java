package org.citebot.rank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Question words found in sentences by their first letters and letter triples. */
class LooseMatchTest {

    private static double[][] measure(String question, String... sentences) {
        return new LooseMatch(question).measure(List.of(sentences).stream().map(LooseMatch::words).toList());
    }

    @Test
    void wordsAreFoldedWithoutFunctionAndQuestionWords() {
        assertArrayEquals(new String[] {"annexion", "peninsule", "moscou"},
                LooseMatch.words("Quelle est l'annexion de la Péninsule par Moscou ?"));
        assertEquals(List.of("otan", "expulse"), new LooseMatch("Combien l'OTAN a-t-elle expulsé ? L'OTAN").questionWords());
    }

    @Test
    void aWordMatchesAnotherWithTheSameFirstFiveLetters() {
        assertTrue(LooseMatch.samePrefix("commande", "commandement"));
        assertTrue(LooseMatch.samePrefix("annexion", "annexee"));
        assertTrue(!LooseMatch.samePrefix("annee", "annexion"));
        assertTrue(LooseMatch.samePrefix("otan", "otan") && !LooseMatch.samePrefix("otan", "otages"));
    }

    @Test
    void theSentenceWithTheQuestionsWordsInAnotherFormComesOutAhead() {
        double[][] m = measure("Qui commandait les troupes du capitaine Durand ?",
                "Le commandement des troupes revint au capitaine Durand.",
                "Le capitaine partit au printemps.",
                "Il pleuvait sur la ville.");
        assertEquals(1.0, m[0][LooseMatch.LOOSE], 1e-9, "commandait / commandement, troupes, capitaine, Durand");
        assertTrue(m[1][LooseMatch.LOOSE] > 0 && m[1][LooseMatch.LOOSE] < m[0][LooseMatch.LOOSE]);
        assertEquals(0, m[2][LooseMatch.LOOSE]);
        assertTrue(m[0][LooseMatch.FUZZY] > m[1][LooseMatch.FUZZY] && m[1][LooseMatch.FUZZY] > m[2][LooseMatch.FUZZY]);
    }

    @Test
    void aMistypedNameIsFoundByItsLetterTriples() {
        double[][] m = measure("Par qui fut libéré Strutthof ?",
                "Le camp de Stutthof fut libéré le 9 mai 1945.",
                "La ville fut reconstruite après la guerre.");
        assertTrue(m[0][LooseMatch.STRONG] > m[1][LooseMatch.STRONG]);
        assertTrue(m[0][LooseMatch.TRIGRAMS] >= 0.75, "most triples of the question: " + m[0][LooseMatch.TRIGRAMS]);
        assertTrue(m[0][LooseMatch.FUZZY] > 0.6 && m[0][LooseMatch.FUZZY] > 2 * m[1][LooseMatch.FUZZY], "Stutthof is more than half Strutthof: " + m[0][LooseMatch.FUZZY]);
    }

    @Test
    void aWordEveryPoolSentenceHoldsWeighsLessThanARareOne() {
        double[][] m = measure("Quand le pont de Valmont fut-il construit ?",
                "Le pont de Valmont fut construit en 1872.",
                "Le pont enjambe la rivière.",
                "Le pont est large.");
        assertTrue(m[1][LooseMatch.LOOSE] < 0.25, "« pont » is in every sentence: " + m[1][LooseMatch.LOOSE]);
        assertEquals(1.0, m[0][LooseMatch.LOOSE], 1e-9);
    }

    @Test
    void aQuestionWithoutContentWordsOrAnEmptyPoolGivesZeros() {
        assertEquals(0, measure("Qui ?", "Le pont de Valmont.")[0][LooseMatch.LOOSE]);
        assertEquals(0, measure("Qui a construit le pont ?").length);
    }

    @Test
    void aWordsTriplesHaveItsEdgesAndComeOnce() {
        assertEquals(2, LooseMatch.triples("ab").length, "#ab, ab#");
        assertEquals(3, LooseMatch.triples("aaaa").length, "#aa, aaa (twice), aa#");
        assertEquals(((long) '#' << 32) | ((long) 'a' << 16) | 'b', LooseMatch.triples("ab")[0]);
    }
}
