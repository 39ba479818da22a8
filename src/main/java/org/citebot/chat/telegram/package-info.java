/**
 * The Telegram front end: settings from the environment, the update handler (who is asked, what
 * is answered, HTML escaping and splitting), per-chat ordering, and the TelegramBots 10 wiring.
 * Answers themselves come from {@link org.citebot.chat.ChatEngine}, shared with the console chat.
 */
package org.citebot.chat.telegram;
