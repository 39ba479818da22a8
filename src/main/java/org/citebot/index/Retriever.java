package org.citebot.index;

import java.util.List;

/**
 * Finds the passages most relevant to a question.
 *
 * <p>Two implementations: the embedded {@link LucenePassageIndex} and, for scale-out, an
 * OpenSearch cluster ({@code org.citebot.index.opensearch}); the answerer cannot tell them apart. Implementations never throw on user text:
 * every character is plain text, never query syntax.
 */
public interface Retriever {

    /**
     * The best {@code k} passages for {@code question}, best first; empty when nothing matches.
     *
     * @param question the user's question, raw
     * @param k        how many passages at most, at least 1
     */
    List<ScoredPassage> search(String question, int k);
}
