package org.citebot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** 429 answers waited out and retried; one message a second per chat. A fake clock, no sleeping. */
class PacedSenderTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final List<Long> sleeps = new ArrayList<>();
    private final List<OutgoingMessage> sent = new ArrayList<>();
    private int refusals;
    private String refusal;

    private final MessageSender api = new MessageSender() {
        @Override
        public void send(OutgoingMessage message) throws Exception {
            if (refusals > 0) {
                refusals--;
                throw new TelegramApiRequestException("Error sending message",
                        new ObjectMapper().readValue(refusal, ApiResponse.class));
            }
            sent.add(message);
        }

        @Override
        public void answerCallback(String callbackQueryId, String notice) {
            throw new UnsupportedOperationException("not used here");
        }
    };

    private final PacedSender sender = new PacedSender(api, 1_000, now::get, millis -> {
        sleeps.add(millis);
        now.addAndGet(millis);
    });

    private static OutgoingMessage to(long chat) {
        return new OutgoingMessage(chat, null, "x");
    }

    @Test
    void tooManyRequestsIsWaitedOutThenRetried() throws Exception {
        refusals = 2;
        refusal = "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 3\","
                + "\"parameters\":{\"retry_after\":3}}";
        sender.send(to(1));
        assertEquals(List.of(3_000L, 3_000L), sleeps);
        assertEquals(1, sent.size());
    }

    @Test
    void otherErrorsAreNotRetried() {
        refusals = 1;
        refusal = "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: can't parse entities\"}";
        assertThrows(TelegramApiRequestException.class, () -> sender.send(to(1)));
        assertEquals(List.of(), sleeps);
    }

    @Test
    void serverErrorsAreRetriedWithBackOff() throws Exception {
        refusals = 2;
        refusal = "{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}";
        sender.send(to(1));
        assertEquals(List.of(1_000L, 2_000L), sleeps);
        assertEquals(1, sent.size());
    }

    @Test
    void aRefusedConnectionIsRetriedButACutOneIsNot() throws Exception {
        List<Exception> failures = new ArrayList<>(List.of(
                new org.telegram.telegrambots.meta.exceptions.TelegramApiException("Unable to execute sendmessage method",
                        new java.net.ConnectException("Connection refused"))));
        MessageSender flaky = new MessageSender() {
            @Override
            public void send(OutgoingMessage message) throws Exception {
                if (!failures.isEmpty()) {
                    throw failures.remove(0);
                }
                sent.add(message);
            }

            @Override
            public void answerCallback(String callbackQueryId, String notice) {
                throw new UnsupportedOperationException("not used here");
            }
        };
        PacedSender paced = new PacedSender(flaky, 0, now::get, millis -> sleeps.add(millis));
        paced.send(to(1));
        assertEquals(1, sent.size());
        failures.add(new org.telegram.telegrambots.meta.exceptions.TelegramApiException("Unable to execute sendmessage",
                new java.net.SocketException("Connection reset")));
        assertThrows(org.telegram.telegrambots.meta.exceptions.TelegramApiException.class, () -> paced.send(to(2)));
        assertEquals(1, sent.size(), "a cut connection may have delivered: not sent twice");
    }

    @Test
    void retriesGiveUpAfterAFewAttempts() {
        refusals = 10;
        refusal = "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests\"}";
        assertThrows(TelegramApiRequestException.class, () -> sender.send(to(1)));
        assertEquals(PacedSender.MAX_ATTEMPTS - 1, sleeps.size());
    }

    @Test
    void oneMessageASecondPerChatOthersUnaffected() throws Exception {
        sender.send(to(1));
        sender.send(to(2));
        now.addAndGet(200);
        sender.send(to(1));
        assertEquals(List.of(800L), sleeps);
        now.addAndGet(5_000);
        sender.send(to(1));
        assertEquals(List.of(800L), sleeps);
        assertEquals(4, sent.size());
    }
}
