/**
 * Finding the sentence first: a learned ranker of the sentences that may state a question's
 * answer ({@link org.citebot.rank.SentenceRanker}), over the retrieved passages the answerer reads
 * ({@link org.citebot.rank.SentencePool}), each
 * measured on the signals of {@link org.citebot.rank.SentenceFeature}. As OpenNLP ships a learned
 * component with its trainer, evaluator and cross-validator side by side, so does this package:
 * {@link org.citebot.rank.SentenceRankerTrainer}, {@link org.citebot.rank.SentenceRankerEvaluator},
 * {@link org.citebot.rank.SentenceRankerCrossValidator}; {@code citebot fit-ranker} refits the
 * shipped weights.
 */
package org.citebot.rank;
