package org.citebot.answer;

import java.util.List;
import java.util.Objects;

/**
 * One value found for the question, merged across the documents that state it.
 *
 * @param fact      the value as shown (« 8 manifestants »)
 * @param key       its normalised form (« 8 »)
 * @param citations one citation per supporting document, the strongest first
 * @param score     the merged score: the best candidate's plus a share for each other document
 */
public record Finding(String fact, String key, List<Citation> citations, double score) {

    public Finding {
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(key, "key");
        citations = List.copyOf(citations);
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("a finding needs at least one citation: " + fact);
        }
    }

    /** Documents that state this value. */
    public int documents() {
        java.util.Set<String> docs = new java.util.HashSet<>();
        for (Citation c : citations) {
            docs.add(c.docId());
        }
        return docs.size();
    }
}
