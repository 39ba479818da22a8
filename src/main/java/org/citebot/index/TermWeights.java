package org.citebot.index;

/**
 * How telling an analysed term is in the corpus: a rare word of the question (« Islande »)
 * matters more than a common one (« ville »), and a word no passage holds at all tells that
 * the corpus cannot answer.
 */
public interface TermWeights {

    /** Inverse document frequency of {@code term} over passages; 0 for a term of every passage. */
    double idf(String term);

    /** BM25's inverse document frequency of a term held by {@code docFreq} of {@code docs} passages. */
    static double bm25Idf(long docFreq, long docs) {
        long n = Math.max(1, docs);
        return Math.log(1 + (n - docFreq + 0.5) / (docFreq + 0.5));
    }

    /**
     * Inverse document frequency over passages of every word sharing {@code term}'s first
     * {@link #STEM_PREFIX} letters: how rare the word is whatever its ending. A verb's tense
     * (« cartographié ») is rare as written though its verb is not; a noun's stem counts its
     * derived forms too. By default the word's own {@link #idf}.
     */
    default double stemIdf(String term) {
        return idf(term);
    }

    /** Letters {@link #stemIdf} compares words by. */
    int STEM_PREFIX = 5;

    /** Whether any passage holds {@code term} exactly or within a small edit distance. */
    boolean known(String term);
}
