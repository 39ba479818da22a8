package org.citebot.chat.telegram;

import java.util.concurrent.Semaphore;

/**
 * At most {@code size} updates at once whose reply has reached Telegram and is not recorded as
 * handled yet: the most a killed process can make the bot answer twice after its restart.
 *
 * <p>Why a bound: between Telegram accepting a reply and the bot writing down that the update is
 * handled there is a window (the answer's trip back, a thread to wake, a line to append) in which
 * a crash leaves an update answered but unrecorded, so answered again at the next start. On a
 * quiet machine it is a millisecond or two; on a loaded one tens of milliseconds, and many chats
 * answered in the same second can all be inside it (4 to 8 such replies, measured on a loaded
 * two-core machine, when 20 chats were answered together and the bot was killed at a reply:
 * TelegramRestartIT, issue 18). Holding a permit from just before a
 * send until the record makes the number of such replies at most {@code size}, whatever the
 * load. It costs throughput only beyond {@code size} replies per round trip to Telegram (3 at
 * 50 ms: 60 a second, above the 30 a second Telegram lets a bot send).
 *
 * <p>How: {@link #around} wraps the sender (inside the pacing, so no permit is held while a chat
 * waits its turn). The permit is taken before the first send of an update and kept once a send
 * succeeded; a failed send gives it back unless an earlier part of the same reply went through.
 * {@link #recorded} gives it back once the update is recorded. The state is per thread: each
 * update is answered on a thread of its own ({@link ChatDispatcher}), which sends and then
 * records. Thread-safe.
 */
final class ReplyWindow {

    private final int size;
    private final Semaphore permits;
    /** Per answering thread: 0 no permit, 1 a permit and nothing delivered, 2 a permit and a reply delivered. */
    private final ThreadLocal<int[]> held = ThreadLocal.withInitial(() -> new int[1]);

    ReplyWindow(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1, was " + size);
        }
        this.size = size;
        this.permits = new Semaphore(size, true);
    }

    /** How many replies may be delivered and unrecorded at once. */
    int size() {
        return size;
    }

    /** Permits free now (for tests and the stop log). */
    int available() {
        return permits.availablePermits();
    }

    /** {@code sender}, sending within the window. */
    MessageSender around(MessageSender sender) {
        return new MessageSender() {
            @Override
            public void send(OutgoingMessage message) throws Exception {
                enter();
                boolean delivered = false;
                try {
                    sender.send(message);
                    delivered = true;
                } finally {
                    sent(delivered);
                }
            }

            @Override
            public void answerCallback(String callbackQueryId, String notice) throws Exception {
                sender.answerCallback(callbackQueryId, notice);
            }
        };
    }

    private void enter() throws InterruptedException {
        int[] state = held.get();
        if (state[0] == 0) {
            permits.acquire();
            state[0] = 1;
        }
    }

    private void sent(boolean delivered) {
        int[] state = held.get();
        if (delivered) {
            state[0] = 2;
        } else if (state[0] == 1) {
            release(state);
        }
    }

    /** The update this thread answered is recorded (or given up): its permit, if any, goes back. */
    void recorded() {
        int[] state = held.get();
        if (state[0] != 0) {
            release(state);
        }
        held.remove();
    }

    private void release(int[] state) {
        state[0] = 0;
        permits.release();
    }
}
