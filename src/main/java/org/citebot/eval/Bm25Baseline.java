package org.citebot.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.citebot.corpus.Corpus;
import org.citebot.corpus.Document;
import org.citebot.text.SentenceSplitter;
import org.citebot.text.Span;

/**
 * The plain baseline citebot is measured against (performance issue, « side by side »): Lucene
 * out of the box, {@link StandardAnalyzer} and BM25 over the articles' paragraphs, the answer
 * being the first sentence of the best paragraph. No question analysis, no extraction, never a
 * decline: what a stock search toolkit gives. Used by {@code eval --baseline} only, never by the
 * answering path.
 */
public final class Bm25Baseline implements AutoCloseable {

    private static final String TEXT = "text";
    private static final String DOC = "doc";
    private static final String START = "start";
    private static final String END = "end";

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final QueryBuilder queries;
    private final java.util.Map<String, Document> documents = new java.util.HashMap<>();
    private final SentenceSplitter sentences;

    private Bm25Baseline(Directory directory, DirectoryReader reader, StandardAnalyzer analyzer, Corpus corpus,
                         SentenceSplitter sentences) {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader); // BM25 is Lucene's default similarity
        this.queries = new QueryBuilder(analyzer);
        corpus.documents().forEach(d -> documents.put(d.id(), d));
        this.sentences = sentences;
    }

    /** Indexes every content paragraph of {@code corpus} in memory. */
    public static Bm25Baseline build(Corpus corpus, SentenceSplitter sentences) {
        StandardAnalyzer analyzer = new StandardAnalyzer();
        Directory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (Document doc : corpus.documents()) {
                for (Span p : doc.paragraphs()) {
                    var d = new org.apache.lucene.document.Document();
                    d.add(new StoredField(DOC, doc.id()));
                    d.add(new StoredField(START, p.start()));
                    d.add(new StoredField(END, p.end()));
                    d.add(new TextField(TEXT, p.of(doc.text()), Field.Store.NO));
                    writer.addDocument(d);
                }
            }
            writer.commit();
            return new Bm25Baseline(dir, DirectoryReader.open(dir), analyzer, corpus, sentences);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the baseline index", e);
        }
    }

    /** The baseline's reply: a document and the first sentence of its best paragraph. */
    public record Reply(String docId, String answer) {
    }

    /** The first sentence of the best paragraph for {@code question}; empty when no word matches. */
    public Optional<Reply> answer(String question) {
        Query q = queries.createBooleanQuery(TEXT, question == null ? "" : question, BooleanClause.Occur.SHOULD);
        if (q == null) {
            return Optional.empty();
        }
        try {
            ScoreDoc[] hits = searcher.search(q, 1).scoreDocs;
            if (hits.length == 0) {
                return Optional.empty();
            }
            var stored = searcher.storedFields().document(hits[0].doc);
            Document doc = documents.get(stored.get(DOC));
            Span paragraph = new Span(stored.getField(START).numericValue().intValue(),
                    stored.getField(END).numericValue().intValue());
            List<Span> ss = sentences.split(doc.text(), paragraph);
            Span first = ss.isEmpty() ? paragraph : ss.get(0);
            return Optional.of(new Reply(doc.id(), first.of(doc.text())));
        } catch (IOException e) {
            throw new UncheckedIOException("baseline search failed", e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
