package org.citebot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.citebot.answer.reply.ReplyTemplates;
import org.citebot.chat.ChatEngine;
import org.citebot.chat.SharedChatMemory;
import org.citebot.config.ConfigDir;
import org.citebot.config.Settings;
import org.citebot.qa.Citebot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two bot instances in webhook mode behind a round-robin load balancer, sharing one directory
 * (update ledger and chats' memory), fed updates the way Telegram posts them (JSON with the
 * secret-token header) and replying to the Bot API emulator. Each instance has its own engine
 * and memory objects, as separate processes would; they share only the directory (and, to save
 * the test a second index, the read-only citebot). Skipped, with the reason printed, when Node or
 * npm is missing.
 */
class WebhookIT {

    private static final String TOKEN = "987654321:fake-token-for-the-webhook-test";
    private static final String SECRET = "webhook-secret_for-the-test-42";
    private static final String PATH = "/telegram/hook";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AtomicInteger UPDATE_IDS = new AtomicInteger(500_000);

    private static TelegramEmulator emulator;
    private static RoundRobinBalancer balancer;
    private static Citebot citebot;
    private static ReplyTemplates templates;
    private static final List<WebhookTelegramBot> instances = new ArrayList<>();
    private static Path shared;

    /** Why these tests cannot run here (no Node.js or npm), when they cannot. */
    private static String skipReason;

    @BeforeAll
    static void startEmulatorBalancerAndTwoInstances() throws Exception {
        var skip = TelegramEmulator.skipReason();
        if (skip.isPresent()) {
            skipReason = "WebhookIT skipped: " + skip.get();
            System.out.println(skipReason);
            return;
        }
        emulator = TelegramEmulator.start(Path.of("target", "webhook-emulator.log"));
        balancer = new RoundRobinBalancer();
        shared = Files.createTempDirectory("citebot-webhook-shared");
        ConfigDir config = new ConfigDir(Path.of("config"));
        citebot = Citebot.open(Path.of("seeds"), config, Settings.load(config, Map.of()));
        templates = ReplyTemplates.load(config);
        for (boolean registers : List.of(true, false)) {
            Map<String, String> env = new HashMap<>(Map.of(TelegramSettings.TOKEN_VARIABLE, TOKEN,
                    TelegramSettings.URL_VARIABLE, emulator.base().toString()));
            Map<String, String> keys = Map.of("telegram.mode", "webhook",
                    "telegram.webhook.url", balancer.base() + PATH,
                    "telegram.webhook.listen", "127.0.0.1:0",
                    "telegram.webhook.secret", SECRET,
                    "telegram.webhook.register", Boolean.toString(registers),
                    "telegram.webhook.shared.dir", shared.toString(),
                    "telegram.flood.per.minute", "0");
            keys.forEach((k, v) -> env.put(Settings.environmentName(k), v));
            Settings settings = Settings.load(config, env);
            ChatEngine engine = new ChatEngine(citebot, templates, SharedChatMemory.standard(shared, citebot::answer));
            WebhookTelegramBot bot = WebhookTelegramBot.start(TelegramSettings.from(env, settings),
                    WebhookSettings.from(settings), engine);
            instances.add(bot);
            balancer.add(bot.address());
        }
    }

    /** Each test reports itself skipped with the reason (one assumption in {@code @BeforeAll} would make
     * Failsafe report 0 run and 0 skipped, SUREFIRE-2300). */
    @BeforeEach
    void skipWithoutNode() {
        assumeTrue(skipReason == null, skipReason);
    }

