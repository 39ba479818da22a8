package org.citebot.chat.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A Bot API server for one bot, in the test JVM, that keeps Telegram's offset rule: an update
 * stays on the server, and comes back at every {@code getUpdates}, until a {@code getUpdates}
 * asks for an offset above its id. It honours {@code limit} (1 to 100) and {@code timeout} (long
 * polling: an empty answer only after that many seconds without an update), and, like Telegram,
 * ends a pending {@code getUpdates} with 409 Conflict when another one arrives.
 *
 * <p>Why not telegram-test-api (the Node emulator of {@link TelegramEmulator}): it marks an update
 * read as soon as it has been returned once, whatever the offset, so a bot that confirms updates
 * too early looks fine there and loses them on Telegram (issue 18).
 *
 * <p>Users talk through {@link #userSays}; what the bot sent is read back with {@link #sent()}.
 * {@code getMe}, {@code sendMessage} (recorded with the message it replies to) and the calls the
 * bot makes at start ({@code deleteWebhook}, {@code setMyCommands}, {@code sendChatAction},
 * {@code answerCallbackQuery}, {@code setWebhook}) are served; any other method is a 404, a
 * wrong token a 401, as on Telegram. Thread-safe.
 */
final class BotApiEmulator implements AutoCloseable {

    /** A message the bot sent: its chat, the message it replies to (null if none), its text. */
    record Sent(long chatId, Integer replyTo, String text) {
    }

    static final long BOT_ID = 7_000_001L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_LIMIT = 100;

    private final String token;
    private final String userName;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "bot-api-emulator");
        t.setDaemon(true);
        return t;
    });
    private final Object lock = new Object();
    /** Updates not confirmed yet, by id. */
    private final NavigableMap<Integer, ObjectNode> pending = new TreeMap<>();
    private final List<Sent> sent = new ArrayList<>();
    private final List<Integer> offsets = new ArrayList<>();
    /** What was asked of the server and what it answered, a line each, for a failing test's message. */
    private final List<String> journal = new ArrayList<>();
    private final long startedNanos = System.nanoTime();
    private int nextUpdateId = 100_000;
    private int nextMessageId = 1;
    /** Bumped by every getUpdates: a waiting one that sees it change ends with 409. */
    private long pollGeneration;
    private boolean closed;

    private BotApiEmulator(String token, String userName) throws IOException {
        this.token = token;
        this.userName = userName;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Serves the bot of {@code token}, called {@code userName}, on a free loopback port. */
    static BotApiEmulator start(String token, String userName) throws IOException {
        return new BotApiEmulator(token, userName);
    }

    /** The Bot API base URL to give the bot ({@code TELEGRAM_API_URL}). */
    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** A user's text message in the private chat {@code chatId}, for getUpdates; returns its message id. */
    int userSays(long chatId, String text) {
        synchronized (lock) {
            ObjectNode update = userMessage(chatId, text);
            pending.put(update.get("update_id").asInt(), update);
            lock.notifyAll();
            return update.get("message").get("message_id").asInt();
        }
    }

    /**
     * A user's text message in the private chat {@code chatId} as an update, with fresh ids, not
     * queued for getUpdates: for a test that posts it to a webhook itself.
     */
    ObjectNode userMessage(long chatId, String text) {
        synchronized (lock) {
            ObjectNode update = JSON.createObjectNode().put("update_id", nextUpdateId++);
            ObjectNode message = update.putObject("message").put("message_id", nextMessageId++)
                    .put("date", System.currentTimeMillis() / 1000).put("text", text);
            message.putObject("from").put("id", chatId).put("is_bot", false).put("first_name", "Léa")
                    .put("language_code", "fr");
            message.putObject("chat").put("id", chatId).put("type", "private").put("first_name", "Léa");
            return update;
        }
    }

    /**
     * Every call the server answered, a line each (milliseconds since start, method, what it
     * carried, the status): where a lost reply went, when a test finds one missing.
     */
    List<String> journal() {
        synchronized (lock) {
            return List.copyOf(journal);
        }
    }

    private void note(String line) {
        synchronized (lock) {
            journal.add((System.nanoTime() - startedNanos) / 1_000_000 + " ms " + line);
        }
    }

    /** Every message the bot has sent so far, in the order they arrived. */
    List<Sent> sent() {
        synchronized (lock) {
            return List.copyOf(sent);
        }
    }

    /** How many messages the bot has sent so far. */
    int sentCount() {
        synchronized (lock) {
            return sent.size();
        }
    }

    /** Updates on the server: not yet confirmed by a getUpdates offset above them. */
    int unconfirmed() {
        synchronized (lock) {
            return pending.size();
        }
    }

    /** The offsets getUpdates asked for, in order. */
    List<Integer> offsetsAsked() {
        synchronized (lock) {
            return List.copyOf(offsets);
        }
    }

    /** Waits until the bot has sent at least {@code count} messages; false when {@code within} ran out. */
    boolean awaitSent(int count, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        synchronized (lock) {
            while (sent.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
            return true;
        }
    }

    /** Waits until some getUpdates has been asked {@code count} times in all (the bot is polling). */
    boolean awaitPolls(int count, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        synchronized (lock) {
            while (offsets.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
            return true;
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String prefix = "/bot" + token + "/";
            if (!path.startsWith(prefix)) {
                reply(exchange, 401, error(401, "Unauthorized"));
                return;
            }
            String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
            JsonNode params = params(exchange);
            switch (method) {
                case "getme" -> reply(exchange, 200, ok(me()));
                case "getupdates" -> getUpdates(exchange, params);
                case "sendmessage" -> reply(exchange, 200, ok(sendMessage(params)));
                case "deletewebhook", "setwebhook", "setmycommands", "sendchataction", "answercallbackquery" ->
                        reply(exchange, 200, ok(JSON.getNodeFactory().booleanNode(true)));
                default -> reply(exchange, 404, error(404, "Not Found: method not found"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the bot went away (killed) before its answer: nothing to do, the update stays pending
            note(exchange.getRequestURI().getPath().replace(token, "TOKEN") + " cut short: " + e);
        }
    }

    private void getUpdates(HttpExchange exchange, JsonNode params) throws IOException, InterruptedException {
        int offset = params.path("offset").asInt(0);
        int limit = Math.clamp(params.path("limit").asInt(MAX_LIMIT), 1, MAX_LIMIT);
        long timeoutMillis = Math.max(0, params.path("timeout").asLong(0)) * 1000;
        ArrayNode result = JSON.createArrayNode();
        boolean superseded;
        synchronized (lock) {
            long generation = ++pollGeneration;
            offsets.add(offset);
            if (offset > 0) {
                pending.headMap(offset, false).clear();
            }
            lock.notifyAll();
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            while (pending.tailMap(offset, true).isEmpty() && generation == pollGeneration && !closed) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
            superseded = generation != pollGeneration;
            pending.tailMap(offset, true).values().stream().limit(limit).forEach(result::add);
        }
        note("getUpdates offset " + offset + " limit " + limit + " timeout " + timeoutMillis / 1000 + " -> "
                + (superseded ? "409" : result.size() + " updates"
                + (result.isEmpty() ? "" : " " + result.get(0).get("update_id") + ".."
                + result.get(result.size() - 1).get("update_id"))));
        if (superseded) {
            reply(exchange, 409, error(409, "Conflict: terminated by other getUpdates request; make sure that"
                    + " only one bot instance is running"));
        } else {
            reply(exchange, 200, ok(result));
        }
    }

    private ObjectNode sendMessage(JsonNode params) {
        long chatId = params.path("chat_id").asLong();
        JsonNode replyTo = params.path("reply_parameters").path("message_id");
        if (replyTo.isMissingNode()) {
            replyTo = params.path("reply_to_message_id");
        }
        String text = params.path("text").asText();
        ObjectNode message = JSON.createObjectNode();
        synchronized (lock) {
            sent.add(new Sent(chatId, replyTo.isMissingNode() || replyTo.isNull() ? null : replyTo.asInt(), text));
            message.put("message_id", nextMessageId++);
            note("sendMessage chat " + chatId + " reply_to " + replyTo + " -> message "
                    + message.get("message_id") + " (" + text.length() + " chars)");
            lock.notifyAll();
        }
        message.put("date", System.currentTimeMillis() / 1000).put("text", text);
        message.set("from", me());
        message.putObject("chat").put("id", chatId).put("type", "private");
        return message;
    }

    private ObjectNode me() {
        return JSON.createObjectNode().put("id", BOT_ID).put("is_bot", true).put("first_name", userName)
                .put("username", userName);
    }

    /** The call's parameters: a JSON body, a form body or the query string. */
    private static JsonNode params(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")).toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json") && body.length > 0) {
            return JSON.readTree(body);
        }
        ObjectNode params = JSON.createObjectNode();
        String form = type.startsWith("application/x-www-form-urlencoded")
                ? new String(body, StandardCharsets.UTF_8) : exchange.getRequestURI().getRawQuery();
        if (form != null) {
            for (String pair : form.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }

    private static ObjectNode ok(JsonNode result) {
        ObjectNode answer = JSON.createObjectNode().put("ok", true);
        answer.set("result", result);
        return answer;
    }

    private static ObjectNode error(int code, String description) {
        return JSON.createObjectNode().put("ok", false).put("error_code", code).put("description", description);
    }

    private static void reply(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        server.stop(0);
        threads.shutdownNow();
    }
}
