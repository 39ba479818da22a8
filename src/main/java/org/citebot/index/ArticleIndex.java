package org.citebot.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.citebot.corpus.Corpus;
import org.citebot.corpus.Document;

/**
 * Whole articles (title + content), scored with BM25 against a question: which article is
 * about the question at all. {@link LucenePassageIndex} mixes this into each passage's score,
 * so that a sentence whose words match by chance in an unrelated article ranks below one of
 * the article the question is about.
 */
final class ArticleIndex implements AutoCloseable {


    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final QueryBuilder builder;
    /** Document id by Lucene doc id, read once: stored fields cost a block decompression per hit. */
    private final String[] ids;

    private ArticleIndex(Directory directory, DirectoryReader reader, QueryBuilder builder) throws IOException {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new WeightCachingSearcher(reader);
        this.builder = builder;
        this.ids = new String[reader.maxDoc()];
        var stored = reader.storedFields();
        for (int i = 0; i < ids.length; i++) {
            ids[i] = stored.document(i).get(LucenePassageIndex.DOC);
        }
    }

    /** Builds the article index of {@code corpus} in memory. */
    static ArticleIndex build(Corpus corpus, FrenchAnalysis analysis) {
        return build(corpus, analysis, InMemory.directory());
    }

    /** Builds the article index of {@code corpus} into {@code dir} (empty), and opens it. */
    static ArticleIndex build(Corpus corpus, FrenchAnalysis analysis, Directory dir) {
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analysis.documentAnalyzer()))) {
            for (Document doc : corpus.documents()) {
                var d = new org.apache.lucene.document.Document();
                d.add(new StringField(LucenePassageIndex.DOC, doc.id(), Field.Store.YES));
                d.add(new TextField(LucenePassageIndex.TITLE, doc.title(), Field.Store.NO));
                d.add(new TextField(LucenePassageIndex.BODY, IndexedText.articleBody(doc), Field.Store.NO));
                writer.addDocument(d);
            }
            writer.forceMerge(1);
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the article index", e);
        }
        try {
            return open(dir, analysis);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the article index just built", e);
        }
    }

    /**
     * Opens an article index {@link #build built} into {@code dir} earlier: at a large corpus,
     * re-analysing every article at each start costs as much as the rest of the start together.
     */
    static ArticleIndex open(Directory dir, FrenchAnalysis analysis) throws IOException {
        DirectoryReader reader = DirectoryReader.open(dir);
        try {
            return new ArticleIndex(dir, reader, new QueryBuilder(analysis.questionAnalyzer()));
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** BM25 scores of the best articles for {@code question}, by document id. */
    Map<String, Double> scores(String question) {
        return scores(question, null, null);
    }

    /**
     * As {@link #scores(String)}, the question's words taken from {@code analysed} (its query on
     * the passages' sentence field, moved to the article fields by {@code queries}) when given.
     */
    Map<String, Double> scores(String question, PassageQueryBuilder queries, Query analysed) {
        Disjunction q = new Disjunction();
        String words = PassageQueryBuilder.firstWords(question, PassageQueryBuilder.MAX_WORDS);
        // A list, not Map.of: its iteration order changes from run to run, and so would the
        // order of the clauses, the float sums of the scores and the articles at the cut-off.
        for (var field : List.of(Map.entry(LucenePassageIndex.TITLE, PassageQueryBuilder.ARTICLE_TITLE_WEIGHT),
                Map.entry(LucenePassageIndex.BODY, PassageQueryBuilder.ARTICLE_BODY_WEIGHT))) {
            Query fq = queries != null ? queries.fieldQuery(analysed, field.getKey(), words)
                    : builder.createBooleanQuery(field.getKey(), words, BooleanClause.Occur.SHOULD);
            if (fq != null) {
                q.add(fq, field.getValue());
            }
        }
        Map<String, Double> out = new HashMap<>();
        if (q.isEmpty()) {
            return out;
        }
        try {
            for (var hit : LucenePassageIndex.top(searcher, q.build(),
                    PassageRanking.ARTICLES)) {
                out.put(ids[hit.doc], (double) hit.score);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("article search failed", e);
        }
        return out;
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
