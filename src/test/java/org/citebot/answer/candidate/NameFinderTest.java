package org.citebot.answer.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.citebot.question.AnswerType;
import org.citebot.question.TypedNouns;
import org.citebot.text.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameFinderTest {

    private final NameFinder finder = new NameFinder(new Gazetteer(List.of("Lyon"), List.of("ONU")), TypedNouns.load());

    /** Sentence | a name in it | the kind its context gives. */
    @ParameterizedTest(name = "{1} in « {0} »")
    @CsvSource(delimiter = '|', textBlock = """
            a déclaré le porte-parole du gouvernement, Paul Durand, lundi.   | Paul Durand           | PERSON
            a déclaré le porte-parole du gouvernement, Paul Durand, lundi.   | Gouvernement          | -
            Ils se sont rencontrés à New York la semaine dernière.           | New York              | PLACE
            Le traité lie la Belgique et l'Italie depuis longtemps.          | Belgique              | OTHER
            selon l'agence AFP, qui cite M. Martin.                          | AFP                   | ORGANIZATION
            selon l'agence AFP, qui cite M. Martin.                          | Martin                | PERSON
            a rapporté la chaîne belge RTBF hier.                            | RTBF                  | ORGANIZATION
            le Conseil de l'Europe a voté.                                   | Conseil de l'Europe   | ORGANIZATION
            Charles de Gaulle est né à Lille.                                | Charles de Gaulle     | PERSON
            Charles de Gaulle est né à Lille.                                | Lille                 | PLACE
            Il vit à Lyon depuis 2010.                                       | Lyon                  | PLACE
            La décision de l'ONU est tombée.                                 | ONU                   | ORGANIZATION
            Huit puissances ont signé.                                       | Huit                  | -
            Selon lui, rien ne change.                                       | Selon                 | -
            Le futur musée, que Paul Durand veut classique, ouvrira.         | Paul Durand           | PERSON
            La ville dont Anne Martin parle est ancienne.                    | Anne Martin           | PERSON
            Au XIXe siècle, la ville grandit.                                | XIXe                  | -
            Le règne de Louis XIV fut long.                                  | Louis XIV             | PERSON
            Le palais de l'empereur Julien brûla.                            | Julien                | PERSON
            Les moines montent au sommet du mont Ventoux.                    | Ventoux               | PLACE
            Elle prie dans l'église Saint-Paul chaque matin.                 | Saint-Paul            | PLACE
            La dynastie Tang régna trois siècles.                            | Tang                  | ORGANIZATION
            Les soldats prennent la ville de Tours et Marcel fuit.           | Tours                 | PLACE
            Il naît dans la province de Namur en 1850.                       | Namur                 | PLACE
            Le duc de Bourgogne entre dans Paris.                            | Bourgogne             | PLACE
            Le maire de la Rochelle a parlé.                                 | Rochelle              | PLACE
            Le fils de Marcel Dupuis a parlé.                                | Marcel Dupuis         | PERSON
            Les Suédois prirent la ville en une nuit.                        | Suédois               | PERSON
            Il craint l'ombrage des Jésuites de la ville.                    | Jésuites              | PERSON
            Ils traversent les Alpes en hiver.                               | Alpes                 | OTHER
            """)
    void findsNamesAndTheirKinds(String sentence, String name, String kind) {
        List<Name> names = finder.find(sentence, new Span(0, sentence.length()));
        var found = names.stream().filter(n -> n.text().equals(name)).findFirst();
        if (kind.equals("-")) {
            assertEquals(java.util.Optional.empty(), found, names.toString());
        } else {
            assertEquals(AnswerType.valueOf(kind), found.orElseThrow(() -> new AssertionError(name + " not in " + names))
                    .kind());
        }
    }
}
