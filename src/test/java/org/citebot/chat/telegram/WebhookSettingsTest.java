package org.citebot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.citebot.config.ConfigDir;
import org.citebot.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** telegram.mode and telegram.webhook.* from the shipped config and the environment. */
class WebhookSettingsTest {

    private static final String SECRET = "a-Secret_that-is-long-enough-42";

    private static WebhookSettings settings(Map<String, String> values) {
        Map<String, String> env = new HashMap<>();
        values.forEach((k, v) -> env.put(Settings.environmentName(k), v));
        return WebhookSettings.from(Settings.load(new ConfigDir(Path.of("config")), env));
    }

    private static Map<String, String> webhook(String... more) {
        Map<String, String> m = new HashMap<>(Map.of("telegram.mode", "webhook",
                "telegram.webhook.url", "https://bot.example.org/telegram/hook", "telegram.webhook.secret", SECRET));
        for (int i = 0; i < more.length; i += 2) {
            m.put(more[i], more[i + 1]);
        }
        return m;
    }

    @Test
    void theShippedConfigPolls() {
        assertEquals(WebhookSettings.Mode.POLLING, settings(Map.of()).mode());
    }

    @Test
    void webhookDefaultsServeTheUrlsPathOnLoopbackAndRegister() {
        WebhookSettings s = settings(webhook());
        assertEquals(WebhookSettings.Mode.WEBHOOK, s.mode());
        assertEquals("/telegram/hook", s.path());
        assertEquals("127.0.0.1", s.listen().getHostString());
        assertEquals(8080, s.listen().getPort());
        assertTrue(s.register());
        assertEquals(40, s.maxConnections());
        assertEquals(Optional.empty(), s.sharedDir());
        assertEquals(Duration.ofHours(24), s.dedupeWindow());
    }

    @Test
    void everyWebhookKeyCanBeSet() {
        WebhookSettings s = settings(webhook("telegram.webhook.listen", "0.0.0.0:9000", "telegram.webhook.path", "/in",
                "telegram.webhook.register", "false", "telegram.webhook.max.connections", "100",
                "telegram.webhook.shared.dir", "/srv/citebot", "telegram.webhook.dedupe.hours", "2"));
        assertEquals("0.0.0.0", s.listen().getHostString());
        assertEquals(9000, s.listen().getPort());
        assertEquals("/in", s.path());
        assertFalse(s.register());
        assertEquals(100, s.maxConnections());
        assertEquals(Optional.of(Path.of("/srv/citebot")), s.sharedDir());
        assertEquals(Duration.ofHours(2), s.dedupeWindow());
    }

    @Test
    void theSecretIsNeverShown() {
        WebhookSettings s = settings(webhook());
        assertFalse(s.toString().contains(SECRET), s.toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> settings(webhook("telegram.webhook.secret", "has spaces " + SECRET)));
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
        assertTrue(e.getMessage().contains("CITEBOT_TELEGRAM_WEBHOOK_SECRET"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "telegram.mode|push|telegram.mode",
        "telegram.webhook.url||telegram.webhook.url",
        "telegram.webhook.url|ftp://bot.example.org/x|telegram.webhook.url",
        "telegram.webhook.url|pas une url|telegram.webhook.url",
        "telegram.webhook.secret||telegram.webhook.secret",
        "telegram.webhook.secret|é-accent|telegram.webhook.secret",
        "telegram.webhook.listen|8080|telegram.webhook.listen",
        "telegram.webhook.listen|localhost:http|telegram.webhook.listen",
        "telegram.webhook.listen|localhost:70000|telegram.webhook.listen",
        "telegram.webhook.path|hook|telegram.webhook.path",
        "telegram.webhook.register|yes|telegram.webhook.register",
        "telegram.webhook.max.connections|0|telegram.webhook.max.connections",
        "telegram.webhook.dedupe.hours|0|telegram.webhook.dedupe.hours",
    })
    void aWrongValueIsAClearErrorNamingTheKey(String key, String value, String named) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> settings(webhook(key, value == null ? "" : value)));
        assertTrue(e.getMessage().contains(named), e.getMessage());
    }
}
