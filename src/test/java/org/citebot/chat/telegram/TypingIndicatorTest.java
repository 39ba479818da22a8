package org.citebot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** « typing… » only when an answer is slow, and never after it is sent. */
class TypingIndicatorTest {

    @Test
    void fastAnswersShowNoTyping() throws InterruptedException {
        List<Long> chats = new CopyOnWriteArrayList<>();
        try (TypingIndicator typing = new TypingIndicator(chats::add, 200)) {
            typing.start(7).close();
            Thread.sleep(400);
        }
        assertEquals(List.of(), chats);
    }

    @Test
    void slowAnswersShowTypingUntilClosed() throws InterruptedException {
        List<Long> chats = new CopyOnWriteArrayList<>();
        try (TypingIndicator typing = new TypingIndicator(chats::add, 20)) {
            TypingIndicator.Handle h = typing.start(7);
            long deadline = System.nanoTime() + 2_000_000_000L;
            while (chats.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            h.close();
            int seen = chats.size();
            Thread.sleep(100);
            assertEquals(seen, chats.size());
        }
        assertTrue(chats.contains(7L), chats.toString());
    }

    @Test
    void aFailingTypingActionIsHarmless() throws InterruptedException {
        try (TypingIndicator typing = new TypingIndicator(chat -> {
            throw new IllegalStateException("sendChatAction not supported");
        }, 1)) {
            TypingIndicator.Handle h = typing.start(7);
            Thread.sleep(50);
            h.close();
        }
    }
}
