package org.citebot.question;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionAnalyzerTest {

    private final QuestionAnalyzer analyzer = new QuestionAnalyzer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "combien de diplomates expulsés ?|QUANTITY|diplomates",
            "Combien d'employeurs|QUANTITY|employeurs",
            "combein de morts ?|QUANTITY|morts",
            "combien y a-t-il de lycées à Lormont ?|QUANTITY|lycées",
            "Combien y-a-t-il d'amas dans cette galaxie ?|QUANTITY|amas",
            "combien existe-t-il de variantes ?|QUANTITY|variantes",
            "combien a coûté le pont ?|QUANTITY|",
            "quelle a été l'altitude maximale du volcan ?|QUANTITY|altitude",
            "quelle est l'étendue de la ville ?|QUANTITY|étendue",
            "quel est le nombre de victimes ?|QUANTITY|victimes",
            "quel pourcentage des votes ?|QUANTITY|pourcentage",
            "c'est qui le porte-parole du Kremlin|PERSON|porte-parole",
            "qui est le ministre russe des affaires étrangères ?|PERSON|ministre",
            "par qui a-t-il été remplacé ?|PERSON|",
            "quel roi a signé le traité ?|PERSON|roi",
            "ça s'est passé quand|DATE|",
            "en quelle année l'otan a été fondée|DATE|année",
            "à partir de quelle date la mission cesse-t-elle ?|DATE|date",
            "quel mois a été culminant ?|DATE|mois",
            "ou se trouve la mission|PLACE|",
            "où sont basés les diplomates ?|PLACE|",
            "dans quelle ville se sont-ils vus ?|PLACE|ville",
            "quels pays veut-elle intégrer ?|PLACE|pays",
            "quelle agence a publié la dépêche ?|ORGANIZATION|agence",
            "quel média russe a rapporté les propos ?|ORGANIZATION|média",
            "pourquoi l'OTAN a retiré l'accréditation ?|REASON|",
            "pour quelle raison ont-ils quitté Bruxelles ?|REASON|",
            "de quoi la Russie accuse l'OTAN ?|REASON|",
            "qui est Oana Lungescu ?|DEFINITION|",
            "qu'est-ce que le conseil Otan-Russie ?|DEFINITION|",
            "c'est quoi la Vulgate|DEFINITION|",
            "la ligue des rivières c'est quoi ?|DEFINITION|",
            "le CNS, qu'est-ce que c'est ?|DEFINITION|",
            "le cns ça veut dire quoi|DEFINITION|",
            "ça veut dire quoi CNS ?|DEFINITION|",
            "qu'est-ce que vendent les marchands du port ?|OTHER|",
            "qu'est-ce qu'on reproche au maire ?|REASON|",
            "que reproche le village à la préfecture ?|REASON|",
            "quels reproches fait-on au maire ?|REASON|",
            "qu'est-ce que Paul a présenté au jury ?|OTHER|",
            "la Russie a-t-elle organisé des exercices ?|YESNO|",
            "est-ce que l'OTAN a reçu une communication officielle ?|YESNO|",
            "l'OTAN a-t-elle reçu une communication officielle de Moscou ?|YESNO|",
            "comment sont les relations Est-Ouest ?|OTHER|",
            "quelle est la religion des exilés ?|OTHER|religion",
            "pommes ou poires ?|OTHER|",
    })
    void classifiesChatFrench(String question, AnswerType type, String focus) {
        Question q = analyzer.analyze(question);
        assertEquals(type, q.type(), question);
        assertEquals(focus == null ? Optional.empty() : Optional.of(focus), q.focus(), question);
    }

    /** The noun a « quel » question asks an instance of (invented questions); « - » for none. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "quelle péninsule la flotte a-t-elle quittée ?|péninsule",
            "Quel est l'ancien nom du village ?|nom",
            "de quelles œuvres le musée est-il fier ?|œuvres",
            "quel est le métier de Paul Durand ?|métier",
            "dans quelle ville est né le peintre ?|ville",
            "quelle a été la principale raison du départ ?|raison",
            "qui dirige le club ?|-",
            "lequel des deux frères est parti ?|-",
            "quel est-il ?|-",
    })
    void asksForANoun(String question, String noun) {
        assertEquals(noun.equals("-") ? Optional.empty() : Optional.of(noun), analyzer.analyze(question).askedNoun(),
                question);
    }

    @Test
    void definitionSubjectIsTheNameAsTyped() {
        assertEquals(Optional.of("Oana Lungescu"), analyzer.analyze("qui est Oana Lungescu ?").subject());
        assertEquals(Optional.of("conseil Otan-Russie"),
                analyzer.analyze("qu'est-ce que le conseil Otan-Russie ?").subject());
        assertEquals(Optional.of("ligue des rivières"), analyzer.analyze("la ligue des rivières c'est quoi ?").subject());
        assertEquals(Optional.of("CNS"), analyzer.analyze("ça veut dire quoi CNS ?").subject());
        assertEquals(Optional.of("CNS"), analyzer.analyze("le CNS, qu'est-ce que c'est ?").subject());
        assertEquals(Optional.of("relations entre les deux pays"),
                analyzer.analyze("comment sont les relations entre les deux pays ?").subject());
    }

    @Test
    void readsYearAndMonthConstraints() {
        Question q = analyzer.analyze("en mars 2018, combien de diplomates russes ont été expulsés ?");
        assertEquals(OptionalInt.of(2018), q.year());
        assertEquals(OptionalInt.of(3), q.month());
        assertEquals(OptionalInt.empty(), analyzer.analyze("combien de diplomates ?").year());
    }

    @Test
    void keywordsLeaveOutQuestionWords() {
        assertEquals(java.util.List.of("diplomates", "expulsés"),
                analyzer.analyze("combien de diplomates expulsés ?").keywords());
    }

    @Test
    void neverThrowsOnArbitraryText() {
        Random random = new Random(42);
        for (int i = 0; i < 500; i++) {
            StringBuilder s = new StringBuilder();
            int len = random.nextInt(80);
            for (int k = 0; k < len; k++) {
                s.append((char) random.nextInt(0x3000));
            }
            assertDoesNotThrow(() -> analyzer.analyze(s.toString()));
        }
        assertDoesNotThrow(() -> analyzer.analyze(null));
        assertEquals(QuestionAnalyzer.MAX_LENGTH, analyzer.analyze("a".repeat(100_000)).text().length());
    }
}
