package org.citebot.index;

/**
 * A searchable index of a corpus' passages, with the term statistics the answerer weighs
 * question words by: the embedded {@link LucenePassageIndex} or a cluster
 * ({@code org.citebot.index.opensearch}). The answerer cannot tell them apart.
 */
public interface PassageIndex extends Retriever, TermWeights, AutoCloseable {

    /** Passages indexed. */
    int size();

    /** Releases the index (files, memory or connections); never throws a checked exception. */
    @Override
    void close();
}
