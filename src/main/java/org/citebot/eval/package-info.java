/**
 * Measuring citebot against gold questions, by the rules of the shared scorer; learning the
 * answer confidence model from them ({@link org.citebot.eval.ConfidenceFit}: logistic regression,
 * cross-validated by article); and answering side by side with a stock Lucene BM25 baseline
 * ({@code eval --baseline}).
 */
package org.citebot.eval;
