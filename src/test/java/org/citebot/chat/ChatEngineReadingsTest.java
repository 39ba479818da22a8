package org.citebot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.citebot.answer.reply.ReplyTemplates;
import org.citebot.config.ConfigDir;
import org.citebot.config.Settings;
import org.citebot.qa.Citebot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A follow-up answered by another reading of it (issue 16), on invented articles: the written-out
 * reading names the person in full, the article that states the fact by the last name alone.
 */
class ChatEngineReadingsTest {

    private static final String TOWN = """
            Valbonne inaugure sa médiathèque
            Le maire de Valbonne, Paul Renard, a inauguré samedi la nouvelle médiathèque de la commune, en présence de nombreux habitants.
            Paul Renard a été élu maire en 2020 après une campagne centrée sur la culture.
            Quelques jours plus tôt, M. Renard avait rencontré la ministre de la Culture à Grenoble pour obtenir une subvention.
            Selon Renard, la médiathèque accueillera aussi une ludothèque et un atelier de réparation.
            Le chantier a coûté 4 millions d'euros, dont la moitié financée par la région.
            Renard a précisé que les horaires d'ouverture seraient élargis le dimanche.
            La directrice de la médiathèque, Sophie Marchal, dirige une équipe de douze bibliothécaires.
            """;
    private static final String HARBOUR = """
            Le port de Sète agrandit ses quais
            La présidente du port de Sète, Hélène Vidal, a annoncé mardi l'agrandissement des quais de commerce.
            Hélène Vidal veut doubler le nombre de navires accueillis d'ici 2030.
            Les travaux débuteront en septembre et dureront trois ans, a précisé Mme Vidal.
            Vidal a rencontré les représentants des pêcheurs à Montpellier pour les rassurer.
            Hélène Vidal a promis de réserver un quai aux chalutiers.
            """;

    @TempDir
    static Path articles;
    private static Citebot bot;
    private static ChatEngine engine;

    /**
     * The threshold is pinned between the two readings' confidences as measured when this test
     * was written (0.59 in full, 0.75 by the last name), so a refit of the model that moves both a
     * little does not turn the test into one about the model.
     */
    @BeforeAll
    static void open() throws IOException {
        Files.writeString(articles.resolve("001_valbonne.txt"), TOWN);
        Files.writeString(articles.resolve("002_sete.txt"), HARBOUR);
        ConfigDir config = new ConfigDir(Path.of("config"));
        bot = Citebot.open(articles, config, Settings.load(config, Map.of("CITEBOT_ANSWER_THRESHOLD", "0.67")));
        engine = new ChatEngine(bot, ReplyTemplates.load(config));
    }

    @AfterAll
    static void close() {
        bot.close();
    }

    @Test
    void aFollowUpDeclinedAsWrittenOutIsAnsweredByItsReadingWithTheLastNameTheArticleUses() {
        ChatTurn first = engine.turn("a", "qui a été élu maire de Valbonne en 2020 ?");
        assertEquals("Paul Renard", first.answer().flatMap(a -> a.best()).map(f -> f.fact()).orElse(""));
        ChatTurn where = engine.turn("a", "il a rencontré la ministre dans quelle ville ?");
        assertEquals("Renard a rencontré la ministre dans quelle ville ?", where.resolved());
        assertTrue(where.reply().text().startsWith("(Renard a rencontré la ministre dans quelle ville ?) Grenoble"),
                where.reply().text());
        // the reading answered is what the next follow-up builds on
        ChatTurn why = engine.turn("a", "pour quoi faire ?");
        assertTrue(why.resolved().contains("Renard a rencontré la ministre"), why.resolved());
    }

    @Test
    void aFollowUpNoReadingAnswersKeepsTheWrittenOutReadingAndItsDecline() {
        engine.turn("b", "qui a été élu maire de Valbonne en 2020 ?");
        ChatTurn age = engine.turn("b", "il a quel âge ?");
        assertEquals("Paul Renard a quel âge ?", age.resolved());
        assertFalse(age.answer().orElseThrow().answered());
        assertTrue(age.reply().text().startsWith("(Paul Renard a quel âge ?) "), age.reply().text());
    }

    /**
     * « qui est NAME ? » typed is answered with the title the article gives the name, and so is a
     * follow-up that names the person (« et Renard ? »); the same question written out from « c'est
     * qui ? » is left to the model, which declines it here: the chat only guessed whom the message
     * points at ({@link org.citebot.qa.Wording}).
     */
    @Test
    void whoANamedPersonIsIsAnsweredFromTheTitleOnlyWhenTheUserTypedTheName() {
        ChatTurn typed = engine.turn("c", "qui est Paul Renard ?");
        assertEquals("maire de Valbonne", typed.answer().flatMap(a -> a.best()).map(f -> f.fact()).orElse(""),
                typed.reply().text());
        engine.turn("e", "qui est Hélène Vidal ?");
        ChatTurn named = engine.turn("e", "et Renard ?");
        assertEquals("qui est Renard ?", named.resolved());
        assertEquals("maire de Valbonne", named.answer().flatMap(a -> a.best()).map(f -> f.fact()).orElse(""),
                named.reply().text());
        engine.turn("d", "qui a été élu maire de Valbonne en 2020 ?");
        ChatTurn followUp = engine.turn("d", "c'est qui ?");
        assertEquals("qui est Paul Renard ?", followUp.resolved());
        assertFalse(followUp.answer().orElseThrow().answered(), followUp.reply().text());
    }
}
