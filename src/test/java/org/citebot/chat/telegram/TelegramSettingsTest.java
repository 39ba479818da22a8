package org.citebot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.citebot.config.ConfigDir;
import org.citebot.config.Settings;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.TelegramUrl;

/** Token, Bot API URL and telegram.* settings from the environment and config. */
class TelegramSettingsTest {

    private static final String TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

    private static TelegramSettings settings(Map<String, String> env) {
        return TelegramSettings.from(env, Settings.load(new ConfigDir(java.nio.file.Path.of("config")), env));
    }

    @Test
    void missingTokenIsAClearErrorNamingTheVariable() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> settings(Map.of()));
        assertTrue(e.getMessage().contains("TELEGRAM_BOT_TOKEN"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> settings(Map.of("TELEGRAM_BOT_TOKEN", "  ")));
    }

    @Test
    void tokenIsMaskedEverywhereItIsShown() {
        TelegramSettings s = settings(Map.of("TELEGRAM_BOT_TOKEN", TOKEN));
        assertEquals("123…saw", s.masked());
        assertFalse(s.toString().contains(TOKEN), s.toString());
        assertTrue(s.toString().contains("123…saw"));
        assertEquals("GET https://x/bot123…saw/getMe failed",
                s.redact("GET https://x/bot" + TOKEN + "/getMe failed"));
        assertEquals("…", TelegramSettings.mask("short"));
    }

    @Test
    void defaultsToThePublicBotApi() {
        TelegramSettings s = settings(Map.of("TELEGRAM_BOT_TOKEN", TOKEN));
        TelegramUrl url = s.telegramUrl();
        assertEquals("https", url.getSchema());
        assertEquals("api.telegram.org", url.getHost());
        assertEquals(443, url.getPort());
        assertFalse(url.isTestServer());
        assertEquals(4096, s.replyMax());
        assertEquals(java.util.List.of(), s.examples(), "none configured: /start builds them from the corpus");
    }

    @Test
    void apiUrlPointsElsewhere() {
        TelegramSettings s = settings(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", "http://127.0.0.1:8081"));
        TelegramUrl url = s.telegramUrl();
        assertEquals("http", url.getSchema());
        assertEquals("127.0.0.1", url.getHost());
        assertEquals(8081, url.getPort());
        assertEquals(80, settings(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", "http://bots.local/"))
                .telegramUrl().getPort());
    }

    @Test
    void badApiUrlsAreRefusedWithTheVariableName() {
        for (String url : new String[] {"ftp://x", "127.0.0.1:8081", "http://x:1/prefix", "http://[bad"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> settings(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", url)), url);
            assertTrue(e.getMessage().contains("TELEGRAM_API_URL"), e.getMessage());
            assertFalse(e.getMessage().contains(TOKEN));
        }
    }

    @Test
    void telegramSettingsComeFromConfigWithEnvironmentOverrides() {
        TelegramSettings s = settings(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "CITEBOT_TELEGRAM_REPLY_MAX", "1000",
                "CITEBOT_TELEGRAM_CHAT_INTERVAL_MS", "250", "CITEBOT_TELEGRAM_EXAMPLES", "a ?| b ?"));
        assertEquals(1000, s.replyMax());
        assertEquals(250, s.chatIntervalMillis());
        assertEquals(java.util.List.of("a ?", "b ?"), s.examples());
        assertThrows(IllegalArgumentException.class, () -> settings(Map.of("TELEGRAM_BOT_TOKEN", TOKEN,
                "CITEBOT_TELEGRAM_REPLY_MAX", "5000")));
    }
}
