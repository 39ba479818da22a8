package org.citebot.index.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citebot.config.ConfigDir;
import org.citebot.corpus.CorpusLoader;
import org.citebot.corpus.Document;
import org.citebot.index.Passage;
import org.citebot.index.PassageSplitter;
import org.citebot.text.IcuSentenceSplitter;
import org.junit.jupiter.api.Test;

/** Passages to OpenSearch documents and back: the same passage, or none when the article differs. */
class PassageSourceTest {

    private final List<Document> docs = CorpusLoader.fromConfig(new ConfigDir(Path.of("config")))
            .load(Path.of("seeds")).documents();
    private final PassageSplitter splitter = new PassageSplitter(new IcuSentenceSplitter());

    private Map<String, Document> byId() {
        Map<String, Document> out = new HashMap<>();
        docs.forEach(d -> out.put(d.id(), d));
        return out;
    }

    private Map<String, String> hashes() {
        Map<String, String> out = new HashMap<>();
        docs.forEach(d -> out.put(d.id(), PassageSource.textHash(d)));
        return out;
    }

    @Test
    void everySeedPassageComesBackIdentical() {
        int n = 0;
        for (Document doc : docs) {
            for (Passage p : splitter.split(doc)) {
                ObjectNode source = PassageSource.passage(doc, p, n++);
                assertEquals(Optional.of(p), PassageSource.read(source, byId(), hashes()), PassageSource.id(p));
                assertEquals(p.sentence().of(doc.text()), source.path("sentence").asText());
            }
        }
        assertTrue(n > 50, "passages: " + n);
    }

    @Test
    void aPassageOfAnotherVersionOfTheArticleIsNotServed() {
        Document doc = docs.get(0);
        Passage p = splitter.split(doc).get(1);
        ObjectNode source = PassageSource.passage(doc, p, 1);
        Map<String, String> changed = hashes();
        changed.put(doc.id(), "0".repeat(64));
        assertFalse(PassageSource.read(source, byId(), changed).isPresent(), "text changed since the load");
        Map<String, Document> without = byId();
        without.remove(doc.id());
        assertFalse(PassageSource.read(source, without, hashes()).isPresent(), "article gone");
        source.withArray("spans").set(5, doc.text().length() + 1);
        assertFalse(PassageSource.read(source, byId(), hashes()).isPresent(), "offsets beyond the text");
    }

    @Test
    void articlesHoldTitleAndBody() {
        Document doc = docs.get(0);
        ObjectNode a = PassageSource.article(doc);
        assertEquals(doc.title(), a.path("title").asText());
        assertTrue(a.path("body").asText().contains(doc.paragraphs().get(1).of(doc.text())));
    }
}
