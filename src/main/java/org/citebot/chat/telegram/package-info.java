/**
 * The Telegram front end: settings from the environment, the update handler (who is asked, what
 * is answered, HTML escaping and splitting), per-chat ordering, and the TelegramBots 10 wiring:
 * long polling ({@code CitebotTelegramBot}) or a webhook several instances can share
 * ({@code WebhookTelegramBot}: secret check, update ids taken once in an {@code UpdateLedger}).
 * Answers themselves come from {@link org.citebot.chat.ChatEngine}, shared with the console chat.
 */
package org.citebot.chat.telegram;
