package org.citebot.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import org.citebot.corpus.Document;
import org.citebot.index.IndexedText;
import org.citebot.index.LucenePassageIndex;
import org.citebot.index.Passage;
import org.citebot.text.Span;

/**
 * A passage as an OpenSearch document and back: the indexed texts ({@link IndexedText}, the
 * embedded index's fields), and what rebuilds the very same {@link Passage} (document id,
 * ordinal, the six offsets). The passage's rank in the corpus ({@value #SEQ}) breaks score ties
 * in corpus order, as Lucene's document ids do in the embedded index.
 */
final class PassageSource {

    static final String SEQ = "seq";
    static final String ORD = "ord";
    static final String SPANS = "spans";
    /** The SHA-256 of the article's text: a passage of another version of it is not served. */
    static final String TEXT_SHA = "text_sha256";

    private PassageSource() {
    }

    /** The document id of passage {@code p}: its document's id and its ordinal, unique in a corpus. */
    static String id(Passage p) {
        return p.docId() + "#" + p.ordinal();
    }

    static ObjectNode passage(Document doc, Passage p, int seq) {
        IndexedText text = IndexedText.of(doc, p);
        ObjectNode o = ClusterClient.JSON.createObjectNode();
        o.put(LucenePassageIndex.DOC, doc.id());
        o.put(TEXT_SHA, textHash(doc));
        o.put(ORD, p.ordinal());
        o.put(SEQ, seq);
        var spans = o.putArray(SPANS);
        for (Span s : new Span[] {p.sentence(), p.context(), p.paragraph()}) {
            spans.add(s.start()).add(s.end());
        }
        o.put(LucenePassageIndex.SENTENCE, text.sentence());
        o.put(LucenePassageIndex.CONTEXT, text.context());
        o.put(LucenePassageIndex.PARAGRAPH, text.paragraph());
        text.title().ifPresent(t -> o.put(LucenePassageIndex.TITLE, t));
        o.put(LucenePassageIndex.SOURCE, text.source());
        return o;
    }

    static ObjectNode article(Document doc) {
        ObjectNode o = ClusterClient.JSON.createObjectNode();
        o.put(LucenePassageIndex.DOC, doc.id());
        o.put(LucenePassageIndex.TITLE, doc.title());
        o.put(LucenePassageIndex.BODY, IndexedText.articleBody(doc));
        return o;
    }

    /** The hex SHA-256 of {@code doc}'s text, as stored with its passages. */
    static String textHash(Document doc) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(doc.text().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /**
     * The passage a search hit's {@code _source} describes, if it fits {@code documents} (by
     * id, with the {@link #textHash} of each): an index loaded from another version of the
     * corpus may name an article this instance does not have, or whose text changed since, and
     * its offsets would quote the wrong words.
     */
    static Optional<Passage> read(JsonNode source, Map<String, Document> documents, Map<String, String> hashes) {
        Document doc = documents.get(source.path(LucenePassageIndex.DOC).asText());
        JsonNode s = source.path(SPANS);
        if (doc == null || s.size() != 6 || s.get(5).asInt() > doc.text().length()
                || !source.path(TEXT_SHA).asText().equals(hashes.get(doc.id()))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Passage(doc.id(), source.path(ORD).asInt(),
                    new Span(s.get(0).asInt(), s.get(1).asInt()), new Span(s.get(2).asInt(), s.get(3).asInt()),
                    new Span(s.get(4).asInt(), s.get(5).asInt())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
