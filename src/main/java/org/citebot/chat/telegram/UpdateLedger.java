package org.citebot.chat.telegram;

import java.io.IOException;

/**
 * The update ids already taken, so that an update delivered twice is answered once. Telegram
 * delivers an update again when its webhook call did not end in a 2xx (an error, a time-out, a
 * load balancer's 502 after the bot had it), and the load balancer may send the second delivery
 * to another instance: the instances must agree on who took it.
 *
 * <p>{@link #claim} is the one atomic step: the first caller for an id gets {@code true} and
 * answers; every later one, in this process or another sharing the ledger, gets {@code false}.
 * Implementations: {@link InMemoryUpdateLedger} (one instance), {@link SharedUpdateLedger} (a
 * directory several instances see). Thread-safe.
 */
interface UpdateLedger {

    /**
     * Takes {@code updateId}: true when nobody had, false when it was taken before (a redelivery).
     *
     * @throws IOException when the ledger cannot be read or written (the caller should refuse the
     *                     update with a 5xx so that Telegram delivers it again later)
     */
    boolean claim(long updateId) throws IOException;

    /**
     * Gives {@code updateId} back after a claim that could not be followed by an answer (the
     * instance is stopping), so that the redelivery Telegram will make is answered elsewhere.
     */
    void release(long updateId) throws IOException;
}
