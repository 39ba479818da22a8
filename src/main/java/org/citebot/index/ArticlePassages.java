package org.citebot.index;

import java.util.List;

/**
 * Every passage of an article, in text order: what the sentence ranker reads beyond the
 * retriever's hits, since the sentence that answers often shares few of the question's words and
 * is not retrieved although its article is.
 */
public interface ArticlePassages {

    /** The passages of the article {@code docId}, in text order; empty for an unknown article. */
    List<Passage> passagesOf(String docId);

    /** The passages of {@code passages} (any order) grouped by article, each in text order. */
    static ArticlePassages of(List<Passage> passages) {
        java.util.Map<String, List<Passage>> byDoc = new java.util.HashMap<>();
        for (Passage p : passages) {
            byDoc.computeIfAbsent(p.docId(), d -> new java.util.ArrayList<>()).add(p);
        }
        java.util.Map<String, List<Passage>> sorted = new java.util.HashMap<>();
        byDoc.forEach((doc, list) -> {
            list.sort(java.util.Comparator.comparingInt(Passage::ordinal));
            sorted.put(doc, List.copyOf(list));
        });
        java.util.Map<String, List<Passage>> frozen = java.util.Map.copyOf(sorted);
        return docId -> frozen.getOrDefault(docId, List.of());
    }
}
