package org.citebot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AboutTheBotTest {

    @ParameterizedTest
    @ValueSource(strings = {"tu es qui ?", "qui es-tu ?", "Qui êtes-vous ?", "t'es qui", "tu sais faire quoi ?",
            "que sais-tu faire ?", "tu sers à quoi ?", "à quoi tu sers", "comment ça marche ?", "aide",
            "aide-moi !", "c'est quoi ce bot ?", "je peux te demander quoi ?", "quelles questions je peux te poser ?",
            "bonjour, tu fais quoi ?", "et tu es qui toi ?"})
    void questionsAboutTheBotGetTheHelp(String message) {
        assertEquals(Optional.of(AboutTheBot.Topic.HELP), AboutTheBot.classify(message), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de quoi parlent les articles ?", "sur quoi portent tes articles", "quels articles ?",
            "quels sont les articles ?", "quels articles tu connais ?", "tu as combien d'articles ?",
            "combien d'articles connais-tu ?", "quels sont les sujets ?", "Quels documents as-tu ?"})
    void questionsAboutWhatItReadGetTheArticles(String message) {
        assertEquals(Optional.of(AboutTheBot.Topic.ARTICLES), AboutTheBot.classify(message), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            qui est le porte-parole de l'Agence ?
            source ?
            quelles sources ?
            quels articles du règlement ont été modifiés ?
            de quoi la mairie accuse-t-elle Paul Durand ?
            combien d'articles de presse ont été publiés sur la grève en 2019 ?
            comment la ville a-t-elle réagi ?
            qui a aidé la mairie ?
            et en 2018 ?
            """)
    void questionsForTheArticlesAreLeftAlone(String message) {
        assertEquals(Optional.empty(), AboutTheBot.classify(message), message);
    }
}
