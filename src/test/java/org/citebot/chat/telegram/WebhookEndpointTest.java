package org.citebot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.citebot.config.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * One webhook delivery at a time, without HTTP: the secret check, updates taken once by id, bad
 * bodies refused with a short reason, and an update given back when the bot cannot take it.
 */
class WebhookEndpointTest {

    /** The warnings these tests provoke on purpose, asserted here rather than shown in the build. */
    @RegisterExtension
    final LogCapture log = new LogCapture();

    private static final String SECRET = "s3cret_Token-42";

    private final List<Long> handed = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final InMemoryUpdateLedger ledger = new InMemoryUpdateLedger();
    private final WebhookEndpoint endpoint = new WebhookEndpoint(SECRET, ledger, this::take);

    private void take(Update update) {
        if (stopping.get()) {
            throw new RejectedExecutionException("stopping");
        }
        handed.add(update.getUpdateId().longValue());
    }

    private static byte[] update(long id, String text) {
        return ("{\"update_id\":" + id + ",\"message\":{\"message_id\":7,\"date\":1700000000,"
                + "\"chat\":{\"id\":42,\"type\":\"private\"},\"from\":{\"id\":1001,\"is_bot\":false,"
                + "\"first_name\":\"Léa\"},\"text\":\"" + text + "\",\"a_field_from_a_later_bot_api\":1}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theRightSecretLetsTheUpdateThrough() {
        assertEquals(WebhookEndpoint.ACCEPTED, endpoint.receive(SECRET, update(1, "qui ?")));
        assertEquals(List.of(1L), handed);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "s3cret_Token-4", "s3cret_Token-42 ", "S3CRET_TOKEN-42", "s3cret_Token-421"})
    void aMissingOrWrongSecretIsForbiddenAndNothingIsTaken(String secret) {
        assertEquals(403, endpoint.receive(secret, update(1, "qui ?")).status());
        assertEquals(List.of(), handed);
        // the refused delivery did not take the id: the genuine one is still answered
        assertEquals(200, endpoint.receive(SECRET, update(1, "qui ?")).status());
        assertEquals(List.of(1L), handed);
    }

    @Test
    void anUpdateDeliveredAgainIsAcknowledgedButHandedOverOnce() {
        assertEquals(200, endpoint.receive(SECRET, update(5, "qui ?")).status());
        assertEquals(200, endpoint.receive(SECRET, update(5, "qui ?")).status());
        assertEquals(200, endpoint.receive(SECRET, update(6, "quand ?")).status());
        assertEquals(200, endpoint.receive(SECRET, update(5, "qui ?")).status());
        assertEquals(List.of(5L, 6L), handed);
    }

    @Test
    void twoEndpointsOnOneLedgerHandOverADoubleDeliveryOnce() {
        List<Long> other = Collections.synchronizedList(new ArrayList<>());
        WebhookEndpoint second = new WebhookEndpoint(SECRET, ledger, u -> other.add(u.getUpdateId().longValue()));
        assertEquals(200, endpoint.receive(SECRET, update(9, "qui ?")).status());
        assertEquals(200, second.receive(SECRET, update(9, "qui ?")).status());
        assertEquals(List.of(9L), handed);
        assertEquals(List.of(), other);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "{\"update_id\":", "[1,2]", "42", "null", "{}",
            "{\"message\":{\"text\":\"no id\"}}", "{\"update_id\":\"douze\"}", "{\"update_id\":1,\"message\":7}"})
    void aBodyThatIsNotAnUpdateIsABadRequestWithAShortReason(String body) {
        WebhookEndpoint.Outcome outcome = endpoint.receive(SECRET, body.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, outcome.status(), body);
        assertTrue(outcome.text().startsWith("not a Telegram update"), outcome.text());
        assertFalse(outcome.text().contains("Exception") || outcome.text().contains("\tat "), outcome.text());
        assertEquals(List.of(), handed);
    }

    @Test
    void anUpdateRefusedWhileStoppingIsGivenBackForTheNextDelivery() {
        stopping.set(true);
        assertEquals(503, endpoint.receive(SECRET, update(3, "qui ?")).status());
        stopping.set(false);
        assertEquals(200, endpoint.receive(SECRET, update(3, "qui ?")).status());
        assertEquals(List.of(3L), handed);
    }

    @Test
    void aLedgerOutOfReachIsAServerErrorSoTelegramDeliversAgain() {
        UpdateLedger broken = new UpdateLedger() {
            @Override
            public boolean claim(long updateId, byte[] update) throws IOException {
                throw new IOException("Stale file handle");
            }

            @Override
            public void answered(long updateId) {
            }

            @Override
            public void release(long updateId) {
            }

            @Override
            public List<byte[]> retake() {
                return List.of();
            }

            @Override
            public int held() {
                return 0;
            }

            @Override
            public void freeze() {
            }

            @Override
            public void close() {
            }
        };
        WebhookEndpoint.Outcome outcome = new WebhookEndpoint(SECRET, broken, this::take)
                .receive(SECRET, update(4, "qui ?"));
        assertEquals(500, outcome.status());
        log.assertLogged(Level.WARN, WebhookEndpoint.class, "update 4: the update ledger cannot be reached");
        assertEquals(List.of(), handed);
    }
}
