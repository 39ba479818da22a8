package org.citebot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.citebot.answer.reply.ReplyTemplates;
import org.citebot.chat.ChatEngine;
import org.citebot.chat.ChatReply;
import org.citebot.config.ConfigDir;
import org.citebot.config.LogCapture;
import org.citebot.chat.ChatFixtures;
import org.citebot.config.Settings;
import org.citebot.qa.Citebot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Who gets an answer and what it looks like, with the real engine on the seeds and a fake sender
 * that records (or refuses) messages. Updates are built as the Bot API's JSON, read by the
 * library's own classes.
 */
class TelegramUpdateHandlerTest {

    /** The warnings these tests provoke on purpose, asserted here rather than shown in the build. */
    @RegisterExtension
    final LogCapture log = new LogCapture();

    /** Examples as a deployer configures them ({@code telegram.examples}). */
    private static final List<String> EXAMPLES = List.of("combien de diplomates expulsés ?", "qui dirige l'otan ?",
            "où se trouve la mission de liaison militaire ?");
    private static final long BOT_ID = 666;
    private static final long PRIVATE_CHAT = 42;
    private static final long GROUP_CHAT = -100777;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Citebot citebot;
    private static ChatEngine engine;

    /** Records what the handler sends; refuses the first {@code failures} messages. */
    private static final class FakeSender implements MessageSender {
        final List<OutgoingMessage> sent = Collections.synchronizedList(new ArrayList<>());
        int failures;

        @Override
        public void send(OutgoingMessage message) {
            if (failures > 0) {
                failures--;
                throw new IllegalStateException("Bad Request: can't parse entities");
            }
            sent.add(message);
        }

        /** Callback query answers, as « id » or « id: notice ». */
        final List<String> answers = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void answerCallback(String callbackQueryId, String notice) {
            answers.add(notice == null ? callbackQueryId : callbackQueryId + ": " + notice);
        }
    }

    private final FakeSender sender = new FakeSender();
    private final TelegramUpdateHandler handler = new TelegramUpdateHandler(engine(), new BotIdentity(BOT_ID,
            "citebot_fr_bot"), sender, 4096, EXAMPLES);

    @BeforeAll
    static void openCitebot() {
        ConfigDir config = new ConfigDir(Path.of("config"));
        citebot = Citebot.open(Path.of("seeds"), config, Settings.load(config, ChatFixtures.PINNED_THRESHOLD));
        engine = new ChatEngine(citebot, ReplyTemplates.load(config));
    }

    @AfterAll
    static void closeCitebot() {
        citebot.close();
    }

    private static ChatEngine engine() {
        return engine;
    }

    private static ObjectNode message(String chatType, long chatId, int messageId) {
        ObjectNode m = JSON.createObjectNode();
        m.put("message_id", messageId);
        m.put("date", 1_700_000_000);
        m.putObject("chat").put("id", chatId).put("type", chatType);
        m.putObject("from").put("id", 1001).put("is_bot", false).put("first_name", "Léa");
        return m;
    }

    private static Update update(ObjectNode message) {
        ObjectNode u = JSON.createObjectNode();
        u.put("update_id", 9000 + message.get("message_id").asInt());
        u.set("message", message);
        return JSON.convertValue(u, Update.class);
    }

    private static Update text(String chatType, long chatId, int messageId, String text) {
        return update(message(chatType, chatId, messageId).put("text", text));
    }

    private static Update privateText(String text) {
        return text("private", PRIVATE_CHAT, 7, text);
    }

    private OutgoingMessage onlyReply() {
        assertEquals(1, sender.sent.size(), () -> "sent: " + sender.sent);
        return sender.sent.get(0);
    }

    @Test
    void privateQuestionIsAnsweredAsAReplyWithItsSource() {
        handler.handle(privateText("combien de diplomates expulsés ?"));
        OutgoingMessage m = onlyReply();
        assertEquals(PRIVATE_CHAT, m.chatId());
        assertEquals(7, m.replyTo());
        assertTrue(m.html().matches("(?s)(8|Huit|huit)\\b.*"), m.html());
        assertTrue(m.html().contains("Source : « "), m.html());
        assertTrue(TelegramHtmlTest.SAFE_HTML.matcher(m.html()).matches(), m.html());
    }

