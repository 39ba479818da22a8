package org.citebot.answer.score;

import org.citebot.answer.candidate.Clauses;
import org.citebot.question.AnswerType;
import org.citebot.text.Span;

/**
 * How a candidate stands in its clause, as {@link CandidateRanker} reads it: where the clause is
 * (what {@link AnswerFeature#CLAUSE_COVERAGE} and {@link AnswerFeature#RAREST_IN_CLAUSE} measure
 * the question's words against), whether an exclusion or a negation is said of the candidate
 * there, whether it is a passive's agent or a bare subject. A function of the text and the
 * candidate's place alone, so the ranker remembers it per place.
 *
 * @param clause      the clause whose coverage by the question's words is measured
 * @param plain       the stretch in which the question's rarest words must stand
 * @param excluded    whether {@link CandidateRanker#excluded} holds in {@code plain}
 * @param agent       whether {@link CandidateRanker#agentBefore} holds of the anchor
 * @param bareSubject whether {@link CandidateRanker#bareSubject} holds of the anchor; read for
 *                    people only (false otherwise)
 */
record ClauseReading(Span clause, Span plain, boolean excluded, boolean agent, boolean bareSubject) {

    /** How a question's type reads clauses: a reason by its host clause, a person with its apposition. */
    enum Reading {
        REASON, PERSON, OTHER;

        static Reading of(AnswerType type) {
            return type == AnswerType.REASON ? REASON : type == AnswerType.PERSON ? PERSON : OTHER;
        }
    }

    /**
     * A candidate's place: its text (compared by content, in practice by identity), sentence,
     * anchor and span, and how the question reads clauses.
     */
    record Place(String text, Span sentence, Span anchor, Span span, Reading reading) {
    }

    /** The clauses of the candidate at {@code place}. */
    static ClauseReading read(Place place) {
        String text = place.text();
        Span sentence = place.sentence();
        Span anchor = place.anchor();
        boolean reason = place.reading() == Reading.REASON;
        boolean person = place.reading() == Reading.PERSON;
        Span plainOfAnchor = reason ? null : Clauses.plainClauseOf(text, sentence, anchor);
        Span clause = reason ? Clauses.hostOf(text, sentence, place.span())
                : Clauses.clauseOf(text, sentence, anchor, plainOfAnchor);
        if (person) {
            clause = Clauses.withApposition(text, sentence, anchor, clause);
        }
        Span plain = reason ? clause : plainOfAnchor;
        if (person) {
            plain = Clauses.withApposition(text, sentence, anchor, plain);
        }
        return new ClauseReading(clause, plain, CandidateRanker.excluded(text, plain, place.span()),
                CandidateRanker.agentBefore(text, anchor),
                person && CandidateRanker.bareSubject(text, sentence, anchor));
    }
}
