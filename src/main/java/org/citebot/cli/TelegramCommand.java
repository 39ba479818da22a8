package org.citebot.cli;

import java.util.concurrent.Callable;
import org.citebot.answer.reply.ReplyTemplates;
import org.citebot.chat.ChatEngine;
import org.citebot.chat.ChatMemory;
import org.citebot.chat.Conversations;
import org.citebot.chat.SharedChatMemory;
import org.citebot.chat.telegram.CitebotTelegramBot;
import org.citebot.chat.telegram.TelegramFrontEnd;
import org.citebot.chat.telegram.TelegramSettings;
import org.citebot.chat.telegram.WebhookSettings;
import org.citebot.chat.telegram.WebhookTelegramBot;
import org.citebot.config.Settings;
import org.citebot.qa.LiveCitebot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code telegram}: runs citebot as a Telegram bot until SIGTERM or Ctrl-C. The token comes from
 * {@code TELEGRAM_BOT_TOKEN}, the Bot API from {@code TELEGRAM_API_URL} (default the public one).
 * Updates arrive by long polling, or with {@code telegram.mode=webhook} through a webhook
 * ({@link WebhookSettings}); with {@code telegram.webhook.shared.dir} the chats' follow-up memory
 * is shared with the other instances.
 * A missing or rejected token is one line on standard error and exit code 1 (through
 * {@link ErrorReporter}).
 */
@Command(name = "telegram", mixinStandardHelpOptions = true,
        description = "Run the Telegram bot (token in TELEGRAM_BOT_TOKEN, Bot API in TELEGRAM_API_URL).")
final class TelegramCommand implements Callable<Integer> {

    @Mixin
    CorpusOptions corpus;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Settings settings = corpus.settings();
        TelegramSettings telegram = TelegramSettings.from(System.getenv(), settings);
        WebhookSettings webhook = WebhookSettings.from(settings);
        try (LiveCitebot bot = corpus.openLive();
             TelegramFrontEnd telegramBot = start(telegram, webhook,
                     new ChatEngine(bot, ReplyTemplates.load(corpus.configDir()), memory(webhook, bot)))) {
            Thread hook = new Thread(telegramBot::close, "telegram-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            spec.commandLine().getErr().println("citebot: Telegram bot @" + telegramBot.userName()
                    + " running (" + telegram.apiUrl() + "); Ctrl-C to stop.");
            spec.commandLine().getErr().flush();
            telegramBot.awaitClosed();
        }
        return 0;
    }

    private static TelegramFrontEnd start(TelegramSettings telegram, WebhookSettings webhook, ChatEngine engine) {
        return webhook.mode() == WebhookSettings.Mode.WEBHOOK
                ? WebhookTelegramBot.start(telegram, webhook, engine)
                : CitebotTelegramBot.start(telegram, engine);
    }

    /** In memory for one instance; in the shared directory when several instances serve the webhook. */
    private static ChatMemory memory(WebhookSettings webhook, LiveCitebot bot) {
        return webhook.sharedDir()
                .<ChatMemory>map(dir -> SharedChatMemory.standard(dir, question -> bot.get().answer(question)))
                .orElseGet(Conversations::standard);
    }
}
