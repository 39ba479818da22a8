package org.citebot.chat.telegram;

/**
 * A running Telegram bot, whichever way its updates arrive: long polling
 * ({@link CitebotTelegramBot}) or a webhook ({@link WebhookTelegramBot}). The command line runs
 * either until it is closed.
 */
public interface TelegramFrontEnd extends AutoCloseable {

    /** The bot as Telegram knows it. */
    String userName();

    /** Blocks until {@link #close} has finished (from any thread, e.g. a shutdown hook). */
    void awaitClosed() throws InterruptedException;

    /** Stops receiving updates and lets answers in flight finish (a few seconds at most). Idempotent. */
    @Override
    void close();
}
