package org.citebot.qa;

/**
 * The answerer's tunable numbers, read from {@code config/citebot.properties}.
 *
 * @param passages           passages retrieved per question (also shown in {@code ask --json})
 * @param readPassages       of those, how many are read for candidates
 * @param bestArticleExtra   further passages of the best-matching article read beyond those, from
 *                           the retriever's candidate pool (the article a question is about holds
 *                           the answer in a sentence that shares few of its words, more often
 *                           than another article does)
 * @param threshold          minimum confidence to give an answer; by default the one the confidence
 *                           model's fit chose for precision (a wrong answer is worse than none),
 *                           overridden by the {@code answer.threshold} setting
 * @param disagreementRatio  a competing value from other documents is shown when its score is at
 *                           least this share of the best one
 * @param quoteThreshold     when no fact is sure enough, the sentence ranker's probability that its
 *                           first sentence states the answer from which that sentence is quoted as
 *                           the answer to read; below it the reply says nothing was found. At 0.5 the
 *                           quoted sentence states the answer more often than not
 * @param unsureSentences    when no fact is given, at most this many sentences are shown to read
 * @param unsureRatio        beyond the ranker's first sentence, a sentence is shown when its weight
 *                           against the first, exp(score − first score), reaches this: the ranker
 *                           finds the answer-bearing sentence first for about 60% of questions but
 *                           within three for about 78%, so a reply that is unsure anyway shows the
 *                           runners-up that are nearly as likely (scripts/passages-to-read.py gives
 *                           the curve of useful replies against sentences shown)
 */
public record AnswerPolicy(int passages, int readPassages, int bestArticleExtra, double threshold,
                           double disagreementRatio, double quoteThreshold, int unsureSentences,
                           double unsureRatio) {

    /** Defaults of the settings; the threshold's stands only where no confidence model gives one. */
    public static final AnswerPolicy DEFAULT = new AnswerPolicy(20, 20, 10, 0.20, 0.8, 0.5, 3, 0.2);

    public AnswerPolicy {
        if (passages < 1 || readPassages < 1) {
            throw new IllegalArgumentException("passages and readPassages must be positive: " + passages + ", "
                    + readPassages);
        }
        if (bestArticleExtra < 0) {
            throw new IllegalArgumentException("bestArticleExtra must not be negative: " + bestArticleExtra);
        }
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be in [0, 1], was " + threshold);
        }
        if (unsureSentences < 1) {
            throw new IllegalArgumentException("unsureSentences must be positive, was " + unsureSentences);
        }
        if (!(unsureRatio >= 0 && unsureRatio <= 1)) {
            throw new IllegalArgumentException("unsureRatio must be in [0, 1], was " + unsureRatio);
        }
        if (quoteThreshold < 0 || quoteThreshold > 1) {
            throw new IllegalArgumentException("quoteThreshold must be in [0, 1], was " + quoteThreshold);
        }
    }
}
