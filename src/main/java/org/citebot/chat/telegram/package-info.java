/**
 * The Telegram front end: settings from the environment, the update handler (who is asked, what
 * is answered, HTML escaping and splitting), per-chat ordering, and the TelegramBots 10 wiring:
 * long polling ({@code CitebotTelegramBot}) or a webhook several instances can share
 * ({@code WebhookTelegramBot}: secret check, update ids taken once in an {@code UpdateLedger}).
 * Nothing is lost across a crash or a stop: polling confirms to Telegram only the updates answered
 * ({@code UpdateProgress}, {@code ResumingUpdateRequests}), the webhook's ledger keeps each
 * acknowledged update until it is answered, a stop drains and hands back the rest
 * ({@code ChatDispatcher}), and at most a few replies are ever sent and unrecorded
 * ({@code ReplyWindow}), the most a crash answers twice.
 * Answers themselves come from {@link org.citebot.chat.ChatEngine}, shared with the console chat.
 */
package org.citebot.chat.telegram;
