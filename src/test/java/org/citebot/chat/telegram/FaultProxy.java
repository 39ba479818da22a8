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
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;

/**
 * A Bot API proxy on loopback for fault tests: forwards every request to the emulator, except
 * those a rule catches first — an HTTP error answered in the emulator's stead, a delay, or a
 * connection closed before anything was forwarded (so the emulator never saw the request).
 */
final class FaultProxy implements AutoCloseable {

    private enum Kind { STATUS, DELAY, CUT }

    private record Rule(String method, Kind kind, int status, String body, long millis) {
    }

    private final HttpServer server;
    private final URI target;
    private final HttpClient client = HttpClient.newHttpClient();
    private final Queue<Rule> rules = new ConcurrentLinkedQueue<>();

    private FaultProxy(URI target) throws IOException {
        this.target = target;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    static FaultProxy start(URI target) throws IOException {
        return new FaultProxy(target);
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
            HttpResponse<byte[]> response = client.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            reply(exchange, response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
