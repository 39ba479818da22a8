package org.citebot.rank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citebot.answer.PassageEvidence;
import org.citebot.index.Passage;
import org.citebot.index.ScoredPassage;

/**
 * A question's pool in the ranker's order, best first, and how sure the ranker is of the first.
 *
 * @param ranked         the sentences, best first
 * @param topProbability the calibrated probability that the first sentence states the answer
 *                       (0 for an empty pool)
 */
public record RankedSentences(List<Ranked> ranked, double topProbability) {

    /** No sentence at all. */
    public static final RankedSentences EMPTY = new RankedSentences(List.of(), 0);

    /**
     * One sentence of the pool.
     *
     * @param pooled      the sentence and how it was retrieved
     * @param evidence    where the question's words stand in it
     * @param score       the ranker's score (a logit; only differences between sentences count)
     * @param probability the calibrated probability that this sentence states the answer: for the
     *                    first sentence the {@link RankedSentences#topProbability}, for the others
     *                    a calibration of their own ({@link SentenceRanker#probabilities}); a
     *                    reply may show the second sentence too when its probability comes near
     *                    the first's. The probabilities of a question's sentences need not sum to 1.
     */
    public record Ranked(PooledPassage pooled, PassageEvidence evidence, double score, double probability) {

        /** A sentence whose probability was not worked out (0). */
        public Ranked(PooledPassage pooled, PassageEvidence evidence, double score) {
            this(pooled, evidence, score, 0);
        }
    }

    public RankedSentences {
        ranked = List.copyOf(ranked);
    }

    /**
     * The calibrated probability that the sentence at {@code rank} (0 for the first) states the
     * answer; 0 past the pool's end.
     */
    public double probability(int rank) {
        return rank >= 0 && rank < ranked.size() ? ranked.get(rank).probability() : 0;
    }

    /** The first {@code k} sentences as passages, best first, each with its ranker score. */
    public List<ScoredPassage> passages(int k) {
        List<ScoredPassage> out = new ArrayList<>(Math.min(k, ranked.size()));
        for (Ranked r : ranked.subList(0, Math.min(k, ranked.size()))) {
            out.add(new ScoredPassage(r.pooled().passage(), r.score()));
        }
        return out;
    }

    /**
     * Each pooled sentence's weight against the first one, exp(score − best score), in (0, 1]: 1 for
     * the first sentence, about 0.37 for one a logit lower. What the answer's candidates read of it.
     */
    public Map<Passage, Double> relativeWeights() {
        Map<Passage, Double> out = new HashMap<>();
        if (ranked.isEmpty()) {
            return out;
        }
        double top = ranked.get(0).score();
        for (Ranked r : ranked) {
            out.put(r.pooled().passage(), Math.exp(r.score() - top));
        }
        return out;
    }
}
