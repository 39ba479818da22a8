package org.citebot.rank;

import java.util.Objects;

/**
 * One gold question's pool as the ranker learns from it: each sentence's signals and whether it
 * holds a gold answer (in a gold article).
 *
 * @param group    what cross-validation keeps together: the gold file and the question's article
 * @param question the question's text
 * @param features per sentence of the pool, its signals ({@link SentenceFeature#ordinal()})
 * @param labels   per sentence, whether it holds a gold answer
 */
public record LabelledPool(String group, String question, double[][] features, boolean[] labels) {

    public LabelledPool {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(question, "question");
        if (features.length != labels.length) {
            throw new IllegalArgumentException(features.length + " sentences but " + labels.length + " labels");
        }
    }

    /** Whether any sentence of the pool holds the answer: only then can the ranker put one first. */
    public boolean reachable() {
        for (boolean l : labels) {
            if (l) {
                return true;
            }
        }
        return false;
    }

    /** Sentences in the pool. */
    public int size() {
        return labels.length;
    }
}
