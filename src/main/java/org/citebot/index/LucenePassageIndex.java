package org.citebot.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
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
public final class LucenePassageIndex implements PassageIndex {

    /** Field names, shared with the OpenSearch mappings of {@code config/opensearch/}. */
    public static final String DOC = "doc";
    public static final String ORDINAL = "ord";
    public static final String SENTENCE = "sentence";
    public static final String CONTEXT = "context";
    public static final String PARAGRAPH = "paragraph";
    public static final String TITLE = "title";
    public static final String BODY = "body";
    public static final String SOURCE = "source";
    /** Version of the fields written per passage, part of a persisted index's fingerprint. */
    public static final int SCHEMA_VERSION = 3;
    /** Stored offsets of a passage: sentence, context, paragraph (start and end each). */
    private static final String[] SPANS = {"s0", "s1", "c0", "c1", "p0", "p1"};

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LucenePassageIndex.class);
    /** Words searched when a question is too wide for one query. */
    public static final int SHORT_QUESTION_WORDS = 8;
    /** Words whose {@link #known} answer is kept before the memory starts over. */
    static final int KNOWN_CACHE_SIZE = 50_000;

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final PassageQueryBuilder queries;
    private final TermStatsCache stats;
    private final List<Passage> passagesByLuceneId;
    private final ArticleIndex articles;
    /** Answers of {@link #known}, which builds edit-distance automata: worth remembering. */
    private final ConcurrentHashMap<String, Boolean> knownTerms =
            new ConcurrentHashMap<>();
    /** Answers of {@link #stemIdf}, each a walk of the term dictionary. */
    private final ConcurrentHashMap<String, Double> stemIdfs =
            new ConcurrentHashMap<>();

    private LucenePassageIndex(Directory directory, DirectoryReader reader, Analyzer questionAnalyzer,
                               List<Passage> passagesByLuceneId, ArticleIndex articles) {
        this.articles = articles;
        this.directory = directory;
        this.reader = reader;
        this.searcher = new WeightCachingSearcher(reader);
        this.searcher.setSimilarity(new BM25Similarity());
        this.stats = new TermStatsCache(searcher);
        this.queries = new PassageQueryBuilder(questionAnalyzer, stats);
        this.passagesByLuceneId = passagesByLuceneId;
    }

    /** Builds an in-memory index of every passage of {@code corpus}. */
    public static LucenePassageIndex build(Corpus corpus, PassageSplitter splitter, FrenchAnalysis analysis) {
        return build(corpus, splitter, analysis, InMemory.directory(), InMemory.directory());
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
                Span paragraph = null;
                AnalysedTokens paragraphTokens = null;
                for (Passage p : splitter.split(doc)) {
                    if (!p.paragraph().equals(paragraph)) { // a paragraph's sentences come one after another
                        paragraph = p.paragraph();
                        paragraphTokens = AnalysedTokens.of(docAnalyzer, PARAGRAPH, paragraph.of(doc.text()));
                    }
                    writer.addDocument(luceneDocument(doc, p, paragraphTokens));
                    passages.add(p);
                }
            }
            writer.forceMerge(1);
            writer.commit();
            DirectoryReader reader = DirectoryReader.open(dir);
            ArticleIndex articles = ArticleIndex.build(corpus, analysis, articleDir);
            return new LucenePassageIndex(dir, reader, analysis.questionAnalyzer(), List.copyOf(passages), articles);
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
            return new LucenePassageIndex(dir, reader, analysis.questionAnalyzer(), List.copyOf(passages),
                    ArticleIndex.open(articleDir, analysis));
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }

    /** The Lucene document of passage {@code p}, its paragraph's tokens analysed beforehand. */
    private static org.apache.lucene.document.Document luceneDocument(Document doc, Passage p,
                                                                      AnalysedTokens paragraph) {
        var d = new org.apache.lucene.document.Document();
        d.add(new StringField(DOC, doc.id(), Field.Store.YES));
        d.add(new StoredField(ORDINAL, p.ordinal()));
        int[] spans = {p.sentence().start(), p.sentence().end(), p.context().start(), p.context().end(),
                p.paragraph().start(), p.paragraph().end()};
        for (int k = 0; k < SPANS.length; k++) {
            d.add(new StoredField(SPANS[k], spans[k]));
        }
        IndexedText text = IndexedText.of(doc, p);
        d.add(new TextField(SENTENCE, text.sentence(), Field.Store.NO));
        d.add(new TextField(CONTEXT, text.context(), Field.Store.NO));
        d.add(new TextField(PARAGRAPH, paragraph.stream()));
        text.title().ifPresent(t -> d.add(new TextField(TITLE, t, Field.Store.NO)));
        d.add(new TextField(SOURCE, text.source(), Field.Store.NO));
        return d;
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
            return searchOrThrow(queries.firstAnalysedWords(text, SHORT_QUESTION_WORDS), k);
        }
    }

    private List<ScoredPassage> searchOrThrow(String question, int k) {
        var analysed = queries.analysed(question);
        var query = queries.build(question, analysed);
        if (query.isEmpty()) {
            return List.of();
        }
        try {
            var hits = top(searcher, query.get(), Math.max(k, PassageRanking.CANDIDATE_POOL));
            List<ScoredPassage> scored = new ArrayList<>(hits.length);
            for (var hit : hits) {
                scored.add(new ScoredPassage(passagesByLuceneId.get(hit.doc), hit.score));
            }
            return PassageRanking.rank(scored,
                    scored.isEmpty() ? Map.of() : articles.scores(question, queries, analysed), k);
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

    @Override
    public double idf(String term) {
        return TermWeights.bm25Idf(stats.docFreq(CONTEXT, term), reader.numDocs());
    }

    @Override
    public double stemIdf(String term) {
        if (term.length() <= STEM_PREFIX) {
            return idf(term);
        }
        Double cached = stemIdfs.get(term);
        if (cached != null) {
            return cached;
        }
        if (stemIdfs.size() >= KNOWN_CACHE_SIZE) {
            stemIdfs.clear();
        }
        double idf = TermWeights.bm25Idf(Math.min(reader.numDocs(), stemDocFreq(term.substring(0, STEM_PREFIX))),
                reader.numDocs());
        stemIdfs.put(term, idf);
        return idf;
    }

    /**
     * The summed document frequencies of the context words starting with {@code prefix}: a walk
     * of the term dictionary over those words only, not of their passages (an upper bound of the
     * passages holding one of them).
     */
    private long stemDocFreq(String prefix) {
        try {
            long sum = 0;
            BytesRef p = new BytesRef(prefix);
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(CONTEXT);
                if (terms == null) {
                    continue;
                }
                TermsEnum it = terms.iterator();
                if (it.seekCeil(p) == TermsEnum.SeekStatus.END) {
                    continue;
                }
                for (BytesRef t = it.term(); t != null && StringHelper.startsWith(t, p); t = it.next()) {
                    sum += it.docFreq();
                }
            }
            return sum;
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
            if (stats.docFreq(PARAGRAPH, term) > 0 || stats.docFreq(TITLE, term) > 0) {
                return true;
            }
            if (term.length() < MIN_LOOSE_LENGTH) {
                return false;
            }
            var prefix = new PrefixQuery(new Term(PARAGRAPH, loosePrefix(term)));
            var fuzzy = new FuzzyQuery(new Term(PARAGRAPH, term), looseEdits(term));
            return searcher.count(prefix) > 0 || searcher.count(fuzzy) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Shortest word that {@link #known} also looks up by shared stem or typo. French words change
     * their endings (« supprimés », « supprimant »): a shared stem of all but the last two letters
     * counts, and so does a typo.
     */
    public static final int MIN_LOOSE_LENGTH = 5;

    /** The stem {@link #known} looks for longer forms of: all but the last two letters, five at least. */
    public static String loosePrefix(String term) {
        return term.substring(0, Math.max(MIN_LOOSE_LENGTH, term.length() - 2));
    }

    /** Typo allowance of {@link #known}: two edits from eight letters on, one below. */
    public static int looseEdits(String term) {
        return term.length() >= 8 ? 2 : 1;
    }

    @Override
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
