package org.citebot.eval;

import java.util.List;
import java.util.Objects;

/**
 * One gold question of an evaluation file (JSON Lines, the format of the shared evaluation
 * README): the question, its type (NONE when the articles do not hold the answer), acceptable
 * answers, and the prefixes of the supporting documents' file names.
 */
public record GoldQuestion(String id, String question, String type, List<String> answers, List<String> docs,
                           String evidence) {

    public GoldQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(type, "type");
        answers = List.copyOf(answers);
        docs = List.copyOf(docs);
        evidence = evidence == null ? "" : evidence;
    }

    /** Whether the right reply is to decline. */
    public boolean unanswerable() {
        return answers.isEmpty();
    }

    /** Whether {@code docId} (a file name) is one of the supporting documents. */
    public boolean supportedBy(String docId) {
        String base = docId.substring(docId.lastIndexOf('/') + 1);
        return docs.stream().anyMatch(base::startsWith);
    }
}
