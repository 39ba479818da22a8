package org.citebot.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a raw question into a Lucene query over the passage fields.
 *
 * <p>User text never meets a query parser: {@link QueryBuilder} analyses it as plain text (so
 * « ? », « : », « ( », « * » or « AND » are just characters) and expands synonym graphs. Each
 * field gets its own weight: the sentence counts most, then its neighbours, its paragraph and the
 * article's title. A word the index does not know (« manifestannts ») is looked up with edit
 * distance instead, weighted lower.
 */
public final class PassageQueryBuilder {

    /** Field weights, tuned on the dev questions and PIAF dev as a whole (never per question). */
    public static final float SENTENCE_WEIGHT = 1.0f;
    public static final float CONTEXT_WEIGHT = 0.5f;
    public static final float PARAGRAPH_WEIGHT = 1.5f;
    public static final float TITLE_WEIGHT = 0.4f;
    /** The article's outlet and date: « l'article du Journal du Soir », « la dépêche du 18/10/2021 ». */
    public static final float SOURCE_WEIGHT = 0.5f;
    /** Words of a question searched at most, and unknown words looked up by edit distance at most. */
    public static final int MAX_WORDS = 40;
    public static final int MAX_FUZZY = 5;
    /** Weights of an article's title and body in the article-level score. */
    public static final float ARTICLE_TITLE_WEIGHT = 1.0f;
    public static final float ARTICLE_BODY_WEIGHT = 1.0f;
    /** Shortest analysed word looked up by edit distance when the index does not know it. */
    public static final int MIN_FUZZY_LENGTH = 4;
    /** Weight of an edit-distance match for a word the index does not know. */
    public static final float FUZZY_WEIGHT = 0.6f;

    /** Unknown words whose edit-distance expansion is kept before the memory starts over. */
    static final int FUZZY_CACHE_SIZE = 10_000;

    private final Analyzer questionAnalyzer;
    private final TermStatsCache stats;
    private final IndexSearcher rewriter;
    private final QueryBuilder builder;
    /**
     * Edit-distance queries already expanded into the index's terms: building a Levenshtein
     * automaton and walking the term dictionary with it was a third of a search's time, and
     * the index never changes under this builder.
     */
    private final Map<String, Query> fuzzyExpansions = new ConcurrentHashMap<>();

    PassageQueryBuilder(Analyzer questionAnalyzer, TermStatsCache stats) {
        this.questionAnalyzer = questionAnalyzer;
        this.stats = stats;
        this.rewriter = new IndexSearcher(stats.reader());
        this.builder = new QueryBuilder(questionAnalyzer);
    }

    /** The query for {@code question}, or empty when no searchable word is left in it. */
    Optional<Query> build(String text) {
        return build(text, analysed(text));
    }

    /** As {@link #build(String)}, given {@link #analysed the question's query on the sentence field}. */
    Optional<Query> build(String text, Query analysed) {
        String question = firstWords(text, MAX_WORDS);
        // The question's own words first: a word also found by edit distance for a typo keeps
        // its own statistics, the expansion only adds its weight (see Disjunction).
        Disjunction q = new Disjunction();
        add(q, analysed, LucenePassageIndex.SENTENCE, question, SENTENCE_WEIGHT);
        add(q, analysed, LucenePassageIndex.CONTEXT, question, CONTEXT_WEIGHT);
        add(q, analysed, LucenePassageIndex.PARAGRAPH, question, PARAGRAPH_WEIGHT);
        add(q, analysed, LucenePassageIndex.TITLE, question, TITLE_WEIGHT);
        add(q, analysed, LucenePassageIndex.SOURCE, question, SOURCE_WEIGHT);
        for (String unknown : unknownTerms(question).stream().limit(MAX_FUZZY).toList()) {
            q.add(fuzzy(unknown), FUZZY_WEIGHT);
        }
        return q.isEmpty() ? Optional.empty() : Optional.of(q.build());
    }

    /** The edit-distance query for {@code unknown}, expanded into the index's terms once. */
    private Query fuzzy(String unknown) {
        Query cached = fuzzyExpansions.get(unknown);
        if (cached != null) {
            return cached;
        }
        if (fuzzyExpansions.size() >= FUZZY_CACHE_SIZE) {
            fuzzyExpansions.clear(); // bounded: typos are many, a chat's vocabulary is not
        }
        Query query = new FuzzyQuery(new Term(LucenePassageIndex.SENTENCE, unknown), fuzzyEdits(unknown));
        try {
            query = rewriter.rewrite(query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fuzzyExpansions.put(unknown, query);
        return query;
    }

    /** What {@link #firstWords} splits at, compiled once ({@code String.split} compiles it at every call). */
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    /**
     * The first {@code max} words of {@code text}: a question is short, and a pasted page would
     * otherwise expand into more clauses than Lucene accepts (1,024).
     */
    public static String firstWords(String text, int max) {
        String[] words = WHITESPACE.split(text.strip(), max + 1);
        return words.length <= max ? text : String.join(" ", java.util.Arrays.copyOf(words, max));
    }

    /**
     * The start of {@code text} up to its {@code max}-th analysed word. Unlike {@link #firstWords},
     * it shortens text without spaces too: Chinese or Japanese, where every character is a word,
     * or a run of symbols.
     */
    String firstAnalysedWords(String text, int max) {
        return firstAnalysedWords(questionAnalyzer, text, max);
    }

    /** As {@link #firstAnalysedWords(String, int)}, the words as {@code analyzer} finds them. */
    public static String firstAnalysedWords(Analyzer analyzer, String text, int max) {
        int end = 0;
        int words = 0;
        try (TokenStream ts = analyzer.tokenStream(LucenePassageIndex.SENTENCE, text)) {
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (words < max && ts.incrementToken()) {
                end = Math.max(end, offset.endOffset());
                words++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.substring(0, Math.min(end, text.length()));
    }

    /** Edits allowed when looking up an unknown word: two from six letters on, one below. */
    public static int fuzzyEdits(String term) {
        return term.length() >= 6 ? 2 : 1;
    }

    /** Whether an analysed question word may be looked up by edit distance (when unknown). */
    public static boolean fuzzyCandidate(String term) {
        return term.length() >= MIN_FUZZY_LENGTH && !term.contains(" ");
    }

    /**
     * Adds the clauses of {@code text} in {@code field}, weighted, to {@code q}: each (field, word)
     * becomes a clause of one flat disjunction (see {@link Disjunction#add}).
     */
    private void add(Disjunction q, Query analysed, String field, String text, float weight) {
        Query fieldQuery = fieldQuery(analysed, field, text);
        if (fieldQuery != null) {
            q.add(fieldQuery, weight);
        }
    }

    /**
     * {@code text}'s query on {@code field}: {@code analysed} (its query on the sentence field, null
     * when no word is left) moved to {@code field}, else built by analysing {@code text} again.
     */
    Query fieldQuery(Query analysed, String field, String text) {
        if (analysed == null) {
            return null;
        }
        return FieldRetarget.to(analysed, field)
                .orElseGet(() -> builder.createBooleanQuery(field, text, BooleanClause.Occur.SHOULD));
    }

    /** The question's query on the sentence field (null when no word is left), to be moved to others. */
    Query analysed(String text) {
        return builder.createBooleanQuery(LucenePassageIndex.SENTENCE, firstWords(text, MAX_WORDS),
                BooleanClause.Occur.SHOULD);
    }

    /**
     * Analysed question words of four letters or more that no passage contains, the question's own
     * ({@link FrenchAnalysis#ownTerms}: not those a synonym rule added).
     */
    private Set<String> unknownTerms(String question) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : FrenchAnalysis.ownTerms(questionAnalyzer, question)) {
            if (fuzzyCandidate(t)
                    && stats.docFreq(LucenePassageIndex.SENTENCE, t) == 0
                    && stats.docFreq(LucenePassageIndex.PARAGRAPH, t) == 0) {
                out.add(t);
            }
        }
        return out;
    }
}
