package org.citebot.answer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.citebot.text.Span;

/**
 * Runs the index's document analysis over a piece of a document and keeps each term's span, so
 * the answerer can see where the question's words stand in a passage (and how close a candidate
 * is to them) with exactly the matching rules retrieval used.
 */
public final class AnalyzedText {

    /**
     * One analysed term, where its word stands in the document text, and its
     * {@link QuestionTerm#verbKey verb key}: worked out once when a passage is first analysed
     * rather than for every question that reads it (it was a seventh of an answer's CPU).
     */
    public record Term(String term, Span span, String verbKey) {

        public Term(String term, Span span) {
            this(term, span, QuestionTerm.verbKey(term));
        }
    }

    /** Entries each memo keeps before starting over: bounded memory whatever the corpus size. */
    static final int MEMO_SIZE = 20_000;

    private final Analyzer analyzer;
    private final Map<String, List<String>> words = new ConcurrentHashMap<>();
    private final Map<Object, List<Term>> memoRegions = new ConcurrentHashMap<>();
    private final Map<String, List<Term>> keyedWords = new ConcurrentHashMap<>();

    public AnalyzedText(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * The terms of a passage's context, remembered: the same passages come back question after
     * question, and analysing them was the answerer's largest cost.
     *
     * @param key the passage (or anything that names one document region and equals itself only)
     */
    public List<Term> termsOf(Object key, String text, Span region) {
        List<Term> cached = memoRegions.get(key);
        if (cached != null) {
            return cached;
        }
        if (memoRegions.size() >= MEMO_SIZE) {
            memoRegions.clear();
        }
        List<Term> terms = List.copyOf(terms(text, region));
        memoRegions.put(key, terms);
        return terms;
    }


    /** The terms of {@code text} within {@code region}, in the offsets of {@code text}. */
    public List<Term> terms(String text, Span region) {
        List<Term> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("t", region.of(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Term(term.toString(), new Span(region.start() + offset.startOffset(),
                        region.start() + offset.endOffset())));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The analysed terms of a free text with their verb keys (offsets within {@code text}),
     * remembered: an article's title is matched against every question for each of its passages,
     * and working its words' verb keys out again each time was a fortieth of an answer.
     */
    public List<Term> keyedTerms(String text) {
        List<Term> cached = keyedWords.get(text);
        if (cached != null) {
            return cached;
        }
        if (keyedWords.size() >= MEMO_SIZE) {
            keyedWords.clear();
        }
        List<Term> terms = List.copyOf(terms(text, new Span(0, text.length())));
        keyedWords.put(text, terms);
        return terms;
    }

    /** The analysed terms of a free text (a question's word, a title, a name), remembered. */
    public List<String> terms(String text) {
        List<String> cached = words.get(text);
        if (cached != null) {
            return cached;
        }
        if (words.size() >= MEMO_SIZE) {
            words.clear();
        }
        List<String> terms = terms(text, new Span(0, text.length())).stream().map(Term::term).toList();
        words.put(text, terms);
        return terms;
    }
}
