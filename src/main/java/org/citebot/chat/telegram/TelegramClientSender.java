package org.citebot.chat.telegram;

import java.util.List;
import java.util.Objects;
import org.citebot.chat.ChatReply;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends {@link OutgoingMessage}s through the library's {@link TelegramClient}: HTML parse mode,
 * reply parameters pointing at the question (sent even if that message was deleted meanwhile),
 * no link previews, the message's buttons as one row of an inline keyboard. Answers callback
 * queries.
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
        if (!message.buttons().isEmpty()) {
            send.replyMarkup(keyboard(message));
        }
        client.execute(send.build());
    }

    @Override
    public void answerCallback(String callbackQueryId, String notice) throws Exception {
        client.execute(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).text(notice).build());
    }

    private static InlineKeyboardMarkup keyboard(OutgoingMessage message) {
        InlineKeyboardRow row = new InlineKeyboardRow();
        for (ChatReply.Button b : message.buttons()) {
            row.add(InlineKeyboardButton.builder().text(b.label()).callbackData(b.data()).build());
        }
        return new InlineKeyboardMarkup(List.of(row));
    }
}
