package org.citebot.chat.telegram;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook's HTTP side: one path, POST only, bodies up to {@value #MAX_BODY_BYTES} bytes, each
 * delivery passed to a {@link WebhookEndpoint}. Plain HTTP: TLS (which Telegram requires, on port
 * 443, 80, 88 or 8443) ends at the reverse proxy or load balancer in front.
 *
 * <p>Why the JDK's {@code com.sun.net.httpserver} rather than the TelegramBots webhook module:
 * that module stops at 9.5.0 on Maven Central (nothing for the 10.2.0 client and types used here),
 * and embeds Javalin with Jetty and Kotlin for what is one POST route; the JDK's server needs no
 * dependency. Every request gets a short plain-text answer and never a
 * stack trace.
 */
final class WebhookServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookServer.class);
    /** Far above any update (a message is at most 4,096 characters). */
    static final int MAX_BODY_BYTES = 1 << 20;
    /** Seconds a request in flight may take to finish when stopping. */
    private static final int STOP_SECONDS = 1;
    /** Platform threads serving requests (each takes milliseconds; Telegram makes at most 100 at once). */
    static final int THREADS = 16;

    private final HttpServer server;
    private final ExecutorService threads;

    private WebhookServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /**
     * Listens on {@code address} (port 0: any free one) and serves {@code path} with {@code endpoint}.
     *
     * @throws UncheckedIOException naming the address when it cannot be bound
     */
    static WebhookServer start(InetSocketAddress address, String path, WebhookEndpoint endpoint) {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(endpoint, "endpoint");
        HttpServer server;
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + address.getHostString() + ":" + address.getPort()
                    + " (telegram.webhook.listen): " + e.getMessage(), e);
        }
        // Platform threads, not virtual ones: answers are computed on virtual threads, and while
        // they keep the few carrier threads busy a virtual request thread would wait for one, so
        // acknowledgements slowed to seconds under load (Telegram then times out and delivers again).
        AtomicInteger count = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "webhook-http-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", exchange -> serve(exchange, path, endpoint));
        server.start();
        return new WebhookServer(server, threads);
    }

    /** The address bound, with the actual port. */
    InetSocketAddress address() {
        return server.getAddress();
    }

    private static void serve(HttpExchange exchange, String path, WebhookEndpoint endpoint) {
        try (exchange) {
            WebhookEndpoint.Outcome outcome;
            if (!exchange.getRequestURI().getRawPath().equals(path)) {
                outcome = new WebhookEndpoint.Outcome(404, "not found");
            } else if (!exchange.getRequestMethod().equals("POST")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                outcome = new WebhookEndpoint.Outcome(405, "POST only");
            } else {
                byte[] body = read(exchange.getRequestBody());
                outcome = body == null ? new WebhookEndpoint.Outcome(413, "body too large")
                        : endpoint.receive(exchange.getRequestHeaders().getFirst(WebhookEndpoint.SECRET_HEADER), body);
            }
            respond(exchange, outcome);
        } catch (IOException | RuntimeException e) {
            LOG.warn("webhook request from {} failed: {}", exchange.getRemoteAddress(), e.toString());
        }
    }

    /** The body, or null when it is longer than the limit. */
    private static byte[] read(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }

    private static void respond(HttpExchange exchange, WebhookEndpoint.Outcome outcome) throws IOException {
        byte[] text = outcome.text().getBytes(StandardCharsets.UTF_8);
        if (text.length > 0) {
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        }
        exchange.sendResponseHeaders(outcome.status(), text.length == 0 ? -1 : text.length);
        if (text.length > 0) {
            exchange.getResponseBody().write(text);
        }
    }

    /** Stops listening; requests in flight get a second to finish. */
    @Override
    public void close() {
        server.stop(STOP_SECONDS);
        threads.shutdown();
    }
}
