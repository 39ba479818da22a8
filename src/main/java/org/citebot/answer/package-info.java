/**
 * Turning retrieved passages into an answer: typed candidate extraction (numbers, dates, names,
 * locative phrases, reasons, definitions, yes/no), the signals each candidate is measured on
 * ({@link org.citebot.answer.score.CandidateRanker}, {@link org.citebot.answer.score.AnswerFeature}), the
 * learned confidence ({@link org.citebot.answer.score.ConfidenceModel}, fitted by {@code citebot fit}),
 * merging across articles, and the French reply templates.
 */
package org.citebot.answer;
