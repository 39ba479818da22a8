package org.citebot.chat.telegram;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.citebot.config.Settings;

/**
 * How the Telegram front end receives updates: {@code telegram.mode=polling} (the default: one
 * process asks the Bot API) or {@code webhook} (Telegram POSTs each update to
 * {@code telegram.webhook.url}, so several bot instances behind a load balancer can share the
 * load). Every key can be overridden as {@code CITEBOT_TELEGRAM_WEBHOOK_*}; the secret is best
 * given that way, never committed.
 *
 * <ul>
 *   <li>{@code telegram.webhook.url}: the public HTTPS URL registered with {@code setWebhook};</li>
 *   <li>{@code telegram.webhook.listen}: {@code host:port} the instance binds (default
 *       {@code 127.0.0.1:8080}, behind a reverse proxy);</li>
 *   <li>{@code telegram.webhook.path}: the path served (default the URL's path), for a proxy
 *       that rewrites it;</li>
 *   <li>{@code telegram.webhook.secret}: the secret token Telegram sends back in
 *       {@code X-Telegram-Bot-Api-Secret-Token} (1 to 256 of {@code A-Z a-z 0-9 _ -}, the Bot
 *       API's rule);</li>
 *   <li>{@code telegram.webhook.register}: whether this instance calls {@code setWebhook} at
 *       start (default true; false on all but one instance, or when the webhook is managed
 *       outside);</li>
 *   <li>{@code telegram.webhook.max.connections}: Telegram's parallel deliveries (1 to 100,
 *       default 40);</li>
 *   <li>{@code telegram.webhook.shared.dir}: a directory every instance sees, for the updates
 *       taken and not answered yet and the chats' last exchanges; unset, the updates are kept in
 *       {@code telegram.state.dir} (one instance, across its restarts) and the chats' exchanges
 *       in memory;</li>
 *   <li>{@code telegram.webhook.dedupe.hours}: how long an update id is remembered (default 24,
 *       how long Telegram keeps an update it could not deliver);</li>
 *   <li>{@code telegram.webhook.lease.seconds}: how long an instance may stay silent before the
 *       updates it acknowledged and has not answered are taken over by another instance or the
 *       next start (default 30).</li>
 * </ul>
 */
public final class WebhookSettings {

    /** How updates reach the bot. */
    public enum Mode { POLLING, WEBHOOK }

    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    static final String DEFAULT_LISTEN = "127.0.0.1:8080";

    private final Mode mode;
    private final URI url;
    private final InetSocketAddress listen;
    private final String path;
    private final String secret;
    private final boolean register;
    private final int maxConnections;
    private final Path sharedDir;
    private final Duration dedupeWindow;
    private final Duration lease;

    private WebhookSettings(Mode mode, URI url, InetSocketAddress listen, String path, String secret,
                            boolean register, int maxConnections, Path sharedDir, Duration dedupeWindow,
                            Duration lease) {
        this.lease = lease;
        this.mode = mode;
        this.url = url;
        this.listen = listen;
        this.path = path;
        this.secret = secret;
        this.register = register;
        this.maxConnections = maxConnections;
        this.sharedDir = sharedDir;
        this.dedupeWindow = dedupeWindow;
    }

