package org.citebot.chat.telegram;

import java.util.List;
import java.util.Objects;
import org.citebot.chat.ChatReply;

/**
 * One message the bot sends: its chat, the message it answers (null for none), its text,
 * already HTML (escaped, within Telegram's length limit), and the inline buttons under it (none
 * for most messages).
 */
record OutgoingMessage(long chatId, Integer replyTo, String html, List<ChatReply.Button> buttons) {

    OutgoingMessage {
        Objects.requireNonNull(html, "html");
        if (html.isEmpty()) {
            throw new IllegalArgumentException("html must not be empty (chat " + chatId + ")");
        }
        buttons = List.copyOf(buttons);
    }

    /** A message without buttons. */
    OutgoingMessage(long chatId, Integer replyTo, String html) {
        this(chatId, replyTo, html, List.of());
    }
}
