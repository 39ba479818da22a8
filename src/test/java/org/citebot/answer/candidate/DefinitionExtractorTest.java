package org.citebot.answer.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.citebot.answer.Candidate;
import org.citebot.answer.PassageEvidence;
import org.citebot.corpus.Document;
import org.citebot.index.Passage;
import org.citebot.index.ScoredPassage;
import org.citebot.question.QuestionAnalyzer;
import org.citebot.text.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefinitionExtractorTest {

    /** Sentence | what it says Anne Martin is (empty: nothing). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Il se lie d'amitié avec l'historienne suisse Anne Martin à Genève.      | historienne suisse
            Le lendemain, la porte-parole Anne Martin a démenti.                    | porte-parole
            Anne Martin, porte-parole de l'ONU, a démenti.                          | porte-parole de l'ONU
            Il est parti vivre dans la ville de Anne Martin.                        |
            Il a rencontré Anne Martin hier.                                        |
            Anne Martin la reine de Navarre entre dans Paris.                       | la reine de Navarre
            Anne Martin la semaine dernière était absente.                          |
            Paul Durand, secrétaire du Conseil, Anne Martin, juge, sont venus.      | juge
            Paul Durand, juge, Anne Martin, ministre des Sports et Paul Roux, ici.  | ministre des Sports
            Le soir, la porte-parole du parti, Anne Martin a démenti.               | porte-parole du parti
            Anne Martin, plus connue sous le nom de Nanou, est une chanteuse.       | une chanteuse
            Anne Martin, dite la Grande, est la reine de Navarre.                   | la reine de Navarre
            Alors que le débat est vif, Anne Martin se tait.                        |
            """)
    void findsWhatTheSentenceSaysTheSubjectIs(String sentence, String expected) {
        Span all = new Span(0, sentence.length());
        var passage = new ScoredPassage(new Passage("d", 0, all, all, all), 1.0);
        var doc = new Document("d", sentence, "t", Optional.empty(), Optional.empty(), Optional.empty(), List.of(all));
        var question = new QuestionAnalyzer().analyze("Qui est Anne Martin ?");
        var evidence = new PassageEvidence(passage, 1, 1, 1, List.of(), 1, true, 1, 1, 0);
        List<String> found = new DefinitionExtractor().extract(question, doc, evidence).stream().map(Candidate::text)
                .toList();
        assertEquals(expected == null ? List.of() : List.of(expected), found);
    }

    /** Sentence | what it says the Conseil des rivières is (empty: nothing). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Le Conseil des rivières a été créé en 1990 comme un lieu d'échange entre pêcheurs.  | un lieu d'échange entre pêcheurs
            Le Conseil des rivières, fondé pour être une école de pêche, ferme.                 | une école de pêche
            Le Conseil des rivières, c'est-à-dire l'assemblée des riverains, vote.              | l'assemblée des riverains
            Le Conseil des rivières a été créé en 1990 à Lyon.                                  |
            Le Conseil des rivières est réuni comme chaque année.                               |
            """)
    void findsWhatAThingWasMadeToBe(String sentence, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected), definitions("qu'est-ce que le Conseil des rivières ?", sentence));
    }

    /** Sentence | question | the long form (empty: nothing). */
    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Le Conseil national des sports (CNS) se réunit demain. | que veut dire CNS ?       | Conseil national des sports
            Le Conseil national des sports (CNS) se réunit demain. | c'est quoi le cns ?       | Conseil national des sports
            Le cns se réunit demain.                               | que veut dire cns ?       |
            """)
    void spellsOutTheAcronymAsked(String sentence, String question, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected), definitions(question, sentence));
    }

    private static List<String> definitions(String question, String sentence) {
        Span all = new Span(0, sentence.length());
        var passage = new ScoredPassage(new Passage("d", 0, all, all, all), 1.0);
        var doc = new Document("d", sentence, "t", Optional.empty(), Optional.empty(), Optional.empty(), List.of(all));
        var evidence = new PassageEvidence(passage, 1, 1, 1, List.of(), 1, true, 1, 1, 0);
        return new DefinitionExtractor().extract(new QuestionAnalyzer().analyze(question), doc, evidence).stream()
                .map(Candidate::text).toList();
    }
}
