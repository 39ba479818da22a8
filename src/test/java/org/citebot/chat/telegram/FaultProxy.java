package org.citebot.chat.telegram;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.TreeMap;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;

/**
 * A Bot API proxy on loopback for fault tests: forwards every request to the emulator, except
 * those a rule catches first — an HTTP error answered in the emulator's stead, a delay, or a
 * connection closed before anything was forwarded (so the emulator never saw the request).
 *
 * <p>It can also give {@code getUpdates} Telegram's offset rule, which the emulator lacks (it
 * marks an update read as soon as it is returned): with {@link #keepUpdatesUntilConfirmed} an
 * update is returned again at every poll until one asks for an offset above it. And it can play
 * a bot that died right after receiving updates: {@link #cutPollsAfterNextDelivery} lets one
 * batch through, then cuts every later poll (so none confirms it) until {@link #stopCutting}.
 */
final class FaultProxy implements AutoCloseable {

    private enum Kind { STATUS, DELAY, CUT }

    private record Rule(String method, Kind kind, int status, String body, long millis) {
    }

    private final HttpServer server;
    private final URI target;
    private final HttpClient client = HttpClient.newHttpClient();
    private final Queue<Rule> rules = new ConcurrentLinkedQueue<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Updates returned and not confirmed yet, by id, when keeping them. */
    private final NavigableMap<Integer, JsonNode> unconfirmed = new TreeMap<>();
    private volatile boolean keepUpdates;
    private volatile boolean cutAfterDelivery;
    private volatile boolean cutting;

    private FaultProxy(URI target, int port) throws IOException {
        this.target = target;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    static FaultProxy start(URI target) throws IOException {
        return new FaultProxy(target, 0);
    }

    /** A proxy on {@code port} of loopback (e.g. one a bot has been failing to reach). */
    static FaultProxy start(URI target, int port) throws IOException {
        return new FaultProxy(target, port);
    }

    /** Gives getUpdates Telegram's rule: an update comes back until an offset above it is asked. */
    void keepUpdatesUntilConfirmed() {
        keepUpdates = true;
    }

    /** Lets the next non-empty batch of updates through, then cuts every poll. */
    void cutPollsAfterNextDelivery() {
        cutAfterDelivery = true;
    }

    /** Polls pass again. */
    void stopCutting() {
        cutAfterDelivery = false;
        cutting = false;
    }


    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The next {@code times} calls of {@code method} get {@code status} with a Bot API error body. */
    void fail(String method, int times, int status, String body) {
        for (int i = 0; i < times; i++) {
            rules.add(new Rule(method, Kind.STATUS, status, body, 0));
        }
    }

    /** The next {@code times} calls of {@code method} are forwarded after {@code millis}. */
    void delay(String method, int times, long millis) {
        for (int i = 0; i < times; i++) {
            rules.add(new Rule(method, Kind.DELAY, 0, "", millis));
        }
    }

    /** The next {@code times} calls of {@code method} see their connection closed, unanswered. */
    void cut(String method, int times) {
        for (int i = 0; i < times; i++) {
            rules.add(new Rule(method, Kind.CUT, 0, "", 0));
        }
    }

    boolean drained() {
        return rules.isEmpty();
    }

    /** The rules not met yet. */
    String pending() {
        return rules.toString();
    }

    private Rule take(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        for (Rule r : rules) {
            if (lower.endsWith("/" + r.method()) && rules.remove(r)) {
                return r;
            }
        }
        return null;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath().toLowerCase(Locale.ROOT);
            boolean poll = path.endsWith("/getupdates");
            if (poll && cutting) {
                return;
            }
            Rule rule = take(exchange.getRequestURI().getPath());
            if (rule != null && rule.kind() == Kind.CUT) {
                return; // closed with no response at all
            }
            if (rule != null && rule.kind() == Kind.STATUS) {
                reply(exchange, rule.status(), rule.body().getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (rule != null && rule.kind() == Kind.DELAY) {
                Thread.sleep(rule.millis());
            }
            HttpRequest.Builder forward = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().toString()))
                    .timeout(Duration.ofSeconds(30))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            if (type != null) {
                forward.header("Content-Type", type);
            }
            if (poll && keepUpdates) {
                pollKeepingUpdates(exchange, body, forward);
                return;
            }
            HttpResponse<byte[]> response = client.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            reply(exchange, response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Drops the updates below the asked offset, fetches the new ones from the emulator, and
     * answers with every update kept.
     */
    private void pollKeepingUpdates(HttpExchange exchange, byte[] body, HttpRequest.Builder forward)
            throws IOException, InterruptedException {
        JsonNode request = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
        int offset = request.path("offset").asInt(0);
        ArrayNode result = JSON.createArrayNode();
        synchronized (unconfirmed) {
            unconfirmed.headMap(offset, false).clear();
        }
        boolean waiting;
        synchronized (unconfirmed) {
            waiting = unconfirmed.isEmpty();
        }
        if (waiting) {
            HttpResponse<byte[]> response = client.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                reply(exchange, response.statusCode(), response.body());
                return;
            }
            for (JsonNode update : JSON.readTree(response.body()).path("result")) {
                synchronized (unconfirmed) {
                    if (update.path("update_id").asInt() >= offset) {
                        unconfirmed.put(update.path("update_id").asInt(), update);
                    }
                }
            }
        }
        synchronized (unconfirmed) {
            unconfirmed.values().forEach(result::add);
        }
        if (!result.isEmpty() && cutAfterDelivery) {
            cutting = true;
        }
        ObjectNode answer = JSON.createObjectNode().put("ok", true);
        answer.set("result", result);
        reply(exchange, 200, JSON.writeValueAsBytes(answer));
    }

    private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
