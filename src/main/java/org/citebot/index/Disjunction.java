package org.citebot.index;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * One flat disjunction of weighted queries in which each query appears once, its weights summed,
 * in the order it was first added.
 *
 * <p>Why not hand Lucene the repeated clauses: {@link BooleanQuery}'s rewrite merges equal
 * optional clauses itself, but through a {@code HashMap} whose order follows Lucene's term hash,
 * seeded from the clock when the JVM starts ({@code StringHelper.GOOD_FAST_HASH_SEED}). Which
 * copy it keeps then changed from run to run, and a term query's copies are equal whatever
 * statistics they carry: the question's own « bibliothèque » with its real document frequency,
 * or the same term found by edit distance for a typo (« bibliotèque ») with the blended
 * frequency of that expansion. The same question after a restart scored its passages up to 1%
 * differently, and the order of the merged clauses changed the float sums too. Here the first
 * copy added is kept (the question's own words come before their edit-distance neighbours) and
 * the clauses stay in the order added, so Lucene's rewrite has nothing left to merge.
 */
final class Disjunction {

    /** Each query, its boosts taken off, with the sum of its weights. */
    private final Map<Query, Double> weights = new LinkedHashMap<>();

    /**
     * Adds {@code query} weighted by {@code weight}; a plain disjunction (optional clauses only, no
     * minimum) is flattened into this one clause by clause (w·Σ = Σ w·). One flat disjunction of
     * every (field, word) clause lets Lucene's max-score pruning set aside the clauses too weak to
     * change the top hits, where nested disjunctions, each as strong as its best word, made it
     * score every passage that shares a word with the question.
     */
    Disjunction add(Query query, float weight) {
        if (query instanceof BooleanQuery bq && bq.getMinimumNumberShouldMatch() == 0 && !bq.clauses().isEmpty()
                && bq.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD)) {
            bq.clauses().forEach(c -> addOne(c.query(), weight));
        } else {
            addOne(query, weight);
        }
        return this;
    }

    /**
     * As Lucene weighs a clause: the float product of its boosts (as {@code BoostQuery}'s rewrite
     * folds them), the copies of one query summed in double (as {@code BooleanQuery}'s rewrite did).
     */
    private void addOne(Query query, float weight) {
        Query inner = query;
        float boost = weight;
        while (inner instanceof BoostQuery b) {
            boost = b.getBoost() * boost;
            inner = b.getQuery();
        }
        weights.merge(inner, (double) boost, Double::sum);
    }

    boolean isEmpty() {
        return weights.isEmpty();
    }

    /** The disjunction, its clauses in the order first added, none equal to another. */
    BooleanQuery build() {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        weights.forEach((query, weight) -> {
            float boost = weight.floatValue();
            q.add(boost == 1f ? query : new BoostQuery(query, boost), BooleanClause.Occur.SHOULD);
        });
        return q.build();
    }
}
