package org.citebot.chat.followup;

import java.util.Optional;
import org.citebot.question.AnswerType;

/**
 * Reads a message of an invented dialogue against its last exchange, as the follow-up tests write
 * one: the last question, the fact it got (blank when declined) and the type it asked for.
 */
final class InventedExchange {

    private InventedExchange() {
    }

    static Optional<FollowUps.FollowUp> read(FollowUps followUps, String previous, String fact, String type, String message) {
        Previous p = new Previous(previous, fact == null || fact.isBlank() ? Optional.empty() : Optional.of(fact),
                AnswerType.valueOf(type));
        return followUps.read(message, previous, () -> p);
    }
}
