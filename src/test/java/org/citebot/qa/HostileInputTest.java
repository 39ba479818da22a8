package org.citebot.qa;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.citebot.answer.Answer;
import org.citebot.answer.reply.ReplyTemplates;
import org.citebot.config.ConfigDir;
import org.citebot.config.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever people send, the answerer replies briefly and never throws. */
class HostileInputTest {

    private static Citebot bot;
    private static ReplyTemplates templates;
    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final AtomicLong slowest = new AtomicLong();

    @BeforeAll
    static void open() {
        ConfigDir config = new ConfigDir(Path.of("config"));
        bot = Citebot.open(Path.of("seeds"), config, Settings.load(config, java.util.Map.of()));
        templates = ReplyTemplates.load(config);
    }

    @AfterAll
    static void close() {
        bot.close();
    }

    static Stream<String> hostile() {
        return Stream.of("", " ", "\n\t", "?", "???", "!!!", ":", "(", ")", "*", "\"", "'", "\\", "~", "^", "[1 TO 5]",
                "a AND b", "NOT", "OR", "+-&&||!(){}[]^\"~*?:\\/", "<script>alert(1)</script>", "<b>gras</b> &amp;",
                "**gras** _it_ `code` [lien](http://x)", "\u0000\u0001\u0007", "\u200B\u200C\u200D\uFEFF",
                "\u202Eمرحبا كيف حالك\u202C", "שלום", "😀🎉🔥 combien ? 🤔", "what is the capital of France?",
                "1234567890", "3.14159", "combien " .repeat(1000), "a".repeat(100_000),
                "combien de diplomates expulsés ?".repeat(1000), "\uD800", "qu'", "l'", "est-ce que", "quel",
                "qui est ?", "qu'est-ce que ?", "combien de ?", "pourquoi ?");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void repliesWithoutThrowing(String input) {
        long start = System.nanoTime();
        // A generous bound: it catches a pathological input (a hang, a blow-up in the analysis),
        // not a slow machine; speed itself is measured in the JMH benchmarks.
        Answer answer = assertTimeoutPreemptively(BOUND, () -> bot.answer(input));
        String reply = templates.reply(answer, "");
        slowest.accumulateAndGet(System.nanoTime() - start, Math::max);
        assertFalse(reply.isBlank());
        assertTrue(reply.length() < 3000, "reply of " + reply.length() + " chars");
        assertFalse(reply.contains("Exception"));
        assertTrue(answer.question().text().length() <= InputLimit.DEFAULT_MAX_CHARS,
                "the question is cut before analysis");
    }

    @Test
    void overLongInputIsCutToTheConfiguredLengthBeforeAnalysis() {
        ConfigDir config = new ConfigDir(Path.of("config"));
        Settings settings = Settings.load(config,
                java.util.Map.of(Settings.environmentName("question.max.chars"), "60"));
        try (Citebot shortReader = Citebot.open(Path.of("seeds"), config, settings)) {
            Answer answer = shortReader.answer("combien de diplomates expulsés ? ".repeat(100));
            assertTrue(answer.question().text().length() <= 60, answer.question().text());
            assertTrue(answer.question().text().startsWith("combien de diplomates expulsés ?"));
        }
    }

    @AfterAll
    static void reportSlowest() {
        System.out.printf("HostileInputTest: slowest hostile input answered in %.1f ms%n", slowest.get() / 1e6);
    }

    @Test
    void randomStringsNeverThrow() {
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(60); k > 0; k--) {
                s.append((char) (random.nextBoolean() ? random.nextInt(128) : random.nextInt(0xFFFF)));
            }
            assertDoesNotThrow(() -> templates.reply(bot.answer(s.toString()), ""), s.toString());
        }
    }
}
