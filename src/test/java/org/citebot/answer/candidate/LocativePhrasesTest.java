package org.citebot.answer.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.citebot.answer.Candidate;
import org.citebot.index.Passage;
import org.citebot.index.ScoredPassage;
import org.citebot.question.QuestionAnalyzer;
import org.citebot.text.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocativePhrasesTest {

    /** Sentence | the phrases found, separated by ; */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Le roi, passant dans la chambre de la reine, déclara qu'il viendrait.   | dans la chambre de la reine
            Les glucosinolates sont stockés dans toutes les parties de la plante et libérés. | dans toutes les parties de la plante
            Afin d'amuser ses fans, il s'est dissimulé parmi les figurants.          | parmi les figurants
            Il débute sur scène en 1953 au Théâtre de l'Œuvre dans Robinson.         | au Théâtre de l'Œuvre;dans Robinson
            Il doit à l'élégance de sa tradition un poste à la station de Lille.   | à la station de Lille
            Sous la direction d'un maître, il dort dans la résidence du maire.     | dans la résidence du maire
            Il confie à son frère, à sa manière, un bureau à son domicile.          | à son domicile
            Il vit à présent à Lille, sous contrat, dans différents pays.            | à Lille
            Le train à grande vitesse, à quinze ans, roule sur terre près du port.   | près du port
            La cheminée, située au centre du Bassin du Cratère est à un kilomètre.   | au centre du Bassin du Cratère;à un kilomètre
            Elle vécut dans les siècles passés une vie tranquille à Lille.           | à Lille
            Au cours du temps, la ville s'étend au sud du fleuve.                    | au sud du fleuve
            Le musée, au sein duquel il travaille, ouvre à Lyon.                     | à Lyon
            Il fait à son tour un voyage dans les années 1990 au Brésil.             | au Brésil
            Le prototype conservé au pavillon de Breteuil doit être réalisé.         | au pavillon de Breteuil
            La maison dans laquelle il vit est au bord du lac.                       | au bord du lac
            Il fut soigné à l'hôpital pendant un mois.                               | à l'hôpital
            """)
    void findsThePhraseAfterALocativePreposition(String sentence, String expected) {
        var question = new QuestionAnalyzer().analyze("où se trouve-t-il ?");
        var passage = new ScoredPassage(new Passage("d", 0, new Span(0, sentence.length()),
                new Span(0, sentence.length()), new Span(0, sentence.length())), 1.0);
        List<String> found = LocativePhrases.candidates(question, sentence, passage, Set.of("trouve"), "ou se trouve-t-il ?")
                .stream().map(Candidate::text).toList();
        assertEquals(List.of(expected.split(";")), found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            au palais de Lorme            | true
            dans la Bourgogne du Sud      | true
            dans toutes les salles        | true
            au centre du bassin           | true
            au mètre des Halles           | false
            dans le premier tome de Lorme | false
            """)
    void tellsAPhraseHeadedByANameOrAPlaceNoun(String phrase, boolean place) {
        assertEquals(place, LocativePhrases.placeHead(phrase));
    }
}
