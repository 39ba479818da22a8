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

    @Test
    void aWordTheAnswererFindsCountsAsHeldAndWhollyAlike() {
        // « bâti » is no loose match for « construit », but the answerer's synonyms say it is that word
        LooseMatch match = new LooseMatch("Quand le pont de Valmont fut-il construit ?");
        List<String> words = match.questionWords();
        assertEquals(List.of("pont", "valmont", "construit"), words);
        List<String[]> sentences = List.of(LooseMatch.words("Le pont de Valmont fut bâti en 1872."),
                LooseMatch.words("Le pont de Valmont enjambe la rivière."));
        double[][] alone = match.measure(sentences);
        assertEquals(alone[0][LooseMatch.LOOSE], alone[1][LooseMatch.LOOSE], 1e-9, "only pont and Valmont");
        long[] terms = {1L, 1L << 1, 1L << 2}; // each question word is one of the answerer's terms
        long[] held = {0b111, 0b011}; // the answerer finds « construit » (by its synonym) in the first sentence only
        double[][] m = match.measure(sentences, held, terms, null);
        assertTrue(m[0][LooseMatch.LOOSE] > m[1][LooseMatch.LOOSE], "bâti counts for construit");
        assertEquals(1.0, m[0][LooseMatch.LOOSE], 1e-9);
        assertEquals(1.0, m[0][LooseMatch.FUZZY], 1e-9, "a word the answerer finds is wholly alike");
        assertTrue(m[1][LooseMatch.FUZZY] < 1);
    }

    @Test
    void withoutTheAnswerersTermsNothingChanges() {
        LooseMatch match = new LooseMatch("Qui commandait les troupes ?");
        List<String[]> sentences = List.<String[]>of(LooseMatch.words("Le commandement des troupes revint au général."));
        double[][] plain = match.measure(sentences);
        double[][] none = match.measure(sentences, new long[] {0}, new long[] {1L, 1L << 1}, null);
        assertEquals(plain[0][LooseMatch.LOOSE], none[0][LooseMatch.LOOSE], 1e-12);
        assertEquals(plain[0][LooseMatch.FUZZY], none[0][LooseMatch.FUZZY], 1e-12);
    }

    @Test
    void beyondTheTitleCountsOnlyWhatIsAskedAboutTheSubject() {
        // every sentence of an article on Paul Durand names him: « diplôme » is what tells them apart
        LooseMatch match = new LooseMatch("Quel diplôme Paul Durand obtint-il ?");
        boolean[] titled = match.inTitle(LooseMatch.words("Paul Durand (ingénieur)"));
        assertEquals(List.of("diplome", "paul", "durand", "obtint"), match.questionWords());
        assertArrayEquals(new boolean[] {false, true, true, false}, titled);
        List<String[]> sentences = List.of(LooseMatch.words("Paul Durand naquit à Valmont en 1840."),
                LooseMatch.words("Il obtint un diplôme d'ingénieur à Lyon."),
                LooseMatch.words("Durand mourut à Paris."));
        double[][] m = match.measure(sentences, null, null, new boolean[][] {titled, titled, titled});
        assertEquals(0, m[0][LooseMatch.BEYOND_TITLE], 1e-9, "only the subject's name");
        assertEquals(1, m[1][LooseMatch.BEYOND_TITLE], 1e-9, "diplôme and obtint, the rest is the title's");
        assertTrue(m[0][LooseMatch.LOOSE] > 0, "the plain loose coverage counts the name");
        double[][] untitled = match.measure(sentences);
        assertTrue(untitled[1][LooseMatch.BEYOND_TITLE] < 1, "without a title every question word counts");
    }

    @Test
    void aQuestionWhollyInTheTitleHasNothingBeyondIt() {
        LooseMatch match = new LooseMatch("Paul Durand ?");
        boolean[] titled = match.inTitle(LooseMatch.words("Paul Durand"));
        double[][] m = match.measure(List.<String[]>of(LooseMatch.words("Paul Durand naquit à Valmont.")), null, null,
                new boolean[][] {titled});
        assertEquals(0, m[0][LooseMatch.BEYOND_TITLE], 1e-9);
    }

    /** The question's triples, sorted and each once: what a sorted set of them gave. */
    @Test
    void questionTriplesAreTheDistinctOnesSorted() {
        java.util.Random random = new java.util.Random(11);
        for (int round = 0; round < 2_000; round++) {
            String[] words = new String[random.nextInt(6)];
            for (int i = 0; i < words.length; i++) {
                StringBuilder w = new StringBuilder();
                for (int k = 1 + random.nextInt(9); k > 0; k--) {
                    w.append("abcé".charAt(random.nextInt(4)));
                }
                words[i] = w.toString();
            }
            java.util.TreeSet<Long> expected = new java.util.TreeSet<>();
            for (String w : words) {
                for (long t : LooseMatch.triples(w)) {
                    expected.add(t);
                }
            }
            assertArrayEquals(expected.stream().mapToLong(Long::longValue).toArray(), LooseMatch.distinctSorted(words),
                    String.join(" ", words));
        }
    }
}
