package org.citebot.chat.telegram;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * What the webhook does with one delivery, apart from HTTP itself (that is {@link WebhookServer}):
 * checks the secret token, reads the update, takes it in the {@link UpdateLedger} (which keeps it
 * until it is answered, so that an instance dying after the 200 does not lose it), and hands it
 * over to be answered later; the delivery is acknowledged at once.
 *
 * <p>Why acknowledge first and answer afterwards, rather than answer inside the webhook's
 * response (which the Bot API allows): a response carries one method call and no result, while an
 * answer may be several messages (a long reply is split), paced to one a second per chat, with a
 * « typing… » before it and retries on 429; and a slow answer would hold Telegram's connection
 * open, so Telegram would time out and deliver the update again. Acknowledging within
 * milliseconds and answering through the same handler, dispatcher and pacing as long polling
 * keeps both modes alike.
 *
 * <p>Outcomes: 403 for a missing or wrong secret (compared in constant time); 400 for a body
 * that is not an update, with a one-line reason and never a stack trace; 200 for a new update
 * (handed over) and for one already taken (a redelivery, acknowledged and dropped); 503 when the
 * bot is stopping (the id is given back, so Telegram's next delivery is answered by another
 * instance); 500 when the ledger cannot be reached (nothing was done, Telegram tries again).
 * Thread-safe.
 */
final class WebhookEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookEndpoint.class);
    /** The header in which Telegram sends back the secret token given to {@code setWebhook}. */
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    /** The HTTP status and the short plain-text body to answer a delivery with. */
    record Outcome(int status, String text) {
    }

    static final Outcome ACCEPTED = new Outcome(200, "");
    static final Outcome FORBIDDEN = new Outcome(403, "wrong or missing " + SECRET_HEADER);

    private final byte[] secretDigest;
    private final UpdateLedger ledger;
    private final Consumer<Update> intake;
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /**
     * @param secret the secret token registered with {@code setWebhook}
     * @param ledger the update ids already taken
     * @param intake takes a new update to be answered; throws {@link RejectedExecutionException}
     *               when it cannot (stopping)
     */
    WebhookEndpoint(String secret, UpdateLedger ledger, Consumer<Update> intake) {
        Objects.requireNonNull(secret, "secret");
        if (secret.isEmpty()) {
            throw new IllegalArgumentException("secret must not be empty");
        }
        this.secretDigest = sha256(secret);
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.intake = Objects.requireNonNull(intake, "intake");
    }

    /** The outcome of one POSTed delivery: {@code secret} as found in its header (null if none). */
    Outcome receive(String secret, byte[] body) {
        if (!secretMatches(secret)) {
            LOG.info("webhook call refused: wrong or missing secret token");
            return FORBIDDEN;
        }
        Update update;
        try {
            update = read(body);
        } catch (JacksonException e) {
            return new Outcome(400, "not a Telegram update: invalid JSON or wrong field types");
        } catch (IOException e) {
            return new Outcome(400, "not a Telegram update: unreadable body");
        }
        if (update == null || update.getUpdateId() == null) {
            return new Outcome(400, "not a Telegram update: no update_id");
        }
        long id = update.getUpdateId();
        try {
            if (!ledger.claim(id, body)) {
                LOG.info("update {} delivered again: already taken, acknowledged only", id);
                return ACCEPTED;
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("update {}: the update ledger cannot be reached ({}); Telegram will deliver it again", id,
                    e.toString());
            return new Outcome(500, "update ledger unavailable, deliver again later");
        }
        try {
            intake.accept(update);
        } catch (RejectedExecutionException e) {
            giveBack(id);
            return new Outcome(503, "stopping, deliver again");
        }
        return ACCEPTED;
    }

    /** An update from its JSON, as Telegram posts it (fields unknown to the library ignored). */
    static Update read(byte[] body) throws IOException {
        return JSON.readValue(body, Update.class);
    }

    private void giveBack(long id) {
        try {
            ledger.release(id);
        } catch (IOException | RuntimeException e) {
            LOG.warn("update {} taken but not answered, and could not be given back: {}", id, e.toString());
        }
    }

    /** Compares digests, so that neither the content nor the length of the secret leaks through timing. */
    private boolean secretMatches(String given) {
        return given != null && MessageDigest.isEqual(secretDigest, sha256(given));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
