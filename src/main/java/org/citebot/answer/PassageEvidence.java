package org.citebot.answer;

import java.util.ArrayList;
import java.util.List;
import org.citebot.corpus.Document;
import org.citebot.index.ScoredPassage;
import org.citebot.text.Span;

/**
 * What one retrieved passage shows about the question: how much of the question's weight it
 * covers, and where the question's words stand in it.
 *
 * @param passage          the passage
 * @param coverage         share of the question's term weight (idf) present in the sentence, its
 *                         neighbours or the article title, in [0, 1]
 * @param sentenceCoverage the same share counted in the sentence alone
 * @param relative         retrieval score relative to the best passage, in [0, 1]
 * @param hits             the question's words found in the passage's context
 * @param totalWeight      the question's whole term weight
 * @param rarestCovered    whether the question's most telling word is in the passage's context or
 *                         its article's title or outlet (always true for a one-word question)
 * @param topicalCoverage  share of the weight of the question's topical words (nouns, names) in
 *                         the sentence (1 when it has none)
 * @param relationCoverage share of the weight of the question's verbs in the sentence: the
 *                         relation asked about (« né », « fondé »); 1 when it has none
 * @param phraseOverlap    share of the question's consecutive word pairs the sentence holds
 *                         together, in order ({@link #phraseOverlap(List, Span, int)})
 * @param rarestTerm       index of the question's most telling term (highest weight, any kind),
 *                         -1 when it has none
 */
