package org.citebot.chat.followup;

import java.util.List;
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

    /**
     * The last exchange as remembered, when its reply may have given no fact: a sentence quoted
     * as the answer, or the sentences read ({@code read}, best first), may still name what the
     * question asked (see {@link QuotedFacts}).
     */
    public static Previous of(String question, Answer answer, List<String> read) {
        if (answer.answered()) {
            return of(question, answer);
        }
        Optional<String> shown = answer.outcome() == Answer.Outcome.QUOTED
                ? answer.nearest().map(c -> c.quote()) : Optional.empty();
        return new Previous(question, QuotedFacts.of(question, shown, read), answer.question().type());
    }

    /** Only the question: its answer is not known (or not needed). */
    public static Previous question(String question) {
        return new Previous(question, Optional.empty(), AnswerType.OTHER);
    }
}
