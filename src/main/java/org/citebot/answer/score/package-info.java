/**
 * How likely each candidate is to be right: {@link org.citebot.answer.score.CandidateRanker}
 * measures it on the {@link org.citebot.answer.score.AnswerFeature signals}, which need all of a
 * question's candidates at once (the best-aligned sentence, agreement between articles); {@link
 * org.citebot.answer.score.ConfidenceModel} turns them into a probability with weights learned
 * by {@code citebot fit}; {@link org.citebot.answer.score.Rivals} says which candidates compete
 * with the best one for the answer's confidence. One package because the signals, their order
 * and the model file's keys change together: adding a signal means refitting.
 */
package org.citebot.answer.score;
