package org.citebot.qa;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citebot.answer.Candidate;
import org.citebot.corpus.Document;
import org.citebot.question.Question;

/**
 * A reading of the passages that proves or disproves an answer more strongly than the confidence
 * model's signals can say, consulted beside the model by {@link QuestionAnswerer}.
 *
 * <p>Why beside the model and not as one more signal: the model is one calibration for every
 * question, fitted mostly on encyclopaedia questions, and a proof that fires on a few questions of
 * one shape weighs almost nothing in it. A proof must therefore earn its place on its own: right
 * wherever it fires on the training questions, and no wrong answer added on the held-out sets
 * ({@code docs/EXPERIMENTS.md} gives each one's firing counts).
 *
 * <p>Implementations are immutable and thread-safe.
 */
interface AnswerProof {

    /**
     * The candidates to answer {@code question} with when the model declines, or empty when this
     * proof has nothing to say; the first candidate's fact is the answer.
     */
    Optional<List<Candidate>> answers(Question question, List<Candidate> candidates, Map<String, Document> documents);

    /**
     * Whether the passages read contradict {@code fact}, the answer the model is confident of: the
     * answer is then withdrawn. None does by default.
     */
    default boolean refutes(Question question, String fact, List<Candidate> candidates,
                            Map<String, Document> documents) {
        return false;
    }

    /**
     * Whether this proof reads {@code question}, worded as {@code wording} says: a proof that trusts
     * a word the chat may have guessed in a written-out follow-up reads it only when the user typed
     * that word. Every question by default.
     */
    default boolean reads(Question question, Wording wording) {
        return true;
    }
}
