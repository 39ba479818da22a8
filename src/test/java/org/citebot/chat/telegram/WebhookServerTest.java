package org.citebot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The webhook over real loopback HTTP: one path, POST only, a bounded body, the secret header read. */
class WebhookServerTest {

    private static final String SECRET = "secret-42";
    private static final String UPDATE = "{\"update_id\":77,\"message\":{\"message_id\":1,\"date\":1700000000,"
            + "\"chat\":{\"id\":5,\"type\":\"private\"},\"text\":\"qui ?\"}}";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final List<Integer> handed = Collections.synchronizedList(new ArrayList<>());
    private final WebhookServer server = WebhookServer.start(new InetSocketAddress("127.0.0.1", 0), "/hook",
            new WebhookEndpoint(SECRET, new InMemoryUpdateLedger(), u -> handed.add(u.getUpdateId())));

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> send(String method, String path, String secret, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.address().getPort()
                + path)).method(method, HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header(WebhookEndpoint.SECRET_HEADER, secret);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anUpdateWithTheSecretIsAcknowledgedWithAnEmptyBody() throws Exception {
        HttpResponse<String> r = send("POST", "/hook", SECRET, UPDATE);
        assertEquals(200, r.statusCode());
        assertEquals("", r.body());
        assertEquals(List.of(77), handed);
    }

    @Test
    void theHeaderNameIsCaseInsensitiveAsHttpSays() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.address().getPort()
                + "/hook")).header("x-telegram-bot-api-secret-token", SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(UPDATE)).build();
        assertEquals(200, HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void otherRequestsGetAShortRefusal() throws Exception {
        assertEquals(403, send("POST", "/hook", null, UPDATE).statusCode());
        assertEquals(403, send("POST", "/hook", "wrong", UPDATE).statusCode());
        assertEquals(404, send("POST", "/other", SECRET, UPDATE).statusCode());
        assertEquals(404, send("POST", "/hook/x", SECRET, UPDATE).statusCode());
        HttpResponse<String> get = send("GET", "/hook", SECRET, "");
        assertEquals(405, get.statusCode());
        assertEquals("POST", get.headers().firstValue("Allow").orElse(""));
        HttpResponse<String> bad = send("POST", "/hook", SECRET, "{\"update_id\": oops");
        assertEquals(400, bad.statusCode());
        assertFalse(bad.body().contains("Exception"), bad.body());
        assertEquals(413, send("POST", "/hook", SECRET, "x".repeat(WebhookServer.MAX_BODY_BYTES + 1)).statusCode());
        assertEquals(List.of(), handed);
    }
}
