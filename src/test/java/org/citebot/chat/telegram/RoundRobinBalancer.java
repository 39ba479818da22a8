package org.citebot.chat.telegram;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny load balancer for tests: on loopback, each POST goes to the next backend in turn, with
 * its path, body and the secret-token header, and the backend's status comes back. It records
 * which backend served each request, so a test can tell that two deliveries reached different
 * instances.
 */
final class RoundRobinBalancer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<URI> backends = new CopyOnWriteArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private final List<Integer> served = Collections.synchronizedList(new ArrayList<>());

    RoundRobinBalancer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::forward);
        server.start();
    }

    /** The balancer's own base URL, e.g. {@code http://127.0.0.1:41234}. */
    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Adds a backend ({@code http://host:port}); requests go to the backends in the order added. */
    void add(InetSocketAddress backend) {
        backends.add(URI.create("http://" + backend.getHostString() + ":" + backend.getPort()));
    }

    /** The index of the backend that served each request so far, in arrival order. */
    List<Integer> served() {
        synchronized (served) {
            return List.copyOf(served);
        }
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            int index = Math.floorMod(next.getAndIncrement(), backends.size());
            served.add(index);
            HttpRequest.Builder request = HttpRequest.newBuilder(backends.get(index).resolve(
                    exchange.getRequestURI().getRawPath()))
                    .method(exchange.getRequestMethod(),
                            HttpRequest.BodyPublishers.ofByteArray(exchange.getRequestBody().readAllBytes()));
            String secret = exchange.getRequestHeaders().getFirst(WebhookEndpoint.SECRET_HEADER);
            if (secret != null) {
                request.header(WebhookEndpoint.SECRET_HEADER, secret);
            }
            HttpResponse<byte[]> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                exchange.sendResponseHeaders(502, -1);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(502, -1);
                return;
            }
            byte[] body = response.body();
            exchange.sendResponseHeaders(response.statusCode(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
