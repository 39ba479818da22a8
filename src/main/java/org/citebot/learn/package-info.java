/**
 * What the learned parts of citebot are fitted with, shared by the sentence ranker
 * ({@code org.citebot.rank.SentenceRankerTrainer}) and the candidate model
 * ({@code org.citebot.eval.ConfidenceFit}): a limited-memory BFGS optimiser
 * ({@link org.citebot.learn.Lbfgs}) and the listwise softmax loss over one question's items
 * ({@link org.citebot.learn.ListwiseSoftmax}). No runtime code depends on this package.
 */
package org.citebot.learn;
