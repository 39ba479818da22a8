/**
 * Measuring citebot against gold questions, by the rules of the shared scorer, and learning the
 * answer confidence model from them ({@link org.citebot.eval.ConfidenceFit}: logistic regression,
 * cross-validated by article).
 */
package org.citebot.eval;