    /**
     * Reads {@code telegram.mode} and, in webhook mode, the {@code telegram.webhook.*} keys.
     *
     * @throws IllegalArgumentException naming the key when a value is missing or wrong (the message
     *                                  never holds the secret)
     */
    public static WebhookSettings from(Settings settings) {
        Objects.requireNonNull(settings, "settings");
        String modeName = settings.get("telegram.mode", "polling").strip().toLowerCase(Locale.ROOT);
        Mode mode = switch (modeName) {
            case "polling" -> Mode.POLLING;
            case "webhook" -> Mode.WEBHOOK;
            default -> throw new IllegalArgumentException("setting telegram.mode must be polling or webhook, was '"
                    + modeName + "'");
        };
        if (mode == Mode.POLLING) {
            return new WebhookSettings(mode, null, null, null, null, false, 0, null, Duration.ZERO, Duration.ZERO);
        }
        URI url = url(settings.get("telegram.webhook.url", ""));
        String path = settings.get("telegram.webhook.path", "");
        path = path.isBlank() ? (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                : path.strip();
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("setting telegram.webhook.path must start with /, was '" + path + "'");
        }
        String secret = settings.get("telegram.webhook.secret", "").strip();
        if (!SECRET.matcher(secret).matches()) {
            throw new IllegalArgumentException("setting telegram.webhook.secret (better: the environment variable "
                    + Settings.environmentName("telegram.webhook.secret") + ") must be 1 to 256 characters among"
                    + " A-Z a-z 0-9 _ - in webhook mode" + (secret.isEmpty() ? ", and is not set" : ""));
        }
        String register = settings.get("telegram.webhook.register", "true").strip().toLowerCase(Locale.ROOT);
        if (!register.equals("true") && !register.equals("false")) {
            throw new IllegalArgumentException("setting telegram.webhook.register must be true or false, was '"
                    + register + "'");
        }
        int maxConnections = settings.getInt("telegram.webhook.max.connections", 40);
        if (maxConnections < 1 || maxConnections > 100) {
            throw new IllegalArgumentException("setting telegram.webhook.max.connections must be between 1 and 100,"
                    + " was " + maxConnections);
        }
        String dir = settings.get("telegram.webhook.shared.dir", "").strip();
        int hours = settings.getInt("telegram.webhook.dedupe.hours", 24);
        if (hours < 1) {
            throw new IllegalArgumentException("setting telegram.webhook.dedupe.hours must be at least 1, was " + hours);
        }
        int lease = settings.getInt("telegram.webhook.lease.seconds",
                (int) SharedUpdateLedger.DEFAULT_LEASE.toSeconds());
        if (lease < 2) {
            throw new IllegalArgumentException("setting telegram.webhook.lease.seconds must be at least 2, was "
                    + lease);
        }
        return new WebhookSettings(mode, url, listen(settings.get("telegram.webhook.listen", DEFAULT_LISTEN)), path,
                secret, register.equals("true"), maxConnections, dir.isEmpty() ? null : Path.of(dir),
                Duration.ofHours(hours), Duration.ofSeconds(lease));
    }

    private static URI url(String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("setting telegram.webhook.url is needed in webhook mode: the public"
                    + " HTTPS URL Telegram posts updates to");
        }
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("setting telegram.webhook.url is not a URL: '" + value + "'", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new IllegalArgumentException("setting telegram.webhook.url must be https://host[:port]/path, was '"
                    + value + "'");
        }
        return uri;
    }

    private static InetSocketAddress listen(String value) {
        String v = value.strip();
        int colon = v.lastIndexOf(':');
        if (colon <= 0 || colon == v.length() - 1) {
            throw new IllegalArgumentException("setting telegram.webhook.listen must be host:port, was '" + value + "'");
        }
        String host = v.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(v.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting telegram.webhook.listen must end with a port number, was '"
                    + value + "'", e);
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("setting telegram.webhook.listen has no valid port: '" + value + "'");
        }
        return new InetSocketAddress(host, port);
    }

    public Mode mode() {
        return mode;
    }

    /** The public URL given to {@code setWebhook}. Webhook mode only. */
    public URI url() {
        return url;
    }

    /** Where the instance listens (port 0: any free port). Webhook mode only. */
    public InetSocketAddress listen() {
        return listen;
    }

    /** The path served, e.g. {@code /telegram}. Webhook mode only. */
    public String path() {
        return path;
    }

    /** The secret token, for {@code setWebhook} and the header check only: never log it. */
    public String secret() {
        return secret;
    }

    /** Whether this instance registers the webhook at start. */
    public boolean register() {
        return register;
    }

    public int maxConnections() {
        return maxConnections;
    }

    /** The directory shared by the instances, if any. */
    public Optional<Path> sharedDir() {
        return Optional.ofNullable(sharedDir);
    }

    /** How long an update id is remembered as taken. */
    public Duration dedupeWindow() {
        return dedupeWindow;
    }

    /**
     * How long an instance may stay silent before the updates it acknowledged and did not answer
     * are answered by another instance (or by the next start).
     */
    public Duration lease() {
        return lease;
    }

    /** The effective settings, for the start-up log; the secret masked. */
    @Override
    public String toString() {
        if (mode == Mode.POLLING) {
            return "mode=polling";
        }
        return "mode=webhook{url=" + url + ", listen=" + listen.getHostString() + ":" + listen.getPort() + ", path="
                + path + ", secret=(" + secret.length() + " characters), register=" + register
                + ", max.connections=" + maxConnections + ", shared.dir=" + (sharedDir == null ? "(memory)" : sharedDir)
                + ", dedupe.hours=" + dedupeWindow.toHours() + ", lease.seconds=" + lease.toSeconds() + "}";
    }
}
