package org.citebot.chat.telegram;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.citebot.config.Settings;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * What the Telegram front end needs to start: the bot token (from {@code TELEGRAM_BOT_TOKEN}
 * only, never from a file), the Bot API base URL ({@code TELEGRAM_API_URL}, the public API by
 * default; an emulator or a self-hosted server otherwise), and the bot's own settings from
 * {@code config/citebot.properties} ({@code telegram.*}, overridable as {@code CITEBOT_TELEGRAM_*}).
 *
 * <p>The token is never shown whole: {@link #toString()}, {@link #masked()} and {@link #redact}
 * exist so that logs and error messages can name it safely.
 */
public final class TelegramSettings {

    public static final String TOKEN_VARIABLE = "TELEGRAM_BOT_TOKEN";
    public static final String URL_VARIABLE = "TELEGRAM_API_URL";
    public static final String DEFAULT_API_URL = "https://api.telegram.org";
    /** Telegram's limit on one message's text. */
    public static final int TELEGRAM_MAX_TEXT = 4096;
    /**
     * Example questions shown by /start and /aide: none configured unless {@code telegram.examples}
     * lists some; the engine then builds them from the corpus ({@code ChatEngine.exampleQuestions}).
     */
    static final String DEFAULT_EXAMPLES = "";
    /** Relative to the working directory, like the corpus folder. */
    static final String DEFAULT_STATE_DIR = "state";

    private final String token;
    private final URI apiUrl;
    private final int replyMax;
    private final long chatIntervalMillis;
    private final List<String> examples;
    private final AccessGate gate;
    private final java.time.Duration startWait;
    private final java.util.Optional<java.nio.file.Path> stateDir;
    private final int sendWindow;

    private TelegramSettings(String token, URI apiUrl, int replyMax, long chatIntervalMillis,
                             List<String> examples, AccessGate gate, java.time.Duration startWait,
                             java.util.Optional<java.nio.file.Path> stateDir, int sendWindow) {
        this.stateDir = stateDir;
        this.sendWindow = sendWindow;
        this.gate = gate;
        this.startWait = startWait;
        this.token = token;
        this.apiUrl = apiUrl;
        this.replyMax = replyMax;
        this.chatIntervalMillis = chatIntervalMillis;
        this.examples = List.copyOf(examples);
    }

    /**
     * Reads the environment and the settings.
     *
     * @throws IllegalArgumentException naming the variable or key when one is missing or wrong
     *                                  (the message never holds the token)
     */
    public static TelegramSettings from(Map<String, String> environment, Settings settings) {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(settings, "settings");
        String token = environment.get(TOKEN_VARIABLE);
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException(TOKEN_VARIABLE + " is not set: give the bot token from @BotFather"
                    + " in the environment (or run 'citebot chat' for the console chat)");
        }
        token = token.strip();
        String url = environment.getOrDefault(URL_VARIABLE, "");
        URI apiUrl = parseUrl(url.isBlank() ? DEFAULT_API_URL : url.strip());
        int replyMax = settings.getInt("telegram.reply.max", TELEGRAM_MAX_TEXT);
        if (replyMax < 100 || replyMax > TELEGRAM_MAX_TEXT) {
            throw new IllegalArgumentException("setting telegram.reply.max must be between 100 and "
                    + TELEGRAM_MAX_TEXT + ", was " + replyMax);
        }
        int interval = settings.getInt("telegram.chat.interval.ms", 1000);
        if (interval < 0) {
            throw new IllegalArgumentException("setting telegram.chat.interval.ms must not be negative, was "
                    + interval);
        }
        List<String> examples = List.of(settings.get("telegram.examples", DEFAULT_EXAMPLES).split("\\|")).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        int perMinute = settings.getInt("telegram.flood.per.minute", 20);
        AccessGate gate = new AccessGate(ids(settings, "telegram.allow.users"), ids(settings, "telegram.allow.chats"),
                perMinute);
        int wait = settings.getInt("telegram.start.wait.seconds", 600);
        if (wait < 0) {
            throw new IllegalArgumentException("setting telegram.start.wait.seconds must not be negative, was " + wait);
        }
        String state = settings.get("telegram.state.dir", DEFAULT_STATE_DIR).strip();
        java.util.Optional<java.nio.file.Path> stateDir;
        try {
            stateDir = state.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(java.nio.file.Path.of(state));
        } catch (java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException("setting telegram.state.dir is not a folder name: '" + state + "'", e);
        }
        int sendWindow = settings.getInt("telegram.send.window", 3);
        if (sendWindow < 1 || sendWindow > 100) {
            throw new IllegalArgumentException("setting telegram.send.window must be between 1 and 100, was "
                    + sendWindow);
        }
        return new TelegramSettings(token, apiUrl, replyMax, interval, examples, gate,
                java.time.Duration.ofSeconds(wait), stateDir, sendWindow);
    }

    /**
     * At most this many replies sent and not yet recorded as handled at once
     * ({@code telegram.send.window}, default 3): the most a killed bot answers twice after its
     * restart ({@link ReplyWindow}).
     */
    public int sendWindow() {
        return sendWindow;
    }

    /**
     * Where the bot records the updates it has handled, so a restart answers nothing twice
     * ({@code telegram.state.dir}); empty when that record is kept in memory only.
     */
    public java.util.Optional<java.nio.file.Path> stateDir() {
        return stateDir;
    }

    /** How long the bot waits for an unreachable Bot API at start before giving up. */
    public java.time.Duration startWait() {
        return startWait;
    }

    /** A comma-separated list of Telegram ids from the settings; empty when unset. */
    private static java.util.Set<Long> ids(Settings settings, String key) {
        java.util.Set<Long> out = new java.util.HashSet<>();
        for (String id : settings.get(key, "").split(",")) {
            if (id.isBlank()) {
                continue;
            }
            try {
                out.add(Long.parseLong(id.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("setting " + key + " must list numeric ids, found '" + id.strip()
                        + "'", e);
            }
        }
        return out;
    }

    /** Who may use the bot and how fast ({@code telegram.allow.users/chats}, {@code telegram.flood.per.minute}). */
    public AccessGate gate() {
        return gate;
    }

    private static URI parseUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(URL_VARIABLE + " is not a URL: '" + url + "'", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException(URL_VARIABLE + " must be http(s)://host[:port], was '" + url + "'");
        }
        if (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")) {
            throw new IllegalArgumentException(URL_VARIABLE + " cannot have a path (the library adds /bot<token>/"
                    + "<method> itself), was '" + url + "'");
        }
        return uri;
    }

    /** The token, for the library only: never log or print it. */
    public String token() {
        return token;
    }

    /** The token as it may be shown: its first and last three characters, e.g. {@code 123…xyz}. */
    public String masked() {
        return mask(token);
    }

    /** {@code text} with every occurrence of the token replaced by its masked form. */
    public String redact(String text) {
        return text == null ? null : text.replace(token, masked());
    }

    static String mask(String secret) {
        if (secret.length() <= 8) {
            return "…";
        }
        return secret.substring(0, 3) + "…" + secret.substring(secret.length() - 3);
    }

    /** The Bot API base, e.g. {@code https://api.telegram.org} (no token in it). */
    public URI apiUrl() {
        return apiUrl;
    }

    /** The same base in the library's terms. */
    public TelegramUrl telegramUrl() {
        String scheme = apiUrl.getScheme().toLowerCase(Locale.ROOT);
        int port = apiUrl.getPort() != -1 ? apiUrl.getPort() : scheme.equals("https") ? 443 : 80;
        return TelegramUrl.builder().schema(scheme).host(apiUrl.getHost()).port(port).testServer(false).build();
    }

    /** The longest message text sent; longer replies are split. */
    public int replyMax() {
        return replyMax;
    }


    /** The least time between two messages to one chat (Telegram advises about one a second). */
    public long chatIntervalMillis() {
        return chatIntervalMillis;
    }

    /** Example questions shown by /start. */
    public List<String> examples() {
        return examples;
    }

    /** The effective settings, for the start-up log; the token masked. */
    @Override
    public String toString() {
        return "telegram{api=" + apiUrl + ", token=" + masked() + ", reply.max=" + replyMax
                + ", chat.interval.ms=" + chatIntervalMillis + ", send.window=" + sendWindow
                + ", state.dir=" + stateDir.map(Object::toString).orElse("(memory only)") + "}";
    }
}
