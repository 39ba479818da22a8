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
 * @param outcome    answered, declined, or small talk
 * @param findings   for an answer, the best value first; further values only when documents
 *                   disagree (another value with nearly as much support)
 * @param confidence in [0, 1]; an answer is given only above the calibrated threshold
 * @param passages   the passages read, in the sentence ranker's order (the likeliest to state
 *                   the answer first)
 * @param nearest    for a decline, the closest passage to offer as reading
 * @param sentenceConfidence the sentence ranker's probability, in [0, 1], that the first of
 *                   {@code passages} states the answer: sure of the sentence though not of a
 *                   phrase in it, a reply can quote that sentence as the answer to read
 */
public record Answer(Question question, Outcome outcome, List<Finding> findings, double confidence,
                     List<ScoredPassage> passages, Optional<Citation> nearest, double sentenceConfidence) {

    /** How the question was handled. */
    public enum Outcome {
        /** A fact with its source. */
        ANSWERED,
        /** The articles do not say (or not clearly enough). */
        DECLINED,
        /** A greeting, thanks or an empty message: no search. */
        SMALL_TALK
    }

    public Answer {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(outcome, "outcome");
        findings = List.copyOf(findings);
        passages = List.copyOf(passages);
        Objects.requireNonNull(nearest, "nearest");
        if (!(sentenceConfidence >= 0 && sentenceConfidence <= 1)) {
            throw new IllegalArgumentException("sentenceConfidence must be in [0, 1], was " + sentenceConfidence);
        }
        if (outcome == Outcome.ANSWERED && findings.isEmpty()) {
            throw new IllegalArgumentException("an answer needs a finding");
        }
    }

    public boolean answered() {
        return outcome == Outcome.ANSWERED;
    }

    /** The fact given, when answered. */
    public Optional<Finding> best() {
        return answered() ? Optional.of(findings.get(0)) : Optional.empty();
    }
}
