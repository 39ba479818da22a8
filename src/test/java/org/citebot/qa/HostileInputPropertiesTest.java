package org.citebot.qa;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.citebot.answer.ReplyTemplates;
import org.citebot.chat.ChatEngine;
import org.citebot.config.ConfigDir;
import org.citebot.config.Settings;

/**
 * Property-based fuzzing of the whole answerer and chat engine: any text, of any alphabet and
 * length, gets a short non-empty reply, never an exception or a stack trace.
 */
class HostileInputPropertiesTest {

    private static Citebot bot;
    private static ChatEngine engine;

    @BeforeContainer
    static void open() {
        ConfigDir config = new ConfigDir(Path.of("config"));
        bot = Citebot.open(Path.of("seeds"), config, Settings.load(config, Map.of()));
        engine = new ChatEngine(bot, ReplyTemplates.load(config));
    }

    @AfterContainer
    static void close() {
        bot.close();
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> anyText = Arbitraries.strings().all().ofMaxLength(300);
        Arbitrary<String> syntax = Arbitraries.strings().withChars("?*:()[]{}\"'\\/<>&~^!+-|@#%$`_ \u200B\u202E\u00A0")
                .ofMaxLength(80);
        Arbitrary<String> frenchish = Arbitraries.of("combien", "qui", "où", "quand", "pourquoi", "est-ce que", "et",
                "l'", "de", "OTAN", "<b>", "&amp;", "😀", "/q", "/start", "2018", "huit", "?")
                .list().ofMaxSize(30).map(words -> String.join(" ", words));
        Arbitrary<String> longText = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(5_000)
                .ofMaxLength(20_000);
        return Arbitraries.oneOf(anyText, syntax, frenchish, longText);
    }

    @Property(tries = 300)
    void anyTextGetsAShortReplyAndNeverAnException(@ForAll("hostile") String text) {
        String reply = engine.reply("fuzz", text);
        assertFalse(reply.isBlank());
        assertTrue(reply.length() < 4_000, "reply of " + reply.length() + " chars");
        assertFalse(reply.contains("Exception") || reply.contains("\tat "), reply);
    }
}
