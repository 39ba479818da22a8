package org.citebot.chat.telegram;

import java.util.Objects;

/**
 * Who the bot is on Telegram ({@code getMe}): its user id, to see replies to its messages, and
 * its user name, to see mentions and commands addressed to it in groups.
 */
record BotIdentity(long id, String userName) {

    BotIdentity {
        Objects.requireNonNull(userName, "userName");
        if (userName.isBlank()) {
            throw new IllegalArgumentException("userName must not be blank (bot " + id + ")");
        }
    }
}