public record PassageEvidence(ScoredPassage passage, double coverage, double sentenceCoverage, double relative,
                              List<Hit> hits, double totalWeight, boolean rarestCovered, double topicalCoverage,
                              double relationCoverage, double phraseOverlap, int rarestTerm,
                              List<Integer> byRarity) {

    /** Evidence that does not rank the question's terms by the rarity of their stems. */
    public PassageEvidence(ScoredPassage passage, double coverage, double sentenceCoverage, double relative,
                           List<Hit> hits, double totalWeight, boolean rarestCovered, double topicalCoverage,
                           double relationCoverage, double phraseOverlap, int rarestTerm) {
        this(passage, coverage, sentenceCoverage, relative, hits, totalWeight, rarestCovered, topicalCoverage,
                relationCoverage, phraseOverlap, rarestTerm, rarestTerm < 0 ? List.of() : List.of(rarestTerm));
    }

    /** Evidence that does not say which question term is the most telling one. */
    public PassageEvidence(ScoredPassage passage, double coverage, double sentenceCoverage, double relative,
                           List<Hit> hits, double totalWeight, boolean rarestCovered, double topicalCoverage,
                           double relationCoverage, double phraseOverlap) {
        this(passage, coverage, sentenceCoverage, relative, hits, totalWeight, rarestCovered, topicalCoverage,
                relationCoverage, phraseOverlap, -1);
    }

    /**
     * How much a question word at the far edge of the window counts less than one right next to
     * the candidate: « né le 27 mai 1920 …, mort le 20 février 1987 » puts each date beside its
     * own verb. It raised precision at equal threshold ({@code docs/EXPERIMENTS.md}).
     */
    static final double LOCAL_DECAY = 0.5;

    /** One question word found in the passage: where, which word, how telling. */
    public record Hit(Span span, int term, double weight, boolean topical) {
    }

    /** Measures {@code passage} against the question's analysed terms and their weights. */
    public static PassageEvidence of(ScoredPassage passage, Document doc, List<QuestionTerm> questionTerms,
                                     double bestScore, AnalyzedText analysis) {
        return of(passage, doc, new QuestionTermMatcher(questionTerms), bestScore, analysis);
    }

    /**
     * Measures {@code passage} against the question's terms, ready for matching: one
     * {@code matcher} serves all of a question's passages.
     */
    public static PassageEvidence of(ScoredPassage passage, Document doc, QuestionTermMatcher matcher,
                                     double bestScore, AnalyzedText analysis) {
        List<QuestionTerm> questionTerms = matcher.terms();
        var p = passage.passage();
        List<AnalyzedText.Term> context = analysis.termsOf(p, doc.text(), p.context());
        int n = questionTerms.size();
        boolean[] inContext = new boolean[n];
        boolean[] inSentence = new boolean[n];
        List<Hit> hits = new ArrayList<>();
        for (AnalyzedText.Term t : context) {
            long mask = matcher.mask(t.term(), t.verbKey()); // a question's terms past the 64th are matched one by one
            for (int i = 0; i < n; i++) {
                if (i < QuestionTermMatcher.MASKED ? (mask & 1L << i) != 0 : matcher.matches(i, t.term())) {
                    QuestionTerm q = questionTerms.get(i);
                    if (q.name() != null && !q.sameWord(t.term(), t.span().of(doc.text()))) {
                        continue; // a name, and the passage writes a common word of its stem
                    }
                    inContext[i] = true;
                    inSentence[i] |= p.sentence().contains(t.span());
                    hits.add(new Hit(t.span(), i, q.weight(), q.topical()));
                }
            }
        }
        // The article's title and outlet name it: « l'article du Journal du Soir » is about all its passages.
        boolean[] inTitle = matcher.inTitle(doc, analysis);
        for (int i = 0; i < n; i++) {
            inContext[i] |= inTitle[i];
        }
        double total = 0;
        double covered = 0;
        double coveredSentence = 0;
        double[] topical = new double[2];
        double[] relation = new double[2];
        int rarest = -1;
        int topicalTerms = 0;
        for (QuestionTerm q : questionTerms) {
            topicalTerms += q.topical() ? 1 : 0;
        }
        boolean rarestCovered = topicalTerms < 2;
        int rarestTerm = -1;
        for (int i = 0; i < n; i++) {
            QuestionTerm q = questionTerms.get(i);
            if (rarestTerm < 0 || q.weight() > questionTerms.get(rarestTerm).weight()) {
                rarestTerm = i;
            }
            total += q.weight();
            covered += inContext[i] ? q.weight() : 0;
            coveredSentence += inSentence[i] ? q.weight() : 0;
            double[] share = q.topical() ? topical : relation;
            share[0] += inSentence[i] ? q.weight() : 0;
            share[1] += q.weight();
            if (topicalTerms >= 2 && q.topical() && (rarest < 0 || q.weight() > questionTerms.get(rarest).weight())) {
                rarest = i;
                rarestCovered = inContext[i];
            }
        }
        double relative = bestScore > 0 ? passage.score() / bestScore : 0;
        return new PassageEvidence(passage, total > 0 ? covered / total : 0,
                total > 0 ? coveredSentence / total : 0, relative, List.copyOf(hits), total, rarestCovered,
                topical[1] > 0 ? topical[0] / topical[1] : 1, relation[1] > 0 ? relation[0] / relation[1] : 1,
                phraseOverlap(hits, p.sentence(), n), rarestTerm, matcher.byRarity());
    }

    /**
     * Share of the question's weight found in the sentence within {@code window} characters of
     * {@code span}, each word counting less the farther it stands: the words that stand around an answer say what it answers (« décédé en
     * 1883 » against « né en 1812 » for « en quelle année est-il décédé ? »).
     */
    public double localCoverage(Span span, int window) {
        return localCoverage(span, window, h -> true);
    }

    /**
     * As {@link #localCoverage(Span, int)}, counting only the question words {@code which}
     * accepts, over their own total weight (the verbs alone: « fabriqués par Béséléel »).
     */
    public double localCoverage(Span span, int window, java.util.function.Predicate<Hit> which) {
        if (totalWeight <= 0) {
            return 0;
        }
        Span sentence = passage.passage().sentence();
        double[] best = new double[termsHit()];
        for (Hit h : hits) {
            int gap = gap(h.span(), span);
            if (which.test(h) && sentence.contains(h.span()) && !h.span().overlaps(span) && gap <= window) {
                double decay = 1.0 - LOCAL_DECAY * gap / window;
                best[h.term()] = Math.max(best[h.term()], h.weight() * decay);
            }
        }
        double sum = 0;
        for (double w : best) {
            sum += w;
        }
        return sum / totalWeight;
    }

    /**
     * Whether one of the question's verbs stands within {@code window} characters after
     * ({@code after}) or before {@code span} in the sentence.
     */
    public boolean verbBeside(Span span, int window, boolean after) {
        Span sentence = passage.passage().sentence();
        for (Hit h : hits) {
            if (h.topical() || !sentence.contains(h.span()) || h.span().overlaps(span)) {
                continue;
            }
            int gap = after ? h.span().start() - span.end() : span.start() - h.span().end();
            if (gap >= 0 && gap <= window) {
                return true;
            }
        }
        return false;
    }

    /**
     * Share of the question's weight found inside {@code region} of the sentence, outside
     * {@code candidate}: the words said in the candidate's own clause.
     */
    public double coverageIn(Span region, Span candidate) {
        if (totalWeight <= 0 || region.length() == 0) {
            return 0;
        }
        double[] best = new double[termsHit()];
        for (Hit h : hits) {
            if (region.contains(h.span()) && !h.span().overlaps(candidate)) {
                best[h.term()] = Math.max(best[h.term()], h.weight());
            }
        }
        double sum = 0;
        for (double w : best) {
            sum += w;
        }
        return sum / totalWeight;
    }

    /**
     * Whether the question's most telling word ({@link #rarestTerm}) stands inside {@code region},
     * outside {@code candidate}: said in the candidate's own clause, not only somewhere in its
     * sentence nor inside the candidate (an answer does not repeat what is asked).
     */
    public boolean rarestIn(Span region, Span candidate) {
        return termIn(rarestTerm, region, candidate);
    }

    /**
     * Whether the question's {@code rank}-th rarest stem ({@link #byRarity}, 0 the rarest) stands
     * inside {@code region}, outside {@code candidate}.
     */
    public boolean rareStemIn(int rank, Span region, Span candidate) {
        return rank < byRarity.size() && termIn(byRarity.get(rank), region, candidate);
    }

    private boolean termIn(int term, Span region, Span candidate) {
        if (term < 0) {
            return false;
        }
        for (Hit h : hits) {
            if (h.term() == term && region.contains(h.span()) && !h.span().overlaps(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** Characters between two question words that still make them one phrase of the sentence. */
    static final int PHRASE_GAP = 12;

    /**
     * Share of the question's consecutive word pairs that the sentence holds in the same order
     * and close together (« exposition universelle », « premier … ministre »): a paraphrased
     * question keeps phrases of its source sentence, and a sentence that merely holds the same
     * words in other places shares few of them.
     */
    static double phraseOverlap(List<Hit> hits, Span sentence, int questionTerms) {
        if (questionTerms < 2) {
            return 0;
        }
        boolean[] pair = new boolean[questionTerms - 1];
        for (Hit a : hits) {
            if (a.term() >= questionTerms - 1 || !sentence.contains(a.span())) {
                continue;
            }
            for (Hit b : hits) {
                int gap = b.span().start() - a.span().end();
                if (b.term() == a.term() + 1 && sentence.contains(b.span()) && gap >= 0 && gap <= PHRASE_GAP) {
                    pair[a.term()] = true;
                }
            }
        }
        int found = 0;
        for (boolean p : pair) {
            found += p ? 1 : 0;
        }
        return found / (double) pair.length;
    }

    /** Share of the question-word weight found in the sentence that stands before {@code span}. */
    public double leftShare(Span span) {
        Span sentence = passage.passage().sentence();
        double left = 0;
        double all = 0;
        for (Hit h : hits) {
            if (sentence.contains(h.span()) && !h.span().overlaps(span)) {
                all += h.weight();
                left += h.span().end() <= span.start() ? h.weight() : 0;
            }
        }
        return all == 0 ? 0.5 : left / all;
    }

    /**
     * Characters between {@code span} and the nearest question word in the sentence (not inside
     * the span); {@link Integer#MAX_VALUE} when the sentence holds none.
     */
    public int nearestHit(Span span) {
        Span sentence = passage.passage().sentence();
        int best = Integer.MAX_VALUE;
        for (Hit h : hits) {
            if (sentence.contains(h.span()) && !h.span().overlaps(span)) {
                best = Math.min(best, gap(h.span(), span));
            }
        }
        return best;
    }

    /** One more than the highest question-word index among the hits: the size of a per-word array. */
    private int termsHit() {
        int max = -1;
        for (Hit h : hits) {
            max = Math.max(max, h.term());
        }
        return max + 1;
    }

    private static int gap(Span a, Span b) {
        return Math.max(0, a.end() <= b.start() ? b.start() - a.end() : a.start() - b.end());
    }
}
