package org.citebot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Polled updates: each answered once though Telegram gives it again at every poll until it is
 * answered, and on a stop the unanswered ones left unconfirmed.
 */
class PollingIntakeTest {

    private static Update update(int id, long chat) {
        Message message = new Message();
        message.setMessageId(id);
        message.setChat(Chat.builder().id(chat).type("private").build());
        Update update = new Update();
        update.setUpdateId(id);
        update.setMessage(message);
        return update;
    }

    @Test
    void anUpdateGivenAgainWhileUnderWayIsAnsweredOnce() throws Exception {
        List<Integer> answered = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch release = new CountDownLatch(1);
        UpdateProgress progress = UpdateProgress.inMemory();
        ChatDispatcher dispatcher = new ChatDispatcher();
        PollingIntake intake = new PollingIntake(dispatcher, u -> {
            await(release);
            answered.add(u.getUpdateId());
        }, new ReplyWindow(3), progress, false);
        List<Update> poll = List.of(update(10, 1), update(11, 2), update(12, 1));
        intake.dispatch(poll);
        intake.dispatch(poll); // the next poll: Telegram still holds them, none answered yet
        assertEquals(1, progress.nextOffset(), "nothing answered: nothing confirmed");
        release.countDown();
        dispatcher.shutdown(5_000, 1_000);
        assertEquals(List.of(10, 11, 12), answered.stream().sorted().toList());
        assertEquals(13, progress.nextOffset());
    }

    @Test
    void aStopLeavesWhatIsNotAnsweredUnconfirmedAndTakesNothingMore() throws Exception {
        List<Integer> answered = Collections.synchronizedList(new ArrayList<>());
        UpdateProgress progress = UpdateProgress.inMemory();
        PollingIntake intake = new PollingIntake(new ChatDispatcher(), u -> {
            sleep(200); // one chat, paced
            answered.add(u.getUpdateId());
        }, new ReplyWindow(3), progress, false);
        List<Update> poll = new ArrayList<>();
        for (int id = 20; id < 30; id++) {
            poll.add(update(id, 5));
        }
        intake.dispatch(poll);
        intake.stop(300, 1_000);
        assertTrue(answered.size() >= 1 && answered.size() < 10, answered::toString);
        int firstLeft = 20 + answered.size();
        assertEquals(firstLeft, progress.nextOffset(), "the first unanswered one stays on Telegram's side");
        assertEquals(10 - answered.size(), progress.unhandled());
        intake.dispatch(List.of(update(30, 6)));
        assertEquals(10 - answered.size(), progress.unhandled(), "once stopping, nothing new is taken");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
