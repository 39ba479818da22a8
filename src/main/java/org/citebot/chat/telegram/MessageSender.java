package org.citebot.chat.telegram;

/**
 * Where the handler's messages go: the Bot API in production ({@link TelegramClientSender}), a
 * list in tests. Kept to two methods so the handler can be tested without a network or the
 * library's large {@code TelegramClient} interface.
 */
interface MessageSender {

    /** Sends {@code message}; throws when the Bot API refuses it or cannot be reached. */
    void send(OutgoingMessage message) throws Exception;

    /**
     * Answers the callback query {@code callbackQueryId} (a pressed button), which stops the
     * button's spinner; {@code notice}, when not null, is shown briefly to the user.
     */
    void answerCallback(String callbackQueryId, String notice) throws Exception;
}
