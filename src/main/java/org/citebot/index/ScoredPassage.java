package org.citebot.index;

import java.util.Objects;

/** A retrieved passage and its retrieval score (higher is better, comparable within one search). */
public record ScoredPassage(Passage passage, double score) {

    public ScoredPassage {
        Objects.requireNonNull(passage, "passage");
    }
}