    @Test
    void strangersAreRefusedAndFloodsSlowedOnce() {
        TelegramUpdateHandler gated = new TelegramUpdateHandler(engine, new BotIdentity(BOT_ID, "citebot_fr_bot"),
                sender, 4096, java.util.List.of(), chatId -> TypingIndicator.NONE,
                new AccessGate(java.util.Set.of(1001L), java.util.Set.of(), 2));
        gated.handle(text("private", 77, 1, "combien de diplomates expulsés ?"));
        gated.handle(text("private", 77, 2, "qui dirige l'otan ?"));
        gated.handle(text("private", 77, 3, "qui dirige l'otan ?"));
        gated.handle(text("private", 77, 4, "qui dirige l'otan ?"));
        assertEquals(3, sender.sent.size(), () -> "sent: " + sender.sent);
        assertTrue(sender.sent.get(0).html().matches("(?is)(8|huit) .*"), sender.sent.get(0).html());
        assertEquals(TelegramHtml.escape(ReplyTemplates.builtIn().line(AccessGate.SLOW_DOWN)), sender.sent.get(2).html());
        ObjectNode stranger = message("private", 88, 5).put("text", "combien de diplomates expulsés ?");
        stranger.putObject("from").put("id", 4242).put("is_bot", false).put("first_name", "X");
        gated.handle(update(stranger));
        assertEquals(TelegramHtml.escape(ReplyTemplates.builtIn().line(AccessGate.REFUSAL)), sender.sent.get(3).html());
    }

