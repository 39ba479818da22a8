package org.citebot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import org.citebot.answer.reply.ReplyTemplates;
import org.citebot.chat.ChatEngine;
import org.citebot.config.ConfigDir;
import org.citebot.config.LogCapture;
import org.citebot.config.Settings;
import org.citebot.qa.Citebot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Start-up failures are one clear line without the token: a Bot API that rejects the token, and
 * one that cannot be reached.
 */
class CitebotTelegramBotTest {

    /** The warnings these tests provoke on purpose, asserted here rather than shown in the build. */
    @RegisterExtension
    final LogCapture log = new LogCapture();

    private static final String TOKEN = "987654321:AAsecretsecretsecretsecretZZZ";

    /** Settings for {@code url}, waiting at most 2 s for an unreachable Bot API at start. */
    private static TelegramSettings settings(String url) {
        Map<String, String> env = Map.of(TelegramSettings.TOKEN_VARIABLE, TOKEN, TelegramSettings.URL_VARIABLE, url,
                Settings.environmentName("telegram.start.wait.seconds"), "2");
        return TelegramSettings.from(env, Settings.load(new org.citebot.config.ConfigDir(Path.of("no-such-config")), env));
    }

    @Test
    void rejectedTokenIsOneLineWithTheTokenMasked() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> CitebotTelegramBot.start(
                    settings("http://127.0.0.1:" + server.getAddress().getPort()), engine));
            assertTrue(e.getMessage().contains("rejected the token 987…ZZZ (401)"), e.getMessage());
            assertFalse(e.getMessage().contains(TOKEN));
            assertFalse(e.getMessage().contains("\n"));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void unreachableBotApiIsOneLineWithoutTheToken() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CitebotTelegramBot.start(settings("http://127.0.0.1:" + port), engine));
        assertTrue(e.getMessage().startsWith("cannot reach the Bot API at http://127.0.0.1:" + port), e.getMessage());
        assertFalse(e.getMessage().contains(TOKEN), e.getMessage());
        log.assertLogged(Level.WARN, StartRetry.class, "Bot API not reachable yet");
    }

    @Test
    void updatesAreKeyedByTheirChat() {
        ObjectMapper json = new ObjectMapper();
        Update u = json.convertValue(Map.of("update_id", 5, "message", Map.of("message_id", 1, "date", 1_700_000_000,
                "chat", Map.of("id", -1007, "type", "group"))), Update.class);
        assertEquals(-1007, CitebotTelegramBot.chatKey(u));
        assertEquals(6, CitebotTelegramBot.chatKey(json.convertValue(Map.of("update_id", 6), Update.class)));
    }

    @Test
    void aPressedButtonIsKeyedByTheChatOfItsMessage() {
        ObjectMapper json = new ObjectMapper();
        Update u = json.convertValue(Map.of("update_id", 7, "callback_query", Map.of("id", "c", "chat_instance", "i",
                "data", "p:1", "from", Map.of("id", 1001, "is_bot", false, "first_name", "Léa"),
                "message", Map.of("message_id", 3, "date", 1_700_000_000, "chat", Map.of("id", -1008, "type", "group")))),
                Update.class);
        assertEquals(-1008, CitebotTelegramBot.chatKey(u));
    }

    private static Citebot citebot;
    private static ChatEngine engine;

    /** A one-article corpus: the start fails before the engine is used, but it must exist. */
    @BeforeAll
    static void tinyEngine(@TempDir Path dir) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("000_test.txt"), "Un titre\n\nL’Otan a expulsé huit diplomates russes.\n");
        ConfigDir config = new ConfigDir(Path.of("config"));
        citebot = Citebot.open(corpus, config, Settings.defaults());
        engine = new ChatEngine(citebot, ReplyTemplates.load(config));
    }

    @AfterAll
    static void close() {
        citebot.close();
    }
}
