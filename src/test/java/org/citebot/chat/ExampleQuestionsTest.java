package org.citebot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.citebot.config.ConfigDir;
import org.citebot.config.Settings;
import org.citebot.qa.Citebot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExampleQuestionsTest {

    private static Citebot bot;

    @BeforeAll
    static void open() {
        ConfigDir config = new ConfigDir(Path.of("config"));
        bot = Citebot.open(Path.of("seeds"), config, Settings.load(config, Map.of()));
    }

    @AfterAll
    static void close() {
        bot.close();
    }

    @Test
    void onTheSeedsOneExampleOfEachKindIsFoundAndAnsweredWithTheFactOfItsSentence() {
        List<String> examples = ExampleQuestions.from(bot, 4);
        // the place question built from the seeds is no longer answered with a fact: three kinds
        assertTrue(examples.size() >= 3, examples.toString());
        List<String> starts = List.of("combien d", "en quelle année ", "qui est ", "où se trouve");
        for (int i = 0; i < examples.size(); i++) {
            assertTrue(examples.get(i).startsWith(starts.get(i)), examples.toString());
            assertTrue(bot.answer(examples.get(i)).answered(), examples.get(i));
        }
        List<String> three = ExampleQuestions.from(bot, 3);
        assertEquals(3, three.size(), three.toString());
        assertEquals(3, three.stream().map(q -> q.substring(0, 6)).distinct().count(), "three kinds: " + three);
    }

    @Test
    void aQuestionIsKeptOnlyWhenTheBotAnswersWithTheFactOfItsSentence() {
        // the seeds say 7 diplomats in 2018 and 8 in 2021: the 2018 question is answered 7
        var seven = new ExampleQuestions.Example(ExampleQuestions.Kind.QUANTITY,
                "combien de diplomates expulsés en mars 2018 ?", List.of("7", "sept"));
        var eight = new ExampleQuestions.Example(ExampleQuestions.Kind.QUANTITY,
                "combien de diplomates expulsés en mars 2018 ?", List.of("8", "huit"));
        assertTrue(ExampleQuestions.answersWith(bot, seven));
        assertTrue(!ExampleQuestions.answersWith(bot, eight));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ce conseil a été créé en 2002 à Rome.                   | en quelle année le conseil a été créé ?       | 2002
            Selon l'alliance militaire fondée en 1949, rien.        | en quelle année l'alliance militaire a été fondée ? | 1949
            Cette usine, construite en 1923, ferme.                 | en quelle année l'usine a été construite ?    | 1923
            Les accords signés en 1997 tiennent.                    | en quelle année les accords ont été signés ?  | 1997
            """)
    void yearsOfWhatWasMade(String sentence, String question, String year) {
        var made = ExampleQuestions.made(sentence);
        assertEquals(1, made.size(), made.toString());
        assertEquals(question, made.get(0).question());
        assertEquals(List.of(year), made.get(0).expected());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Selon le porte-parole du Kremlin, Dmitri Peskov, rien ne change. | qui est le porte-parole du Kremlin ? | Peskov
            Elle a vu la ministre de la Culture, Rima Abdul Malak.           | qui est la ministre de la Culture ?  | Malak
            """)
    void rolesNamedInAnApposition(String sentence, String question, String name) {
        var roles = ExampleQuestions.roles(sentence);
        assertEquals(1, roles.size(), roles.toString());
        assertEquals(question, roles.get(0).question());
        assertEquals(List.of(name), roles.get(0).expected());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Il a fermé la mission russe à Bruxelles hier.           | où se trouve la mission russe ?  | Bruxelles
            On visite les jardins botaniques en Italie.              | où se trouvent les jardins botaniques ? | Italie
            """)
    void placesOfThings(String sentence, String question, String place) {
        var places = ExampleQuestions.places(sentence);
        assertEquals(question, places.get(0).question(), places.toString());
        assertEquals(List.of(place), places.get(0).expected());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            la ville de Paris, Jean Dupont, maire
            il a parlé en 2002 à Rome
            pour l'avenir contacter l'ambassadeur russe en Belgique
            le président à Paris
            """)
    void shapesThatAreNotQuestionsGiveNone(String sentence) {
        assertEquals(List.of(), ExampleQuestions.roles(sentence));
        assertEquals(List.of(), ExampleQuestions.made(sentence));
        assertTrue(ExampleQuestions.places(sentence).stream().noneMatch(e -> e.question().contains("contacter")
                || e.question().contains("président")), ExampleQuestions.places(sentence).toString());
    }
}
