package org.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The prepared matcher says what {@link QuestionTerm#matches(String)} says, term by term. */
class QuestionTermMatcherTest {

    @Test
    void agreesWithEachTerm() {
        Random random = new Random(3);
        for (int round = 0; round < 300; round++) {
            List<QuestionTerm> terms = new ArrayList<>();
            int count = 1 + random.nextInt(round % 10 == 0 ? 70 : 6); // sometimes past the 64 a mask holds
            for (int i = 0; i < count; i++) {
                String term = word(random);
                Set<String> forms = new HashSet<>(List.of(term));
                for (int k = random.nextInt(4); k > 0; k--) {
                    forms.add(word(random));
                }
                terms.add(new QuestionTerm(term, forms, 1.0, true));
            }
            QuestionTermMatcher matcher = new QuestionTermMatcher(terms);
            for (int w = 0; w < 200; w++) {
                String word = w % 3 == 0 ? terms.get(random.nextInt(count)).term() + "ant".substring(random.nextInt(4))
                        : word(random);
                for (int i = 0; i < count; i++) {
                    assertEquals(terms.get(i).matches(word), matcher.matches(i, word), word + " / " + terms.get(i));
                    boolean masked = i < QuestionTermMatcher.MASKED && (matcher.mask(word) & 1L << i) != 0;
                    if (i < QuestionTermMatcher.MASKED) {
                        assertEquals(terms.get(i).matches(word), masked, word + " / " + terms.get(i));
                    }
                }
            }
        }
    }

    private static String analysed(String word) {
        var analysis = org.citebot.index.FrenchAnalysis.withoutSynonyms();
        return analysis.terms(analysis.documentAnalyzer(), word).get(0);
    }

    @Test
    void theTensesOfOneVerbMatch() {
        for (String[] verb : new String[][] {{"dirigeait", "dirigé", "dirigée", "dirige", "dirigea", "dirigèrent", "dirigeant"},
            {"fonda", "fondé", "fondait", "fondèrent", "fondent", "fondant"}, {"commence", "commencé", "commença", "commençait"},
            {"vendit", "vendu", "vendait", "vendirent"}, {"créa", "créé", "créée", "créait"}}) {
            QuestionTerm asked = new QuestionTerm(analysed(verb[0]), Set.of(analysed(verb[0])), 1.0, false);
            QuestionTermMatcher matcher = new QuestionTermMatcher(List.of(asked));
            for (String form : verb) {
                assertEquals(true, matcher.matches(0, analysed(form)), verb[0] + " / " + form);
            }
        }
    }

    @Test
    void theTensesOfAnIrregularVerbMatch() {
        for (String[] verb : new String[][] {{"naquit", "né", "née", "naît"}, {"prit", "prend", "prenait", "prennent"},
            {"mourut", "mort", "meurt"}, {"obtint", "obtenu", "obtient"}, {"écrivit", "écrit", "écrivait"},
            {"construisit", "construit", "construisaient"}, {"devint", "devenu", "devient"}, {"reçut", "reçu", "recevait"}}) {
            QuestionTerm asked = new QuestionTerm(analysed(verb[0]), Set.of(analysed(verb[0])), 1.0, false);
            QuestionTermMatcher matcher = new QuestionTermMatcher(List.of(asked));
            for (String form : verb) {
                assertEquals(true, matcher.matches(0, analysed(form)), verb[0] + " / " + form);
            }
        }
        QuestionTerm born = new QuestionTerm(analysed("naquit"), Set.of(analysed("naquit")), 1.0, false);
        for (String other : List.of("prit", "vint", "devenu", "nation", "naval")) {
            assertEquals(false, born.matches(analysed(other)), other);
        }
        QuestionTerm came = new QuestionTerm(analysed("vint"), Set.of(analysed("vint")), 1.0, false);
        assertEquals(false, came.matches(analysed("devint")), "venir is not devenir");
    }

    @Test
    void otherWordsOfTheSameStartDoNot() {
        QuestionTerm asked = new QuestionTerm(analysed("fonda"), Set.of(analysed("fonda")), 1.0, false);
        for (String other : List.of("fontaine", "fort", "formait", "foudre")) {
            assertEquals(false, asked.matches(analysed(other)), other);
        }
    }

    private static String word(Random random) {
        String letters = "abcé";
        StringBuilder b = new StringBuilder();
        for (int i = 1 + random.nextInt(8); i > 0; i--) {
            b.append(letters.charAt(random.nextInt(letters.length())));
        }
        return b.toString();
    }

    @Test
    void termsAreRankedByTheRarityOfTheirStems() {
        QuestionTermMatcher matcher = new QuestionTermMatcher(List.of(
                new QuestionTerm("ville", Set.of("ville"), 1.0, true, null, 1.0),
                new QuestionTerm("inaugur", Set.of("inaugur"), 6.0, false, null, 2.0),
                new QuestionTerm("phare", Set.of("phare"), 3.0, true, null, 4.0)));
        assertEquals(List.of(2, 1, 0), matcher.byRarity());
    }
}
