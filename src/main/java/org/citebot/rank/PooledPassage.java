package org.citebot.rank;

import java.util.Objects;
import org.citebot.index.Passage;

/**
 * A sentence the ranker considers: a retrieved passage, or another sentence of a best-matching
 * article.
 *
 * @param passage        the sentence
 * @param retrievalScore its retrieval score, 0 when the retriever did not return it
 * @param retrievalRank  its rank among the retrieved passages from 0, -1 when not retrieved
 * @param articleRank    its article's rank, by the article's first retrieved passage, from 0
 */
public record PooledPassage(Passage passage, double retrievalScore, int retrievalRank, int articleRank) {

    public PooledPassage {
        Objects.requireNonNull(passage, "passage");
        if (articleRank < 0) {
            throw new IllegalArgumentException("articleRank " + articleRank + " < 0");
        }
    }

    /** Whether the retriever returned this sentence. */
    public boolean retrieved() {
        return retrievalRank >= 0;
    }
}
