package org.citebot.chat;

import java.util.Objects;
import java.util.Optional;
import org.citebot.answer.Answer;

/**
 * One message of a chat and what the engine made of it: the full question it was read as, the
 * answer behind the reply, and the reply. What {@code ask --json --batch} prints for a line of a
 * conversation, and what the chat front ends show ({@link #reply}).
 *
 * @param message  the message as typed
 * @param resolved the full question answered: the message itself unless it was read as a
 *                 follow-up (« et en 2018 ? » → the last question in 2018); for « source ? »,
 *                 the last question, whose sources are listed
 * @param answer   the answer the reply words; empty for commands
 * @param reply    the reply and its buttons
 */
public record ChatTurn(String message, String resolved, Optional<Answer> answer, ChatReply reply) {

    public ChatTurn {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(resolved, "resolved");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(reply, "reply");
    }

    /** Whether the message was read as something other than itself. */
    public boolean rewritten() {
        return !resolved.equals(message);
    }
}
