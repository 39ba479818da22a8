package org.citebot.qa;

import java.util.List;
import org.citebot.answer.PassageEvidence;
import org.citebot.answer.score.AnswerFeature;
import org.citebot.answer.score.CandidateRanker;
import org.citebot.rank.RankedSentences;
import org.citebot.text.Span;

/**
 * The signals that describe a question's situation rather than one candidate: how sure the
 * sentence ranker is of its first sentence, and how many pooled sentences hold the question's
 * rarest words. The same for every candidate of a question, so they weigh nothing in the
 * listwise score; the calibration reads them, to tell an easy question from a hard one without
 * knowing which corpus it is asked of.
 */
final class Situation {

    /** The ranker score difference between the first two sentences read as sure (1). */
    static final double MARGIN_SCALE = 5;
    /** No candidate is inside this span: a rare word anywhere in a sentence counts. */
    private static final Span NOWHERE = new Span(0, 0);

    private Situation() {
    }

    /** Sets the situation signals of every candidate of {@code measured}. */
    static void fill(List<CandidateRanker.Measured> measured, RankedSentences ranked) {
        if (measured.isEmpty()) {
            return;
        }
        List<RankedSentences.Ranked> r = ranked.ranked();
        double margin = r.size() < 2 ? 1 : Math.min(1, Math.max(0, (r.get(0).score() - r.get(1).score()) / MARGIN_SCALE));
        int rare = 0;
        int pair = 0;
        for (RankedSentences.Ranked s : r) {
            PassageEvidence e = s.evidence();
            Span sentence = e.passage().passage().sentence();
            boolean first = e.rareStemIn(0, sentence, NOWHERE);
            rare += first ? 1 : 0;
            pair += first && e.rareStemIn(1, sentence, NOWHERE) ? 1 : 0;
        }
        double rareWord = Math.log1p(rare) / 3;
        double rarePair = Math.log1p(pair) / 3;
        for (CandidateRanker.Measured m : measured) {
            double[] f = m.features();
            f[AnswerFeature.SENTENCE_MARGIN.ordinal()] = margin;
            f[AnswerFeature.SENTENCE_TOP_PROBABILITY.ordinal()] = ranked.topProbability();
            f[AnswerFeature.RARE_WORD_SENTENCES.ordinal()] = rareWord;
            f[AnswerFeature.RARE_PAIR_SENTENCES.ordinal()] = rarePair;
        }
    }
}
