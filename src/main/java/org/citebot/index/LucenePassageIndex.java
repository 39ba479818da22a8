package org.citebot.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.citebot.corpus.Corpus;
import org.citebot.corpus.Document;
import org.citebot.text.Span;

/**
 * The embedded Lucene index of a corpus' sentence passages.
 *
 * <p>One Lucene document per sentence, with four analysed fields: the sentence itself, its
 * neighbours ({@code context}), its paragraph and its article's title. A question is matched
 * against all four with decreasing weights (see {@link PassageQueryBuilder}), so that a sentence
 * that names the subject only through its paragraph or title still ranks.
 *
 * <p>Immutable once built and safe for concurrent searches.
 */
public final class LucenePassageIndex implements Retriever, TermWeights, AutoCloseable {

    static final String DOC = "doc";
    static final String ORDINAL = "ord";
    static final String SENTENCE = "sentence";
    static final String CONTEXT = "context";
    static final String PARAGRAPH = "paragraph";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String SOURCE = "source";
    /** Version of the fields written per passage, part of a persisted index's fingerprint. */
    public static final int SCHEMA_VERSION = 3;
    /** Stored offsets of a passage: sentence, context, paragraph (start and end each). */
    private static final String[] SPANS = {"s0", "s1", "c0", "c1", "p0", "p1"};

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LucenePassageIndex.class);
    /** Words searched when a question is too wide for one query. */
    static final int SHORT_QUESTION_WORDS = 8;
    /** Passages re-ranked with their article's score before the best {@code k} are kept. */
    static final int CANDIDATE_POOL = 50;
    /** Weight of the article's relative score against the passage's relative score. */
    static final double ARTICLE_WEIGHT = 0.3;

    static final double SAME_DOCUMENT_DECAY = 0.7;
    /** Words whose {@link #known} answer is kept before the memory starts over. */
    static final int KNOWN_CACHE_SIZE = 50_000;

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final PassageQueryBuilder queries;
    private final List<Passage> passagesByLuceneId;
    private final ArticleIndex articles;
    /** Answers of {@link #known}, which builds edit-distance automata: worth remembering. */
    private final java.util.concurrent.ConcurrentHashMap<String, Boolean> knownTerms =
            new java.util.concurrent.ConcurrentHashMap<>();

    private LucenePassageIndex(Directory directory, DirectoryReader reader, PassageQueryBuilder queries,
                               List<Passage> passagesByLuceneId, ArticleIndex articles) {
        this.articles = articles;
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(new BM25Similarity());
        this.queries = queries;
        this.passagesByLuceneId = passagesByLuceneId;
    }

    /** Builds an in-memory index of every passage of {@code corpus}. */
    public static LucenePassageIndex build(Corpus corpus, PassageSplitter splitter, FrenchAnalysis analysis) {
        return build(corpus, splitter, analysis, new ByteBuffersDirectory(), new ByteBuffersDirectory());
    }

    /**
     * Builds the index of every passage of {@code corpus} into {@code dir} and the index of its
     * whole articles into {@code articleDir} (both empty), and opens them.
     */
    public static LucenePassageIndex build(Corpus corpus, PassageSplitter splitter, FrenchAnalysis analysis,
                                           Directory dir, Directory articleDir) {
        Objects.requireNonNull(corpus, "corpus");
        Analyzer docAnalyzer = analysis.documentAnalyzer();
        List<Passage> passages = new ArrayList<>();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(docAnalyzer)
                .setSimilarity(new BM25Similarity()))) {
            for (Document doc : corpus.documents()) {
                for (Passage p : splitter.split(doc)) {
                    writer.addDocument(luceneDocument(doc, p));
                    passages.add(p);
                }
            }
            writer.forceMerge(1);
            writer.commit();
            DirectoryReader reader = DirectoryReader.open(dir);
            ArticleIndex articles = ArticleIndex.build(corpus, analysis, articleDir);
            return new LucenePassageIndex(dir, reader,
                    new PassageQueryBuilder(analysis.questionAnalyzer(), reader), List.copyOf(passages), articles);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the passage index", e);
        }
    }

    /**
     * Opens an index {@link #build built} into {@code dir} and {@code articleDir} earlier for the
     * same {@code corpus}; the passages come back from the stored fields.
     *
     * @throws IOException when the index cannot be read or does not fit the corpus: the caller
     *                     rebuilds it, never serves it
     */
    public static LucenePassageIndex open(Directory dir, Directory articleDir, Corpus corpus, FrenchAnalysis analysis)
            throws IOException {
        DirectoryReader reader = DirectoryReader.open(dir);
        try {
            Map<String, Document> docs = new HashMap<>();
            corpus.documents().forEach(d -> docs.put(d.id(), d));
            List<Passage> passages = new ArrayList<>(reader.maxDoc());
            var stored = reader.storedFields();
            for (int i = 0; i < reader.maxDoc(); i++) {
                var d = stored.document(i);
                Document doc = docs.get(d.get(DOC));
                int[] s = new int[SPANS.length];
                for (int k = 0; k < SPANS.length; k++) {
                    var f = d.getField(SPANS[k]);
                    if (f == null || f.numericValue() == null) {
                        throw new IOException("passage " + i + " has no " + SPANS[k]);
                    }
                    s[k] = f.numericValue().intValue();
                }
                if (doc == null || s[5] > doc.text().length()) {
                    throw new IOException("passage " + i + " does not fit the corpus (" + d.get(DOC) + ")");
                }
                passages.add(new Passage(doc.id(), d.getField(ORDINAL).numericValue().intValue(),
                        new Span(s[0], s[1]), new Span(s[2], s[3]), new Span(s[4], s[5])));
            }
            return new LucenePassageIndex(dir, reader, new PassageQueryBuilder(analysis.questionAnalyzer(), reader),
                    List.copyOf(passages), ArticleIndex.open(articleDir, analysis));
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }

    private static org.apache.lucene.document.Document luceneDocument(Document doc, Passage p) {
        var d = new org.apache.lucene.document.Document();
        d.add(new StringField(DOC, doc.id(), Field.Store.YES));
        d.add(new StoredField(ORDINAL, p.ordinal()));
        int[] spans = {p.sentence().start(), p.sentence().end(), p.context().start(), p.context().end(),
                p.paragraph().start(), p.paragraph().end()};
        for (int k = 0; k < SPANS.length; k++) {
            d.add(new StoredField(SPANS[k], spans[k]));
        }
        d.add(new TextField(SENTENCE, p.sentence().of(doc.text()), Field.Store.NO));
        d.add(new TextField(CONTEXT, p.context().of(doc.text()), Field.Store.NO));
        d.add(new TextField(PARAGRAPH, p.paragraph().of(doc.text()), Field.Store.NO));
        if (!p.sentence().of(doc.text()).equals(doc.title())) {
            // The title line is itself a passage: its words already count in its sentence field.
            d.add(new TextField(TITLE, doc.title(), Field.Store.NO));
        }
        d.add(new TextField(SOURCE, source(doc), Field.Store.NO));
        return d;
    }

    /** The outlet and date of a document as words (« Le Journal du Soir 19 octobre 2021 19/10/2021 »). */
    static String source(Document doc) {
        StringBuilder s = new StringBuilder();
        doc.outlet().ifPresent(o -> s.append(o).append(' '));
        doc.date().ifPresent(d -> s.append(d.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu dd/MM/uuuu",
                java.util.Locale.FRENCH))));
        return s.toString();
    }

    @Override
    public List<ScoredPassage> search(String question, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        String text = question == null ? "" : question;
        try {
            return searchOrThrow(text, k);
        } catch (IndexSearcher.TooManyClauses e) {
            // Words that expand a lot (synonyms, typos) can still exceed Lucene's clause limit:
            // the start of the question is searched instead.
            LOG.debug("question too wide for one query, shortened: {}", e.toString());
            return searchOrThrow(PassageQueryBuilder.firstWords(text, SHORT_QUESTION_WORDS), k);
        }
    }

    private List<ScoredPassage> searchOrThrow(String question, int k) {
        var analysed = queries.analysed(question);
        var query = queries.build(question, analysed);
        if (query.isEmpty()) {
            return List.of();
        }
        try {
            var hits = top(searcher, query.get(), Math.max(k, CANDIDATE_POOL));
            if (hits.length == 0) {
                return List.of();
            }
            Map<String, Double> articleScores = articles.scores(question, queries, analysed);
            double bestArticle = articleScores.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
            double bestPassage = hits[0].score;
            List<ScoredPassage> out = new ArrayList<>(hits.length);
            for (var hit : hits) {
                Passage p = passagesByLuceneId.get(hit.doc);
                double article = articleScores.getOrDefault(p.docId(), 0.0) / bestArticle;
                out.add(new ScoredPassage(p, bestPassage * (hit.score / bestPassage + ARTICLE_WEIGHT * article)));
            }
            out.sort(java.util.Comparator.comparingDouble(ScoredPassage::score).reversed());
            List<ScoredPassage> diverse = diversify(out);
            return List.copyOf(diverse.subList(0, Math.min(k, diverse.size())));
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    /**
     * The best {@code n} hits of {@code query}, best first (ties by index order). Unlike
     * {@link IndexSearcher#search(org.apache.lucene.search.Query, int)}, which counts the first
     * thousand matches exactly, nothing is counted: Lucene may skip every document that cannot
     * enter the top {@code n} as soon as it holds {@code n}, which is what keeps a question over a
     * million passages from scoring every passage that shares a word with it. Same hits, same
     * scores.
     */
    static org.apache.lucene.search.ScoreDoc[] top(IndexSearcher searcher, org.apache.lucene.search.Query query,
                                                   int n) throws IOException {
        int capped = Math.max(1, Math.min(n, searcher.getIndexReader().maxDoc()));
        return searcher.search(query, new org.apache.lucene.search.TopScoreDocCollectorManager(capped, capped)).scoreDocs;
    }

    /**
     * Lowers each further passage of a document already ranked ({@link #SAME_DOCUMENT_DECAY}
     * per passage), so that the first passages span several articles: a reader (and the
     * answerer's agreement count) gains more from a second article than from a fifth sentence
     * of the first one.
     */
    private static List<ScoredPassage> diversify(List<ScoredPassage> ranked) {
        Map<String, Integer> seen = new HashMap<>();
        List<ScoredPassage> out = new ArrayList<>(ranked.size());
        for (ScoredPassage p : ranked) {
            int n = seen.merge(p.passage().docId(), 1, Integer::sum) - 1;
            out.add(new ScoredPassage(p.passage(), p.score() * Math.pow(SAME_DOCUMENT_DECAY, n)));
        }
        out.sort(java.util.Comparator.comparingDouble(ScoredPassage::score).reversed());
        return out;
    }

    @Override
    public double idf(String term) {
        try {
            long df = reader.docFreq(new Term(CONTEXT, term));
            int n = Math.max(1, reader.numDocs());
            return Math.log(1 + (n - df + 0.5) / (df + 0.5));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean known(String term) {
        Boolean cached = knownTerms.get(term);
        if (cached != null) {
            return cached;
        }
        if (knownTerms.size() >= KNOWN_CACHE_SIZE) {
            knownTerms.clear(); // bounded: chat vocabularies are small, hostile input is not
        }
        boolean known = lookUp(term);
        knownTerms.put(term, known);
        return known;
    }

    /** Whether the index holds {@code term}, a longer form of it, or a typo of it (automata: costly). */
    private boolean lookUp(String term) {
        try {
            if (reader.docFreq(new Term(PARAGRAPH, term)) > 0 || reader.docFreq(new Term(TITLE, term)) > 0) {
                return true;
            }
            if (term.length() < 5) {
                return false;
            }
            // French words change their endings (« supprimés », « supprimant »): a shared stem of
            // all but the last two letters counts, and so does a typo.
            var prefix = new PrefixQuery(new Term(PARAGRAPH, term.substring(0, Math.max(5, term.length() - 2))));
            var fuzzy = new FuzzyQuery(new Term(PARAGRAPH, term), term.length() >= 8 ? 2 : 1);
            return searcher.count(prefix) > 0 || searcher.count(fuzzy) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return passagesByLuceneId.size();
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
            articles.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
