package org.citebot.chat.followup;

import java.util.Objects;
import java.util.Optional;
import org.citebot.answer.Answer;
import org.citebot.question.AnswerType;

/**
 * What a follow-up is read against: the chat's last question (as answered, so already written
 * out) and, when it was answered, the fact given and its type.
 *
 * @param question the last question
 * @param fact     the fact answered, empty when declined
 * @param type     what the last question asked for
 */
public record Previous(String question, Optional<String> fact, AnswerType type) {

    public Previous {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(type, "type");
        // a fact without a letter or a digit can stand for nothing
        fact = Objects.requireNonNull(fact, "fact").filter(f -> f.codePoints().anyMatch(Character::isLetterOrDigit));
    }

    /** The last exchange as remembered: its question and the answer it got. */
    public static Previous of(String question, Answer answer) {
        return new Previous(question, answer.best().map(f -> f.fact()), answer.question().type());
    }

    /** Only the question: its answer is not known (or not needed). */
    public static Previous question(String question) {
        return new Previous(question, Optional.empty(), AnswerType.OTHER);
    }
}