    @Test
    void followUpsAreReadAgainstTheSameChatOnly() {
        handler.handle(text("private", 4242, 1, "combien de diplomates expulsés ?"));
        handler.handle(text("private", 4242, 2, "et en mars 2018 ?"));
        handler.handle(text("private", 4343, 3, "et en mars 2018 ?"));
        assertEquals(3, sender.sent.size(), () -> "sent: " + sender.sent);
        assertTrue(sender.sent.get(1).html().startsWith("(combien de diplomates expulsés en mars 2018 ?) 7 "),
                sender.sent.get(1).html());
        // the other chat has no last question: « et en mars 2018 ? » is not read as a follow-up
        assertTrue(!sender.sent.get(2).html().startsWith("(") && !sender.sent.get(2).html().contains("7 diplomates."),
                sender.sent.get(2).html());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<b>qui</b> dirige l'otan ?", "<script>alert(1)</script>", "AT&T & l'Otan ?",
            "*gras* _italique_ `code` [lien](http://x)", "😀🎉🇫🇷", "&lt;&amp;", "/<b>"})
    void hostileTextGetsOneSafeReply(String text) {
        handler.handle(privateText(text));
        OutgoingMessage m = onlyReply();
        assertTrue(TelegramHtmlTest.SAFE_HTML.matcher(m.html()).matches(), m.html());
    }

    @Test
    void unknownCommandEchoIsEscaped() {
        handler.handle(privateText("/<b>x</b>"));
        String html = onlyReply().html();
        assertTrue(html.contains("/&lt;b&gt;x&lt;/b&gt;"), html);
    }

    @Test
    void fiveThousandCharactersStayWithinTheLimit() {
        handler.handle(privateText("pourquoi " + "l'Otan expulse-t-elle des diplomates ? ".repeat(130)));
        assertFalse(sender.sent.isEmpty());
        for (OutgoingMessage m : sender.sent) {
            assertTrue(m.html().length() <= 4096, "length " + m.html().length());
        }
    }

    @Test
    void longRepliesAreSplitAndOnlyTheFirstPartIsAReply() {
        TelegramUpdateHandler small = new TelegramUpdateHandler(engine, new BotIdentity(BOT_ID, "citebot_fr_bot"),
                sender, 200, List.of());
        small.handle(privateText("/sources"));
        assertTrue(sender.sent.size() > 1, () -> "sent: " + sender.sent);
        assertEquals(7, sender.sent.get(0).replyTo());
        for (int i = 1; i < sender.sent.size(); i++) {
            assertNull(sender.sent.get(i).replyTo());
        }
        for (OutgoingMessage m : sender.sent) {
            assertTrue(m.html().length() <= 200, m.html());
            assertTrue(TelegramHtmlTest.SAFE_HTML.matcher(m.html()).matches(), m.html());
        }
    }

    @Test
    void startGreetsSaysWhatItKnowsAndGivesThreeExamples() {
        handler.handle(privateText("/start"));
        String html = onlyReply().html();
        assertTrue(html.startsWith("Bonjour"), html);
        assertTrue(html.contains("articles"), html);
        assertTrue(html.contains("• combien de diplomates expulsés ?"), html);
        assertTrue(html.contains("• qui dirige l'otan ?"), html);
        assertTrue(html.contains("• où se trouve la mission de liaison militaire ?"), html);
        assertTrue(html.contains("/q suivi de la question"), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/aide", "/help", "/AIDE", "/aide@citebot_fr_bot", "tu es qui ?", "comment ça marche ?"})
    void helpCommands(String command) {
        handler.handle(privateText(command));
        assertEquals(engine.help(EXAMPLES, List.of("help.telegram")), onlyReply().html().replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&"));
    }

    @Test
    void sourcesListsTheArticles() {
        handler.handle(privateText("/sources"));
        assertTrue(onlyReply().html().startsWith("Articles connus ("), sender.sent.toString());
    }

    @Test
    void unknownCommandGetsAHint() {
        handler.handle(privateText("/meteo Paris"));
        String html = onlyReply().html();
        assertTrue(html.contains("/meteo") && html.contains("/aide"), html);
    }

    @Test
    void stickerOrPhotoInPrivateGetsAHint() {
        handler.handle(update(message("private", PRIVATE_CHAT, 8).set("photo", JSON.createArrayNode()
                .add(JSON.createObjectNode().put("file_id", "f").put("file_unique_id", "u").put("width", 1)
                        .put("height", 1)))));
        assertEquals(ReplyTemplates.builtIn().line(TelegramUpdateHandler.NOT_TEXT), onlyReply().html());
    }

    @Test
    void nonTextInAGroupIsIgnored() {
        handler.handle(update(message("group", GROUP_CHAT, 8).set("photo", JSON.createArrayNode()
                .add(JSON.createObjectNode().put("file_id", "f").put("file_unique_id", "u").put("width", 1)
                        .put("height", 1)))));
        assertEquals(List.of(), sender.sent);
    }

    @ParameterizedTest
    @ValueSource(strings = {"group", "supergroup"})
    void groupChatterIsLeftAlone(String type) {
        handler.handle(text(type, GROUP_CHAT, 10, "combien de diplomates expulsés ?"));
        handler.handle(text(type, GROUP_CHAT, 11, "/meteo"));
        handler.handle(text(type, GROUP_CHAT, 12, "/aide@other_bot"));
        handler.handle(text(type, GROUP_CHAT, 13, "écrivez à @citebot_fr_botanique"));
        assertEquals(List.of(), sender.sent);
    }

    @ParameterizedTest
    @ValueSource(strings = {"@citebot_fr_bot combien de diplomates expulsés ?",
            "combien de diplomates expulsés, @CiteBot_FR_bot ?", "/q combien de diplomates expulsés ?",
            "/q@citebot_fr_bot combien de diplomates expulsés ?"})
    void groupQuestionsAddressedToTheBotAreAnswered(String text) {
        handler.handle(text("supergroup", GROUP_CHAT, 20, text));
        OutgoingMessage m = onlyReply();
        assertEquals(GROUP_CHAT, m.chatId());
        assertEquals(20, m.replyTo());
        assertTrue(m.html().contains("Source : « "), m.html());
    }

    @Test
    void groupReplyToTheBotIsAQuestion() {
        ObjectNode m = message("group", GROUP_CHAT, 21).put("text", "combien de diplomates expulsés ?");
        ObjectNode botMessage = message("group", GROUP_CHAT, 19).put("text", "Bonjour !");
        botMessage.putObject("from").put("id", BOT_ID).put("is_bot", true).put("first_name", "citebot");
        m.set("reply_to_message", botMessage);
        handler.handle(update(m));
        assertTrue(onlyReply().html().contains("Source : « "));
    }

    @Test
    void groupReplyToSomeoneElseIsLeftAlone() {
        ObjectNode m = message("group", GROUP_CHAT, 22).put("text", "combien de diplomates expulsés ?");
        m.set("reply_to_message", message("group", GROUP_CHAT, 19).put("text", "salut"));
        handler.handle(update(m));
        assertEquals(List.of(), sender.sent);
    }

    @Test
    void emptyQInAGroupExplainsHow() {
        handler.handle(text("group", GROUP_CHAT, 23, "/q"));
        assertEquals(TelegramHtml.escape(ReplyTemplates.builtIn().line(TelegramUpdateHandler.EMPTY_Q)), onlyReply().html());
    }

    @Test
    void aFailingUpdateGetsAShortApologyNotAStackTrace() {
        sender.failures = 1;
        handler.handle(privateText("combien de diplomates expulsés ?"));
        OutgoingMessage m = onlyReply();
        assertEquals(ReplyTemplates.builtIn().line(TelegramUpdateHandler.APOLOGY), m.html());
        log.assertLogged(Level.WARN, TelegramUpdateHandler.class, "failed: java.lang.IllegalStateException: Bad Request");
        assertEquals(7, m.replyTo());
    }

    @Test
    void whenEvenTheApologyFailsNothingEscapes() {
        sender.failures = 2;
        handler.handle(privateText("combien de diplomates expulsés ?"));
        assertEquals(List.of(), sender.sent);
        log.assertLogged(Level.WARN, TelegramUpdateHandler.class, "failed: java.lang.IllegalStateException: Bad Request");
        log.assertLogged(Level.WARN, TelegramUpdateHandler.class, "cannot send the apology");
    }

    @Test
    void updatesWithoutAMessageAreIgnored() {
        handler.handle(JSON.convertValue(JSON.createObjectNode().put("update_id", 1), Update.class));
        handler.handle(null);
        assertEquals(List.of(), sender.sent);
    }

    @Test
    void typingRunsWhileEachMessageIsHandled() {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        MessageSender recording = new MessageSender() {
            @Override
            public void send(OutgoingMessage m) {
                events.add("send");
            }

            @Override
            public void answerCallback(String callbackQueryId, String notice) {
                events.add("answer");
            }
        };
        TelegramUpdateHandler typed = new TelegramUpdateHandler(engine, new BotIdentity(BOT_ID, "citebot_fr_bot"),
                recording, 4096, List.of(), chatId -> {
                    events.add("typing " + chatId);
                    return () -> events.add("done");
                });
        typed.handle(privateText("combien de diplomates expulsés ?"));
        assertEquals(List.of("typing 42", "send", "done"), events);
    }

    /** A press of the button {@code data} under the bot's message {@code messageId} in {@code chatId}. */
    private static Update press(String id, long chatId, int messageId, String data) {
        ObjectNode q = JSON.createObjectNode().put("id", id).put("chat_instance", "ci").put("data", data);
        q.putObject("from").put("id", 1001).put("is_bot", false).put("first_name", "Léa");
        ObjectNode held = message("private", chatId, messageId).put("text", "8 nouveaux diplomates.");
        held.putObject("from").put("id", BOT_ID).put("is_bot", true).put("first_name", "citebot");
        q.set("message", held);
        ObjectNode u = JSON.createObjectNode().put("update_id", 7000 + messageId);
        u.set("callback_query", q);
        return JSON.convertValue(u, Update.class);
    }

    private static String buttonData(OutgoingMessage m, String label) {
        return m.buttons().stream().filter(b -> b.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no « " + label + " » in " + m)).data();
    }

    @Test
    void anAnswerCarriesItsButtonsAndCommandsNone() {
        handler.handle(privateText("combien de diplomates expulsés ?"));
        handler.handle(privateText("/sources"));
        assertEquals(2, sender.sent.size(), () -> "sent: " + sender.sent);
        List<ChatReply.Button> buttons = sender.sent.get(0).buttons();
        assertEquals(List.of("Autres sources", "Voir le passage"), buttons.stream().map(ChatReply.Button::label)
                .toList());
        for (ChatReply.Button b : buttons) {
            assertTrue(b.data().getBytes(StandardCharsets.UTF_8).length <= 64, b.data());
        }
        assertEquals(List.of(), sender.sent.get(1).buttons());
    }

    @Test
    void thePassageButtonIsAnsweredOnceAndThePassageSent() {
        handler.handle(privateText("combien de diplomates expulsés ?"));
        String data = buttonData(onlyReply(), "Voir le passage");
        handler.handle(press("cb1", PRIVATE_CHAT, 8, data));
        assertEquals(List.of("cb1"), sender.answers);
        assertEquals(2, sender.sent.size(), () -> "sent: " + sender.sent);
        OutgoingMessage passage = sender.sent.get(1);
        assertEquals(PRIVATE_CHAT, passage.chatId());
        assertEquals(8, passage.replyTo());
        assertEquals(List.of(), passage.buttons());
        assertTrue(passage.html().startsWith("Passage : « "), passage.html());
        assertTrue(TelegramHtmlTest.SAFE_HTML.matcher(passage.html()).matches(), passage.html());
    }

    @Test
    void theSourcesButtonSendsEverySource() {
        handler.handle(privateText("combien de diplomates expulsés ?"));
        handler.handle(press("cb2", PRIVATE_CHAT, 8, buttonData(onlyReply(), "Autres sources")));
        assertEquals(List.of("cb2"), sender.answers);
        assertTrue(sender.sent.get(1).html().matches("(?is)Sources de la réponse « (8|huit).*"), sender.sent.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "p:abc", "<b>&</b>"})
    void garbageDataIsAnsweredWithAHint(String data) {
        handler.handle(press("cb3", PRIVATE_CHAT, 8, data));
        assertEquals(List.of("cb3"), sender.answers);
        assertEquals(TelegramHtml.escape(ReplyTemplates.builtIn().line(ChatEngine.UNKNOWN_BUTTON)), onlyReply().html());
    }

    @Test
    void aStaleButtonIsAnsweredWithAHint() {
        handler.handle(privateText("combien de diplomates expulsés ?"));
        String data = buttonData(onlyReply(), "Voir le passage");
        handler.handle(privateText("qui dirige l'otan ?"));
        handler.handle(press("cb4", PRIVATE_CHAT, 8, data));
        assertEquals(List.of("cb4"), sender.answers);
        assertEquals(TelegramHtml.escape(ReplyTemplates.builtIn().line(ChatEngine.STALE)), sender.sent.get(2).html());
    }

    @Test
    void aButtonWithoutItsMessageIsStillAnswered() {
        ObjectNode q = JSON.createObjectNode().put("id", "cb5").put("chat_instance", "ci")
                .put("inline_message_id", "im").put("data", "p:1");
        q.putObject("from").put("id", 1001).put("is_bot", false).put("first_name", "Léa");
        handler.handle(JSON.convertValue(JSON.createObjectNode().put("update_id", 1).set("callback_query", q),
                Update.class));
        assertEquals(List.of("cb5: " + ReplyTemplates.builtIn().line(TelegramUpdateHandler.BUTTON_GONE)), sender.answers);
        assertEquals(List.of(), sender.sent);
    }

    @Test
    void whenSendingThePassageFailsTheCallbackIsStillAnsweredAndNothingEscapes() {
        handler.handle(privateText("combien de diplomates expulsés ?"));
        String data = buttonData(onlyReply(), "Voir le passage");
        sender.failures = 5;
        handler.handle(press("cb6", PRIVATE_CHAT, 8, data));
        assertEquals(List.of("cb6"), sender.answers);
        log.assertLogged(Level.WARN, TelegramUpdateHandler.class, "cannot send the reply to callback query cb6");
        assertEquals(1, sender.sent.size());
    }
}
