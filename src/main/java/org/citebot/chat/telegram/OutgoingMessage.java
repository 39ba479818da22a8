package org.citebot.chat.telegram;

import java.util.Objects;

/**
 * One message the bot sends: its chat, the message it answers (null for none) and its text,
 * already HTML (escaped, within Telegram's length limit).
 */
record OutgoingMessage(long chatId, Integer replyTo, String html) {

    OutgoingMessage {
        Objects.requireNonNull(html, "html");
        if (html.isEmpty()) {
            throw new IllegalArgumentException("html must not be empty (chat " + chatId + ")");
        }
    }
}
