package org.citebot.rank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citebot.index.ArticlePassages;
import org.citebot.index.Passage;
import org.citebot.index.ScoredPassage;

/**
 * The sentences the ranker chooses among: the retriever's passages, in its order, then every
 * other sentence of the best-matching articles, in text order. The sentence that answers shares
 * few of the question's words more often than not (PIAF questions paraphrase it, or name their
 * subject only in the sentence before), and is then missing from the retrieved passages though its
 * article is first.
 */
public final class SentencePool {

    /** Articles, by their first retrieved passage, whose every sentence joins the pool. */
    public static final int BEST_ARTICLES = 1;

    private SentencePool() {
    }

    /**
     * The pool of {@code retrieved} (best first) and every sentence of its best {@code articles}
     * articles.
     */
    public static List<PooledPassage> of(List<ScoredPassage> retrieved, ArticlePassages passages, int articles) {
        Map<String, Integer> articleRank = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (ScoredPassage p : retrieved) {
            if (articleRank.putIfAbsent(p.passage().docId(), order.size()) == null) {
                order.add(p.passage().docId());
            }
        }
        List<PooledPassage> pool = new ArrayList<>(retrieved.size() + 64);
        Set<Passage> seen = new HashSet<>();
        for (int i = 0; i < retrieved.size(); i++) {
            Passage p = retrieved.get(i).passage();
            if (seen.add(p)) {
                pool.add(new PooledPassage(p, retrieved.get(i).score(), i, articleRank.get(p.docId())));
            }
        }
        for (int a = 0; a < Math.min(articles, order.size()); a++) {
            for (Passage p : passages.passagesOf(order.get(a))) {
                if (seen.add(p)) {
                    pool.add(new PooledPassage(p, 0, -1, a));
                }
            }
        }
        return pool;
    }
}
