package org.citebot.answer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.citebot.index.ScoredPassage;
import org.citebot.question.Question;

/**
 * What citebot concludes for one question, before it is worded as a reply.
 *
 * @param question   the analysed question
 * @param outcome    a fact, a sentence to read, nothing found, or small talk
 * @param findings   for an answer, the best value first; further values only when documents
 *                   disagree (another value with nearly as much support)
 * @param confidence in [0, 1]; an answer is given only above the calibrated threshold
 * @param passages   the passages read, in the sentence ranker's order (the likeliest to state
 *                   the answer first)
 * @param toRead     when no fact is given, the sentences to read, best first: those quoted as the
 *                   answer ({@link Outcome#QUOTED}) or the closest passages offered without
 *                   certainty; sentences that follow each other in one article are one quote
 * @param sentenceConfidence the sentence ranker's probability, in [0, 1], that the first of
 *                   {@code passages} states the answer: sure of the sentence though not of a
 *                   phrase in it, a reply can quote that sentence as the answer to read
 */
public record Answer(Question question, Outcome outcome, List<Finding> findings, double confidence,
                     List<ScoredPassage> passages, List<Citation> toRead, double sentenceConfidence) {

    /** How the question was handled: the three grades of a reply, by what is known, and small talk. */
    public enum Outcome {
        /** Sure of the fact: the fact with its source. */
        ANSWERED("fact"),
        /** Sure of the sentence that answers but not of a phrase in it: that sentence, to read. */
        QUOTED("passage"),
        /** Nothing found that answers (at most the closest passage, offered without certainty). */
        DECLINED("nothing"),
        /** A greeting, thanks or an empty message: no search. */
        SMALL_TALK("small_talk");

        private final String kind;

        Outcome(String kind) {
            this.kind = kind;
        }

        /** The name of the reply given, in {@code ask --json} ({@code reply_kind}). */
        public String kind() {
            return kind;
        }
    }

    public Answer {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(outcome, "outcome");
        findings = List.copyOf(findings);
        passages = List.copyOf(passages);
        toRead = List.copyOf(toRead);
        if (!(sentenceConfidence >= 0 && sentenceConfidence <= 1)) {
            throw new IllegalArgumentException("sentenceConfidence must be in [0, 1], was " + sentenceConfidence);
        }
        if (outcome == Outcome.ANSWERED && findings.isEmpty()) {
            throw new IllegalArgumentException("an answer needs a finding");
        }
        if (outcome == Outcome.QUOTED && toRead.isEmpty()) {
            throw new IllegalArgumentException("a quoted reply needs its sentence");
        }
    }

    public boolean answered() {
        return outcome == Outcome.ANSWERED;
    }

    /** The first sentence to read when no fact is given: the likeliest to state the answer. */
    public Optional<Citation> nearest() {
        return toRead.isEmpty() ? Optional.empty() : Optional.of(toRead.get(0));
    }

    /** The fact given, when answered. */
    public Optional<Finding> best() {
        return answered() ? Optional.of(findings.get(0)) : Optional.empty();
    }
}
