package org.citebot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.citebot.answer.ReplyTemplates;
import org.citebot.config.ConfigDir;
import org.citebot.config.Settings;
import org.citebot.qa.Citebot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChatEngineTest {

    private static Citebot bot;
    private static ReplyTemplates templates;

    @BeforeAll
    static void open() {
        ConfigDir config = new ConfigDir(Path.of("config"));
        bot = Citebot.open(Path.of("seeds"), config, Settings.load(config, Map.of()));
        templates = ReplyTemplates.load(config);
    }

    @AfterAll
    static void close() {
        bot.close();
    }

    @Test
    void followUpsLeanOnTheSameChatsLastQuestion() {
        ChatEngine engine = new ChatEngine(bot, templates);
        assertTrue(engine.reply("a", "combien de diplomates expulsés ?").startsWith("8 "));
        String in2018 = engine.reply("a", "et en mars 2018 ?");
        assertTrue(in2018.startsWith("7 "), in2018);
        String sources = engine.reply("a", "source ?");
        assertTrue(sources.startsWith("Sources de la réponse « 7"), sources);
        // Another chat has no previous question: « et en mars 2018 ? » alone is not understood as one.
        assertTrue(engine.reply("b", "et en mars 2018 ?").startsWith("Je ne sais pas"));
    }

    @Test
    void commandsAnswerWithoutSearching() {
        ChatEngine engine = new ChatEngine(bot, templates);
        assertTrue(engine.reply("/aide").contains("/sources"));
        assertTrue(engine.reply("/sources").startsWith("Articles connus (5)"));
        assertTrue(engine.reply("/nimportequoi").startsWith("Commande inconnue"));
        assertTrue(engine.reply("merci !").startsWith("Avec plaisir"));
    }

    @Test
    void conversationsAreBoundedInSizeAndAge() {
        MutableClock clock = new MutableClock();
        Conversations c = new Conversations(2, Duration.ofMinutes(30), clock);
        var answer = bot.answer("qui dirige l'otan ?");
        c.remember("a", "q", answer);
        c.remember("b", "q", answer);
        c.remember("c", "q", answer);
        assertEquals(2, c.size());
        assertTrue(c.last("a").isEmpty(), "least recently used chat forgotten");
        clock.now = clock.now.plus(Duration.ofMinutes(31));
        assertTrue(c.last("c").isEmpty(), "too old");
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
