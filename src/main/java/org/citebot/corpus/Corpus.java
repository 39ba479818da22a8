package org.citebot.corpus;

import java.util.List;
import java.util.Optional;

/**
 * The loaded articles, in file-name order, with the warnings met while loading them.
 *
 * @param documents the usable documents
 * @param warnings  one line per file that was skipped or decoded with a fallback
 */
public record Corpus(List<Document> documents, List<String> warnings) {

    public Corpus {
        documents = List.copyOf(documents);
        warnings = List.copyOf(warnings);
    }

    /** The document of {@code id}; a scan, for tools and tests (the answerer keeps a map). */
    public Optional<Document> byId(String id) {
        return documents.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
