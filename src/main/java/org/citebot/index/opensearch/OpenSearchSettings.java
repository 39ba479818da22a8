package org.citebot.index.opensearch;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.citebot.config.Settings;

/**
 * Where the cluster is and which indexes citebot uses there, from {@code config/citebot.properties}
 * (or the {@code CITEBOT_OPENSEARCH_*} environment variables).
 *
 * @param urls     node addresses ({@code opensearch.urls}, comma-separated); requests go to any
 *                 of them and move on to the next when one is down
 * @param index    the passage index ({@code opensearch.index}); the article index is
 *                 {@code <index>-articles}
 * @param user     basic-auth user ({@code opensearch.user}), when the cluster asks for one
 * @param password its password ({@code opensearch.password}, better given as
 *                 {@code CITEBOT_OPENSEARCH_PASSWORD})
 */
public record OpenSearchSettings(List<URI> urls, String index, Optional<String> user, Optional<String> password) {

    public static final String DEFAULT_URLS = "http://localhost:9200";
    public static final String DEFAULT_INDEX = "citebot";

    public OpenSearchSettings {
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("setting opensearch.urls names no node");
        }
        Objects.requireNonNull(index, "index");
        if (!index.matches("[a-z0-9][a-z0-9_.-]*")) {
            throw new IllegalArgumentException("setting opensearch.index must be lower-case letters, digits, "
                    + "'_', '.' or '-', was '" + index + "'");
        }
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    /** The settings of {@code settings}; a malformed URL is reported by name. */
    public static OpenSearchSettings from(Settings settings) {
        List<URI> urls = new ArrayList<>();
        for (String u : settings.get("opensearch.urls", DEFAULT_URLS).split(",")) {
            if (u.isBlank()) {
                continue;
            }
            URI uri;
            try {
                uri = URI.create(u.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("setting opensearch.urls: '" + u.strip() + "' is not a URL", e);
            }
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new IllegalArgumentException("setting opensearch.urls: '" + u.strip()
                        + "' is not an http(s)://host:port address");
            }
            urls.add(uri);
        }
        return new OpenSearchSettings(urls, settings.get("opensearch.index", DEFAULT_INDEX),
                optional(settings.get("opensearch.user", "")), optional(settings.get("opensearch.password", "")));
    }

    private static Optional<String> optional(String s) {
        return s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    /** The index of passages. */
    public String passagesIndex() {
        return index;
    }

    /** The index of whole articles, scored per question and mixed into the passages' scores. */
    public String articlesIndex() {
        return index + "-articles";
    }
}
