package org.citebot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.citebot.answer.reply.ReplyTemplates;
import org.citebot.chat.ChatEngine;
import org.citebot.config.ConfigDir;
import org.citebot.config.Settings;
import org.citebot.qa.Citebot;
import org.citebot.qa.HostileText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Fuzzing of the Telegram handler with seeded random texts ({@link HostileText}): any text in a
 * private chat gets replies that are escaped HTML within Telegram's limit, never an apology (which
 * would mean an exception).
 */
class TelegramHandlerPropertiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
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
    Stream<DynamicTest> anyPrivateTextGetsSafeRepliesWithinTheLimit() {
        return HostileText.cases(HostileText.seed(), 150, 1).stream()
                .map(c -> dynamicTest(c.name(), () -> checkReplies(c.text())));
    }

    private static void checkReplies(String text) throws Exception {
        List<OutgoingMessage> sent = new ArrayList<>();
        MessageSender sender = new MessageSender() {
            @Override
            public void send(OutgoingMessage message) {
                sent.add(message);
            }

            @Override
            public void answerCallback(String callbackQueryId, String notice) {
                throw new AssertionError("no button was pressed");
            }
        };
        TelegramUpdateHandler handler = new TelegramUpdateHandler(engine, new BotIdentity(42, "citebot_fr_bot"),
                sender, 4096, List.of());
        ObjectNode m = JSON.createObjectNode();
        m.put("message_id", 1).put("date", 1_700_000_000).put("text", text);
        m.putObject("chat").put("id", 7).put("type", "private");
        m.putObject("from").put("id", 7).put("is_bot", false).put("first_name", "U");
        ObjectNode u = JSON.createObjectNode().put("update_id", 1);
        u.set("message", m);
        handler.handle(JSON.convertValue(u, Update.class));
        if (text.isBlank()) {
            return;
        }
        assertTrue(!sent.isEmpty(), "no reply to « " + text + " »");
        for (OutgoingMessage o : sent) {
            assertTrue(o.html().length() <= 4096, "message of " + o.html().length());
            assertTrue(TelegramHtmlTest.SAFE_HTML.matcher(o.html()).matches(), o.html());
            assertTrue(!o.html().equals(TelegramHtml.escape(ReplyTemplates.builtIn().line(TelegramUpdateHandler.APOLOGY))), "apology for « " + text + " »");
        }
        assertEquals(7, sent.get(0).chatId());
    }
}
