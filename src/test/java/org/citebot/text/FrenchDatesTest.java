package org.citebot.text;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchDatesTest {

    private final FrenchDates dates = new FrenchDates();

    /** Sentence | the date as written | its key | the date in French words. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Le 7 octobre, ce chiffre a été descendu à 10            | 7 octobre               | ?-10-07    | 7 octobre
            à partir du 1er novembre.                               | 1er novembre            | ?-11-01    | 1er novembre
            a annoncé ce mardi 19 octobre le porte-parole           | mardi 19 octobre        | ?-10-19    | mardi 19 octobre
            Publié le 18 octobre 2021 à 16h10                       | 18 octobre 2021         | 2021-10-18 | 18 octobre 2021
            AFP, 18/10/2021                                         | 18/10/2021              | 2021-10-18 | 18 octobre 2021
            19.10.2021, Le Journal du Soir                          | 19.10.2021              | 2021-10-19 | 19 octobre 2021
            2021-10-19T22:22+0200                                   | 2021-10-19T22:22+0200   | 2021-10-19 | 19 octobre 2021
            En mars 2018, dans le sillage de l'affaire              | mars 2018               | 2018-03    | mars 2018
            ce poste étant vacant depuis janvier 2018.              | janvier 2018            | 2018-01    | janvier 2018
            l'alliance fondée en 1949 par les adversaires           | 1949                    | 1949       | 1949
            Octobre 2021 est devenu un mois culminant               | Octobre 2021            | 2021-10    | octobre 2021
            la suspension dès début novembre du travail             | novembre                | ?-11       | novembre
            a déclaré Sergueï Lavrov lundi.                         | lundi                   | lundi      | lundi
            le 14 juillet 1789 à Paris                              | 14 juillet 1789         | 1789-07-14 | 14 juillet 1789
            en fevrier 1848, sans accent                            | fevrier 1848            | 1848-02    | février 1848
            le 15 AOÛT 1945                                         | 15 AOÛT 1945            | 1945-08-15 | 15 août 1945
            En 1644, une nouvelle dynastie s'empare du trône        | 1644                    | 1644       | 1644
            la Crète est conquise en 1669, la Podolie est prise     | 1669                    | 1669       | 1669
            """)
    void findsFrenchDates(String sentence, String written, String key, String french) {
        List<DateMention> found = dates.find(sentence);
        assertEquals(1, found.size(), found.toString());
        DateMention d = found.get(0);
        assertEquals(written, d.span().of(sentence));
        assertEquals(key, d.key());
        assertEquals(french, d.toFrench());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            estime à 100 000 personnes
            la mesure 45/13/2021 est fausse
            il a 2500 euros
            il mesure 1850,5 mètres
            """)
    void findsNoDateIn(String sentence) {
        assertEquals(List.of(), dates.find(sentence).stream().filter(d -> d.month().isPresent()).toList());
    }

    @Test
    void glueDoesNotHideADateAtASentenceStart() {
        String text = "Rupture programméeOctobre 2021 est devenu un mois culminant.";
        int start = text.indexOf("Octobre");
        List<DateMention> found = dates.find(text, new Span(start, text.length()));
        assertEquals("2021-10", found.get(0).key());
    }

    @Test
    void aMissingYearIsTakenFromThePublicationDate() {
        DateMention d = dates.find("le 28 décembre").get(0);
        assertEquals("2020-12-28", d.resolve(Optional.of(LocalDate.of(2021, 1, 3))).key());
        assertEquals("2021-10-18", dates.find("lundi 18 octobre").get(0)
                .resolve(Optional.of(LocalDate.of(2021, 10, 19))).key());
        assertEquals("?-10", dates.find("début octobre").get(0).resolve(Optional.of(LocalDate.of(2021, 10, 19))).key(),
                "a month alone stays as vague as written");
    }

    @Test
    void neverThrowsOnRandomText() {
        Random random = new Random(5);
        String alphabet = "0123456789/.-T:+ lundimarsoctobre1er";
        for (int i = 0; i < 500; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertDoesNotThrow(() -> dates.find(s.toString()));
        }
    }
}
