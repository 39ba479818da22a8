package org.citebot.chat.telegram;

import java.util.Objects;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends {@link OutgoingMessage}s through the library's {@link TelegramClient}: HTML parse mode,
 * reply parameters pointing at the question (sent even if that message was deleted meanwhile),
 * no link previews.
 */
final class TelegramClientSender implements MessageSender {

    private final TelegramClient client;

    TelegramClientSender(TelegramClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public void send(OutgoingMessage message) throws Exception {
        SendMessage.SendMessageBuilder<?, ?> send = SendMessage.builder()
                .chatId(message.chatId())
                .text(message.html())
                .parseMode(ParseMode.HTML)
                .disableWebPagePreview(true);
        if (message.replyTo() != null) {
            send.replyParameters(ReplyParameters.builder().messageId(message.replyTo())
                    .allowSendingWithoutReply(true).build());
        }
        client.execute(send.build());
    }
}
