package org.citebot.qa;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.citebot.answer.reply.ReplyTemplates;
import org.citebot.chat.ChatEngine;
import org.citebot.config.ConfigDir;
import org.citebot.config.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Fuzzing of the whole answerer and chat engine with seeded random texts ({@link HostileText}):
 * any text, of any alphabet and length, gets a short non-empty reply, never an exception or a
 * stack trace.
 */
class HostileInputPropertiesTest {

    private static Citebot bot;
    private static ChatEngine engine;

    @BeforeAll
    static void open() {
        ConfigDir config = new ConfigDir(Path.of("config"));
        bot = Citebot.open(Path.of("seeds"), config, Settings.load(config, Map.of()));
        engine = new ChatEngine(bot, ReplyTemplates.load(config));
    }

    @AfterAll
    static void close() {
        bot.close();
    }

    @TestFactory
    Stream<DynamicTest> anyTextGetsAShortReplyAndNeverAnException() {
        return HostileText.cases(HostileText.seed(), 300, 0).stream().map(c -> dynamicTest(c.name(), () -> {
            String reply = engine.reply("fuzz", c.text());
            assertFalse(reply.isBlank(), c.name());
            assertTrue(reply.length() < 4_000, c.name() + ": reply of " + reply.length() + " chars");
            assertFalse(reply.contains("Exception") || reply.contains("\tat "), c.name() + ": " + reply);
        }));
    }
}
