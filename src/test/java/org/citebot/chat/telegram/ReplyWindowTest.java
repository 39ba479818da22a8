package org.citebot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** No more than the window's size of replies are delivered and unrecorded at any moment. */
class ReplyWindowTest {

    private static OutgoingMessage message(long chat) {
        return new OutgoingMessage(chat, null, "réponse");
    }

    @Test
    void manyAnswersAtOnceNeverHaveMoreThanTheWindowDeliveredAndUnrecorded() throws Exception {
        ReplyWindow window = new ReplyWindow(3);
        AtomicInteger unrecorded = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        MessageSender sender = window.around(new RecordingSender(m -> {
            most.accumulateAndGet(unrecorded.incrementAndGet(), Math::max);
        }));
        try (ExecutorService answers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int chat = 0; chat < 50; chat++) {
                long c = chat;
                answers.submit(() -> {
                    try {
                        sender.send(message(c));
                        Thread.sleep(2); // the trip back and the record
                        unrecorded.decrementAndGet();
                    } finally {
                        window.recorded();
                    }
                    return null;
                });
            }
        }
        assertEquals(3, most.get());
        assertEquals(3, window.available());
    }

    @Test
    void aFailedSendGivesThePermitBackSoAChatWaitingOutA429HoldsUpNobody() throws Exception {
        ReplyWindow window = new ReplyWindow(1);
        MessageSender failing = window.around(new RecordingSender(m -> {
            throw new IllegalStateException("429");
        }));
        assertThrows(IllegalStateException.class, () -> failing.send(message(1)));
        assertEquals(1, window.available(), "nothing delivered: nothing to record");
        window.recorded();
        assertEquals(1, window.available());
    }

    @Test
    void aReplyInTwoPartsHoldsOnePermitUntilRecorded() throws Exception {
        ReplyWindow window = new ReplyWindow(2);
        List<OutgoingMessage> sent = Collections.synchronizedList(new ArrayList<>());
        MessageSender sender = window.around(new RecordingSender(sent::add));
        sender.send(message(1));
        sender.send(message(1));
        assertEquals(1, window.available());
        window.recorded();
        assertEquals(2, window.available());
        assertEquals(2, sent.size());
    }

    @Test
    void aSecondPartThatFailsKeepsThePermitOfTheFirstOneDelivered() throws Exception {
        ReplyWindow window = new ReplyWindow(1);
        AtomicInteger calls = new AtomicInteger();
        MessageSender sender = window.around(new RecordingSender(m -> {
            if (calls.incrementAndGet() == 2) {
                throw new IllegalStateException("502");
            }
        }));
        sender.send(message(1));
        assertThrows(IllegalStateException.class, () -> sender.send(message(1)));
        assertEquals(0, window.available(), "the first part is out and not recorded");
        CountDownLatch other = new CountDownLatch(1);
        Thread t = Thread.ofVirtual().start(() -> {
            try {
                sender.send(message(2));
                other.countDown();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                window.recorded();
            }
        });
        assertFalse(other.await(200, TimeUnit.MILLISECONDS), "another chat waits for the record");
        window.recorded();
        assertTrue(other.await(2, TimeUnit.SECONDS));
        t.join();
    }

    @Test
    void aWindowOfNothingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ReplyWindow(0));
    }

    /** Sends by calling {@code action}; answers callbacks silently. */
    private record RecordingSender(Action action) implements MessageSender {

        interface Action {
            void on(OutgoingMessage m) throws Exception;
        }

        @Override
        public void send(OutgoingMessage message) throws Exception {
            action.on(message);
        }

        @Override
        public void answerCallback(String callbackQueryId, String notice) {
        }
    }
}
