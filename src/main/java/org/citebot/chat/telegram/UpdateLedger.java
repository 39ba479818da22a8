package org.citebot.chat.telegram;

import java.io.IOException;
import java.util.List;

/**
 * The webhook's record of updates: which ids are taken, so that an update delivered twice is
 * answered once, and which taken updates are not answered yet, so that one acknowledged to
 * Telegram and then lost with its instance is answered all the same.
 *
 * <p>Telegram delivers an update again when its webhook call did not end in a 2xx (an error, a
 * time-out, a load balancer's 502 after the bot had it), and the load balancer may send the second
 * delivery to another instance: the instances must agree on who took it ({@link #claim}, the one
 * atomic step: the first caller for an id gets {@code true} and answers). Once acknowledged with a
 * 200, Telegram never delivers it again: if the instance that took it dies before answering, only
 * the ledger still knows it. So {@link #claim} keeps the update until {@link #answered}, and
 * {@link #retake} hands the updates of instances that are gone to one that is alive.
 *
 * <p>Implementations: {@link InMemoryUpdateLedger} (one instance; nothing survives it),
 * {@link SharedUpdateLedger} (a directory several instances, or the next start, see).
 * Thread-safe.
 */
interface UpdateLedger extends AutoCloseable {

    /**
     * Takes {@code updateId}, keeping {@code update} (its JSON, as delivered) until it is answered:
     * true when nobody had taken it, false when it was taken before (a redelivery).
     *
     * @throws IOException when the ledger cannot be read or written (the caller should refuse the
     *                     update with a 5xx so that Telegram delivers it again later)
     */
    boolean claim(long updateId, byte[] update) throws IOException;

    /** Notes that {@code updateId}, taken by this instance, has been answered. */
    void answered(long updateId) throws IOException;

    /**
     * Gives {@code updateId} back after a claim that could not be followed by an answer (the
     * instance is stopping and answers 503), so that the redelivery Telegram will make is answered
     * elsewhere.
     */
    void release(long updateId) throws IOException;

    /**
     * Takes over the updates that instances now gone had taken and not answered, and returns them
     * (their JSON) to be answered by this one; each goes to one instance only.
     */
    List<byte[]> retake() throws IOException;

    /** How many updates this instance has taken and not answered. */
    int held();

    /**
     * Records no more answers: an update whose answer was cut short by a stop stays unanswered in
     * the ledger, to be answered again rather than lost.
     */
    void freeze();

    /** This instance leaves: what it holds unanswered can be taken over by others at once. */
    @Override
    void close();
}
