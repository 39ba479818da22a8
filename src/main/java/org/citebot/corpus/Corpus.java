package org.citebot.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    public Optional<Document> byId(String id) {
        return documents.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** Documents by id, in corpus order. */
    public Map<String, Document> byId() {
        Map<String, Document> map = new LinkedHashMap<>();
        documents.forEach(d -> map.put(d.id(), d));
        return map;
    }
}