    @AfterAll
    static void stopAll() throws Exception {
        try {
            instances.forEach(WebhookTelegramBot::close);
            if (balancer != null) {
                balancer.close();
            }
            if (citebot != null) {
                citebot.close();
            }
        } finally {
            if (emulator != null) {
                emulator.close();
            }
            if (shared != null) {
                try (var paths = Files.walk(shared)) {
                    for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    /** A user's message in a private chat, as Telegram posts it to the webhook. */
    private static String update(long updateId, long chatId, String text) {
        ObjectNode u = JSON.createObjectNode().put("update_id", updateId);
        ObjectNode m = u.putObject("message").put("message_id", (int) (updateId % 1_000_000))
                .put("date", System.currentTimeMillis() / 1000).put("text", text);
        m.putObject("from").put("id", chatId).put("is_bot", false).put("first_name", "Léa");
        m.putObject("chat").put("id", chatId).put("type", "private").put("first_name", "Léa");
        return u.toString();
    }

    /** POSTs {@code body} through the balancer with {@code secret} (none when null); the status. */
    private static int deliver(String body, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(balancer.base() + PATH))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header(WebhookEndpoint.SECRET_HEADER, secret);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The bot's texts to {@code chatId}: waits for {@code expected} of them, then a little more for extras. */
    private static List<String> replies(long chatId, int expected) throws Exception {
        List<String> texts = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (texts.size() < expected && System.nanoTime() < deadline) {
            emulator.botMessages(TOKEN, chatId).forEach(m -> texts.add(m.get("text").asText()));
            Thread.sleep(20);
        }
        Thread.sleep(1_500);
        emulator.botMessages(TOKEN, chatId).forEach(m -> texts.add(m.get("text").asText()));
        return texts;
    }

    private static String expected(ChatEngine engine, String chat, String text) {
        return TelegramHtml.escape(engine.reply(chat, text));
    }

    @Test
    void oneInstanceRegistersTheWebhookWithTheSecretAndKeepsPendingUpdates() throws Exception {
        List<JsonNode> calls = emulator.webhookCalls(TOKEN);
        assertEquals(1, calls.size(), calls.toString());
        JsonNode call = calls.get(0);
        assertEquals(balancer.base() + PATH, call.get("url").asText());
        assertEquals(SECRET, call.get("secret_token").asText());
        assertTrue(!call.has("drop_pending_updates") || call.get("drop_pending_updates").asText().equals("false"),
                call.toString());
    }

    @Test
    void eachQuestionIsAnsweredOnceThoughDeliveredTwiceToDifferentInstances() throws Exception {
        ChatEngine reference = new ChatEngine(citebot, templates);
        List<String> questions = List.of("combien de diplomates expulsés ?", "qui dirige l'otan ?",
                "où se trouve la mission de liaison militaire ?");
        for (int i = 0; i < questions.size(); i++) {
            long chat = 2_000 + i;
            String body = update(UPDATE_IDS.incrementAndGet(), chat, questions.get(i));
            int before = balancer.served().size();
            if (i == 0) {
                // a retry after a lost acknowledgement: one delivery, then the same again
                assertEquals(200, deliver(body, SECRET));
                assertEquals(200, deliver(body, SECRET));
            } else {
                // the same update arriving at both instances at once
                var first = CompletableFuture.supplyAsync(() -> deliverUnchecked(body));
                var second = CompletableFuture.supplyAsync(() -> deliverUnchecked(body));
                assertEquals(200, first.get());
                assertEquals(200, second.get());
            }
            List<Integer> served = balancer.served().subList(before, before + 2);
            assertNotEquals(served.get(0), served.get(1), "the two deliveries reached different instances");
            assertEquals(List.of(expected(reference, "dedupe" + i, questions.get(i))), replies(chat, 1),
                    questions.get(i));
        }
    }

    private static int deliverUnchecked(String body) {
        try {
            return deliver(body, SECRET);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aDeliveryWithoutTheRightSecretIsRefusedAndNotAnswered() throws Exception {
        long chat = 3_000;
        String body = update(UPDATE_IDS.incrementAndGet(), chat, "qui dirige l'otan ?");
        assertEquals(403, deliver(body, "not-the-secret"));
        assertEquals(403, deliver(body, null));
        assertEquals(List.of(), replies(chat, 0));
        // the refusals took nothing: Telegram's genuine delivery of that update is still answered
        assertEquals(200, deliver(body, SECRET));
        assertEquals(1, replies(chat, 1).size());
    }

    @Test
    void aFollowUpThroughTheOtherInstanceUsesTheFirstQuestion() throws Exception {
        long chat = 4_000;
        ChatEngine reference = new ChatEngine(citebot, templates);
        String question = "combien de diplomates expulsés ?";
        String followUp = "et en mars 2018 ?";
        reference.reply("ctx", question);
        String expectedFollowUp = expected(reference, "ctx", followUp);
        assertNotEquals(expected(new ChatEngine(citebot, templates), "no-ctx", followUp), expectedFollowUp,
                "the follow-up means something only after the question");

        int before = balancer.served().size();
        assertEquals(200, deliver(update(UPDATE_IDS.incrementAndGet(), chat, question), SECRET));
        assertEquals(1, replies(chat, 1).size());
        assertEquals(200, deliver(update(UPDATE_IDS.incrementAndGet(), chat, followUp), SECRET));
        List<Integer> served = balancer.served().subList(before, before + 2);
        assertNotEquals(served.get(0), served.get(1), "question and follow-up reached different instances");
        assertEquals(List.of(expectedFollowUp), replies(chat, 1));
    }
}
