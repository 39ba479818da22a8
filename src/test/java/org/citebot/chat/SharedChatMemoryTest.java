package org.citebot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.citebot.answer.reply.ReplyTemplates;
import org.citebot.config.ConfigDir;
import org.citebot.config.LogCapture;
import org.citebot.config.Settings;
import org.citebot.qa.Citebot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two engines (two bot instances) sharing one directory: a follow-up or a button reaching the
 * second reads the exchange the first had, as one engine would; exchanges expire and odd chat keys
 * stay apart. The real citebot on the seeds.
 */
class SharedChatMemoryTest {

    /** The warnings these tests provoke on purpose, asserted here rather than shown in the build. */
    @RegisterExtension
    final LogCapture log = new LogCapture();

    private static final String QUESTION = "combien de diplomates expulsés ?";
    private static final String FOLLOW_UP = "et en mars 2018 ?";

    private static Citebot bot;
    private static ReplyTemplates templates;

    @TempDir
    Path shared;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T12:00:00Z"));
    private final AtomicInteger answeredAgain = new AtomicInteger();

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

    private SharedChatMemory memory() {
        return new SharedChatMemory(shared, Duration.ofMinutes(30), clock, q -> {
            answeredAgain.incrementAndGet();
            return bot.answer(q);
        });
    }

    @Test
    void aFollowUpOnAnotherInstanceReadsTheQuestionTheFirstAnswered() {
        ChatEngine a = new ChatEngine(bot, templates, memory());
        ChatEngine b = new ChatEngine(bot, templates, memory());
        ChatEngine alone = new ChatEngine(bot, templates);
        String expected = alone.reply("x", QUESTION) + "\n" + alone.reply("x", FOLLOW_UP) + "\n"
                + alone.reply("x", "source ?");

        String got = a.reply("telegram:42", QUESTION) + "\n" + b.reply("telegram:42", FOLLOW_UP);
        assertEquals(0, answeredAgain.get(), "a follow-up needs the question only, not its answer again");
        got += "\n" + a.reply("telegram:42", "source ?");

        assertEquals(expected, got);
        assertEquals(1, answeredAgain.get(), "« source ? » on A needed the answer B gave: answered again once");
        assertNotEquals(new ChatEngine(bot, templates).reply("y", FOLLOW_UP), expected.split("\n")[1],
                "without the shared context the follow-up is not understood");
    }

    @Test
    void aButtonPressedOnAnotherInstanceShowsTheFirstInstancesAnswer() {
        ChatEngine a = new ChatEngine(bot, templates, memory());
        ChatEngine b = new ChatEngine(bot, templates, memory());
        ChatReply reply = a.respond("telegram:7", QUESTION);
        assertFalse(reply.buttons().isEmpty(), reply.toString());
        for (ChatReply.Button button : reply.buttons()) {
            String onB = b.callback("telegram:7", button.data());
            assertNotEquals(ReplyTemplates.builtIn().line(ChatEngine.STALE), onB);
            assertEquals(a.callback("telegram:7", button.data()), onB);
        }
        assertEquals(1, answeredAgain.get(), "B answered A's question again once, then from its cache");
        b.respond("telegram:7", "qui dirige l'otan ?");
        assertEquals(ReplyTemplates.builtIn().line(ChatEngine.STALE), a.callback("telegram:7", reply.buttons().get(0).data()),
                "another question since, on B: A's button is stale");
    }

    @Test
    void anExchangeOlderThanTheTimeOutIsGoneEverywhereAndItsFileSwept() throws Exception {
        SharedChatMemory a = memory();
        SharedChatMemory b = memory();
        a.remember("telegram:1", QUESTION, bot.answer(QUESTION));
        assertTrue(b.last("telegram:1").isPresent());
        clock.advance(Duration.ofMinutes(31));
        assertTrue(b.last("telegram:1").isEmpty());

        Path chats = shared.resolve("chats");
        try (var files = Files.list(chats)) {
            Path file = files.findFirst().orElseThrow();
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofMinutes(31))));
            b.sweep(Instant.now());
            assertFalse(Files.exists(file));
        }
    }

    @Test
    void oddChatKeysStayApartAndAnUnreadableFileIsNoContext() throws Exception {
        SharedChatMemory m = memory();
        m.remember("a/b", "qui a signé ?", bot.answer("qui a signé ?"));
        m.remember("../a_b", QUESTION, bot.answer(QUESTION));
        m.remember("telegram:-100", "où ?", bot.answer("où ?"));
        SharedChatMemory other = memory();
        assertEquals("qui a signé ?", other.last("a/b").orElseThrow().question());
        assertEquals(QUESTION, other.last("../a_b").orElseThrow().question());
        assertEquals("où ?", other.last("telegram:-100").orElseThrow().question());
        assertTrue(other.last("a_b").isEmpty());

        try (var files = Files.list(shared.resolve("chats"))) {
            for (Path f : files.toList()) {
                Files.writeString(f, "half a wri", StandardCharsets.UTF_8);
            }
        }
        assertTrue(other.last("a/b").isEmpty());
        log.assertLogged(Level.WARN, SharedChatMemory.class, "unreadable, ignored");
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
