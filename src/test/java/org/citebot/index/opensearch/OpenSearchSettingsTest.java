package org.citebot.index.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citebot.config.ConfigDir;
import org.citebot.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenSearchSettingsTest {

    private static OpenSearchSettings from(Map<String, String> env, Path dir) {
        return OpenSearchSettings.from(Settings.load(new ConfigDir(dir), env));
    }

    @Test
    void defaultsToALocalNode(@TempDir Path dir) {
        OpenSearchSettings s = from(Map.of(), dir);
        assertEquals(List.of(URI.create("http://localhost:9200")), s.urls());
        assertEquals("citebot", s.passagesIndex());
        assertEquals("citebot-articles", s.articlesIndex());
        assertEquals(Optional.empty(), s.user());
    }

    @Test
    void readsSeveralNodesAndCredentialsFromTheEnvironment(@TempDir Path dir) {
        OpenSearchSettings s = from(Map.of("CITEBOT_OPENSEARCH_URLS", " https://a:9200, http://b:9201 ,",
                "CITEBOT_OPENSEARCH_INDEX", "news", "CITEBOT_OPENSEARCH_USER", "bot",
                "CITEBOT_OPENSEARCH_PASSWORD", "secret"), dir);
        assertEquals(List.of(URI.create("https://a:9200"), URI.create("http://b:9201")), s.urls());
        assertEquals("news-articles", s.articlesIndex());
        assertEquals(Optional.of("bot"), s.user());
        assertEquals(Optional.of("secret"), s.password());
    }

    @Test
    void badValuesAreNamed(@TempDir Path dir) {
        var url = assertThrows(IllegalArgumentException.class,
                () -> from(Map.of("CITEBOT_OPENSEARCH_URLS", "localhost:9200"), dir));
        assertTrue(url.getMessage().contains("opensearch.urls") && url.getMessage().contains("localhost:9200"),
                url.getMessage());
        var none = assertThrows(IllegalArgumentException.class,
                () -> from(Map.of("CITEBOT_OPENSEARCH_URLS", " , "), dir));
        assertTrue(none.getMessage().contains("no node"), none.getMessage());
        var index = assertThrows(IllegalArgumentException.class,
                () -> from(Map.of("CITEBOT_OPENSEARCH_INDEX", "News Index"), dir));
        assertTrue(index.getMessage().contains("opensearch.index"), index.getMessage());
    }
}
