package org.citebot.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The final order of retrieved passages, the same whichever engine scored them: each passage's
 * BM25 score mixed with its article's, then further passages of an article already ranked
 * lowered.
 *
 * <p>Mixing in the article's score ranks a sentence whose words match by chance in an unrelated
 * article below one of the article the question is about; lowering repeats spreads the first
 * passages over several articles, from which a reader (and the answerer's agreement count) gains
 * more than from a fifth sentence of the first one. Both use relative scores only, so a constant
 * factor between two engines' BM25 (OpenSearch's legacy BM25 multiplies by k1 + 1) changes
 * nothing.
 */
public final class PassageRanking {

    /** Passages re-ranked with their article's score before the best {@code k} are kept. */
    public static final int CANDIDATE_POOL = 50;
    /** Articles scored per question. */
    public static final int ARTICLES = 20;
    /** Weight of the article's relative score against the passage's relative score. */
    public static final double ARTICLE_WEIGHT = 0.3;
    /** Factor applied to each further passage of the same article. */
    public static final double SAME_DOCUMENT_DECAY = 0.7;

    private PassageRanking() {
    }

    /**
     * The best {@code k} of {@code hits} (engine order: score descending, ties in corpus order),
     * re-scored with {@code articleScores} (BM25 by document id; absent means 0).
     */
    public static List<ScoredPassage> rank(List<ScoredPassage> hits, Map<String, Double> articleScores, int k) {
        if (hits.isEmpty()) {
            return List.of();
        }
        double bestArticle = articleScores.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double bestPassage = hits.get(0).score();
        List<ScoredPassage> out = new ArrayList<>(hits.size());
        for (ScoredPassage hit : hits) {
            double article = articleScores.getOrDefault(hit.passage().docId(), 0.0) / bestArticle;
            out.add(new ScoredPassage(hit.passage(),
                    bestPassage * (hit.score() / bestPassage + ARTICLE_WEIGHT * article)));
        }
        out.sort(Comparator.comparingDouble(ScoredPassage::score).reversed());
        List<ScoredPassage> diverse = diversify(out);
        return List.copyOf(diverse.subList(0, Math.min(k, diverse.size())));
    }

    private static List<ScoredPassage> diversify(List<ScoredPassage> ranked) {
        Map<String, Integer> seen = new HashMap<>();
        List<ScoredPassage> out = new ArrayList<>(ranked.size());
        for (ScoredPassage p : ranked) {
            int n = seen.merge(p.passage().docId(), 1, Integer::sum) - 1;
            out.add(new ScoredPassage(p.passage(), p.score() * Math.pow(SAME_DOCUMENT_DECAY, n)));
        }
        out.sort(Comparator.comparingDouble(ScoredPassage::score).reversed());
        return out;
    }
}
