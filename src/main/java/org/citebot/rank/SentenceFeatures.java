package org.citebot.rank;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citebot.answer.AnalyzedText;
import org.citebot.answer.PassageEvidence;
import org.citebot.answer.QuestionTerm;
import org.citebot.answer.QuestionTermMatcher;
import org.citebot.corpus.Document;
import org.citebot.index.Passage;
import org.citebot.index.ScoredPassage;
import org.citebot.question.AnswerType;
import org.citebot.question.Question;
import org.citebot.text.Span;

/**
 * Measures every sentence of a pool against a question on the {@link SentenceFeature signals}:
 * how much of the question the sentence and its neighbours hold (idf-weighted, with synonyms and
 * the question's verb forms: {@link PassageEvidence}), how close together, what the sentence adds
 * beyond the question's words, whether it holds what the question's type asks for, and how the
 * retriever ranked it and its article. Signals that compare sentences (the best coverage, an
 * article's votes) need the whole pool at once. Thread-safe.
 */
public final class SentenceFeatures {

    /** Retrieved passages that vote for their article ({@link SentenceFeature#ARTICLE_VOTES}). */
    static final int VOTERS = 10;
    /** Divisors that bring counts into about [0, 1]. */
    static final double LENGTH_SCALE = 40;
    static final double NEW_WORDS_SCALE = 10;
    static final double NAMES_SCALE = 3;
    /** Sentence coverage from which a sentence restates the question, and the words it may add then. */
    static final double RESTATED = 0.9;
    static final int RESTATE_EXTRA = 2;

    private static final int COUNT = SentenceFeature.values().length;

    private final AnalyzedText analysis;
    private final SentenceFacts facts = new SentenceFacts();

    /** @param analysis the index's document analysis, which remembers each passage's terms */
    public SentenceFeatures(AnalyzedText analysis) {
        this.analysis = analysis;
    }

    /** The signals of one pool, and the evidence measured on the way (the answerer reads it again). */
    public record Measured(List<PooledPassage> pool, double[][] features, PassageEvidence[] evidence) {
    }

    /**
     * Measures each sentence of {@code pool} for {@code question}.
     *
     * @param matcher   the question's terms, those no article holds left out
     * @param documents the corpus' documents by id
     */
    public Measured measure(Question question, QuestionTermMatcher matcher, List<PooledPassage> pool,
                            Map<String, Document> documents) {
        int n = pool.size();
        double best = 0;
        for (PooledPassage p : pool) {
            best = Math.max(best, p.retrievalScore());
        }
        PassageEvidence[] evidence = new PassageEvidence[n];
        double bestCoverage = 0;
        for (int i = 0; i < n; i++) {
            PooledPassage p = pool.get(i);
            evidence[i] = PassageEvidence.of(new ScoredPassage(p.passage(), p.retrievalScore()),
                    documents.get(p.passage().docId()), matcher, best, analysis);
            bestCoverage = Math.max(bestCoverage, evidence[i].sentenceCoverage());
        }
        Map<String, Integer> votes = new HashMap<>();
        for (PooledPassage p : pool) {
            if (p.retrieved() && p.retrievalRank() < VOTERS) {
                votes.merge(p.passage().docId(), 1, Integer::sum);
            }
        }
        Map<String, Double> titles = new HashMap<>();
        String year = question.year().isPresent() ? Integer.toString(question.year().getAsInt()) : null;
        double[][] features = new double[n][];
        List<SentenceFacts.Facts> held = new java.util.ArrayList<>(n);
        List<String[]> words = new java.util.ArrayList<>(n);
        for (PooledPassage p : pool) {
            SentenceFacts.Facts f = facts.of(p.passage(), documents.get(p.passage().docId()).text());
            held.add(f);
            words.add(f.words());
        }
        LooseMatch looseMatch = new LooseMatch(question.text());
        long[] heldTerms = new long[n];
        for (int i = 0; i < n; i++) {
            heldTerms[i] = sentenceTerms(evidence[i], pool.get(i).passage());
        }
        Map<String, boolean[]> inTitle = new HashMap<>();
        boolean[][] titled = new boolean[n][];
        for (int i = 0; i < n; i++) {
            Document doc = documents.get(pool.get(i).passage().docId());
            titled[i] = inTitle.computeIfAbsent(doc.id(), id -> looseMatch.inTitle(facts.titleWords(doc)));
        }
        double[][] loose = looseMatch.measure(words, heldTerms, wordTerms(looseMatch, matcher), titled);
        double bestLoose = 0;
        double bestFuzzy = 0;
        for (double[] l : loose) {
            bestLoose = Math.max(bestLoose, l[LooseMatch.LOOSE]);
            bestFuzzy = Math.max(bestFuzzy, l[LooseMatch.FUZZY]);
        }
        for (int i = 0; i < n; i++) {
            PooledPassage p = pool.get(i);
            Document doc = documents.get(p.passage().docId());
            double[] f = new double[COUNT];
            PassageEvidence e = evidence[i];
            coverage(f, e, bestCoverage);
            words(f, e, matcher, doc, p.passage());
            f[SentenceFeature.TITLE_COVERAGE.ordinal()] = titles.computeIfAbsent(doc.id(),
                    id -> titleCoverage(matcher, doc));
            retrieval(f, p, votes);
            f[SentenceFeature.RETRIEVAL.ordinal()] = e.relative();
            f[SentenceFeature.FIRST_SENTENCE.ordinal()] = p.passage().ordinal() == 0 ? 1 : 0;
            f[SentenceFeature.POSITION.ordinal()] = 1.0 / (1 + p.passage().ordinal());
            SentenceFacts.Facts sentence = held.get(i);
            int names = newNames(sentence, e);
            f[SentenceFeature.NUMBER_PRESENT.ordinal()] = sentence.number() ? 1 : 0;
            f[SentenceFeature.DATE_PRESENT.ordinal()] = sentence.date() ? 1 : 0;
            f[SentenceFeature.NEW_NAMES.ordinal()] = Math.min(1, names / NAMES_SCALE);
            f[SentenceFeature.TYPE_PRESENT.ordinal()] = typePresent(question.type(), sentence, names) ? 1 : 0;
            f[SentenceFeature.YEAR_MATCH.ordinal()] = year != null
                    && p.passage().sentence().of(doc.text()).contains(year) ? 1 : 0;
            neighbours(f, p.passage(), pool, evidence, bestCoverage);
            f[SentenceFeature.REFERS_BACK.ordinal()] = sentence.refersBack() ? 1 : 0;
            looseMatch(f, loose[i], bestLoose, bestFuzzy);
            features[i] = f;
        }
        return new Measured(pool, features, evidence);
    }

    /**
     * The signals of the sentences before and after in the article, when the pool holds them (a
     * walk of the pool: a few dozen sentences, cheaper than a map of positions).
     */
    private static void neighbours(double[] f, Passage p, List<PooledPassage> pool, PassageEvidence[] evidence,
                                   double bestCoverage) {
        int before = -1;
        int after = -1;
        for (int j = 0; j < pool.size(); j++) {
            Passage q = pool.get(j).passage();
            int gap = q.ordinal() - p.ordinal();
            if ((gap == 1 || gap == -1) && q.docId().equals(p.docId())) {
                before = gap == -1 ? j : before;
                after = gap == 1 ? j : after;
            }
        }
        f[SentenceFeature.PREVIOUS_IS_BEST.ordinal()] = before >= 0 && bestCoverage > 0
                && evidence[before].sentenceCoverage() >= bestCoverage ? 1 : 0;
        f[SentenceFeature.NEXT_IS_BEST.ordinal()] = after >= 0 && bestCoverage > 0
                && evidence[after].sentenceCoverage() >= bestCoverage ? 1 : 0;
        f[SentenceFeature.PREVIOUS_RETRIEVAL_RANK.ordinal()] = before >= 0
                ? 1.0 / (1 + pool.get(before).retrievalRank()) : 0;
    }

    /** The bits of the question's terms (the first {@link QuestionTermMatcher#MASKED}) the answerer finds in the sentence. */
    static long sentenceTerms(PassageEvidence e, Passage p) {
        long bits = 0;
        for (PassageEvidence.Hit h : e.hits()) {
            if (h.term() < QuestionTermMatcher.MASKED && p.sentence().contains(h.span())) {
                bits |= 1L << h.term();
            }
        }
        return bits;
    }

    /** Per question word of {@code loose}, the bits of the question's terms its analysed forms are. */
    private long[] wordTerms(LooseMatch loose, QuestionTermMatcher matcher) {
        List<String> words = loose.questionWords();
        long[] out = new long[words.size()];
        for (int i = 0; i < out.length; i++) {
            for (String t : analysis.terms(words.get(i))) {
                out[i] |= matcher.mask(t);
            }
        }
        return out;
    }

    /** The signals of {@link LooseMatch}: the question's words matched by their first letters and letter triples. */
    private static void looseMatch(double[] f, double[] loose, double bestLoose, double bestFuzzy) {
        f[SentenceFeature.LOOSE_COVERAGE.ordinal()] = loose[LooseMatch.LOOSE];
        f[SentenceFeature.TRIGRAM_COVERAGE.ordinal()] = loose[LooseMatch.TRIGRAMS];
        f[SentenceFeature.FUZZY_COVERAGE.ordinal()] = loose[LooseMatch.FUZZY];
        f[SentenceFeature.FUZZY_STRONG.ordinal()] = loose[LooseMatch.STRONG];
        f[SentenceFeature.LOOSE_RELATIVE.ordinal()] = bestLoose > 0 ? loose[LooseMatch.LOOSE] / bestLoose : 0;
        f[SentenceFeature.FUZZY_RELATIVE.ordinal()] = bestFuzzy > 0 ? loose[LooseMatch.FUZZY] / bestFuzzy : 0;
        f[SentenceFeature.BEYOND_TITLE.ordinal()] = loose[LooseMatch.BEYOND_TITLE];
    }

    private static void coverage(double[] f, PassageEvidence e, double bestCoverage) {
        f[SentenceFeature.SENTENCE_COVERAGE.ordinal()] = e.sentenceCoverage();
        f[SentenceFeature.CONTEXT_COVERAGE.ordinal()] = e.coverage();
        f[SentenceFeature.COVERAGE_RELATIVE.ordinal()] = bestCoverage > 0 ? e.sentenceCoverage() / bestCoverage : 0;
        f[SentenceFeature.BEST_COVERAGE.ordinal()] = bestCoverage > 0 && e.sentenceCoverage() >= bestCoverage ? 1 : 0;
        f[SentenceFeature.TOPICAL_COVERAGE.ordinal()] = e.topicalCoverage();
        f[SentenceFeature.RELATION_COVERAGE.ordinal()] = e.relationCoverage();
        f[SentenceFeature.PHRASE_OVERLAP.ordinal()] = e.phraseOverlap();
    }

    /**
     * The signals read from where the question's words stand: in the sentence or only beside it,
     * how close together, and what else the sentence says.
     */
    private void words(double[] f, PassageEvidence e, QuestionTermMatcher matcher, Document doc, Passage p) {
        List<QuestionTerm> terms = matcher.terms();
        int t = terms.size();
        boolean[] inSentence = new boolean[t];
        boolean[] beside = new boolean[t];
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (PassageEvidence.Hit h : e.hits()) {
            if (p.sentence().contains(h.span())) {
                inSentence[h.term()] = true;
                first = Math.min(first, h.span().start());
                last = Math.max(last, h.span().end());
            } else {
                beside[h.term()] = true;
            }
        }
        boolean[] previous = new boolean[t];
        boolean[] next = new boolean[t];
        for (PassageEvidence.Hit h : e.hits()) {
            previous[h.term()] |= h.span().end() <= p.sentence().start();
            next[h.term()] |= h.span().start() >= p.sentence().end();
        }
        double besideOnly = 0;
        double before = 0;
        double after = 0;
        double withPrevious = 0;
        int found = 0;
        for (int i = 0; i < t; i++) {
            double w = terms.get(i).weight();
            besideOnly += beside[i] && !inSentence[i] ? w : 0;
            before += previous[i] ? w : 0;
            after += next[i] ? w : 0;
            withPrevious += previous[i] || inSentence[i] ? w : 0;
            found += inSentence[i] ? 1 : 0;
        }
        double total = e.totalWeight();
        f[SentenceFeature.NEIGHBOUR_COVERAGE.ordinal()] = total > 0 ? besideOnly / total : 0;
        f[SentenceFeature.PREVIOUS_COVERAGE.ordinal()] = total > 0 ? before / total : 0;
        f[SentenceFeature.NEXT_COVERAGE.ordinal()] = total > 0 ? after / total : 0;
        f[SentenceFeature.WITH_PREVIOUS.ordinal()] = total > 0 ? withPrevious / total : 0;
        int rarest = e.rarestTerm();
        f[SentenceFeature.RAREST_IN_SENTENCE.ordinal()] = rarest >= 0 && inSentence[rarest] ? 1 : 0;
        List<Integer> byRarity = matcher.byRarity();
        f[SentenceFeature.RARE_STEMS_IN_SENTENCE.ordinal()] = byRarity.size() >= 2 && inSentence[byRarity.get(0)]
                && inSentence[byRarity.get(1)] ? 1 : 0;
        int words = 0;
        int stretch = 0;
        int newWords = 0;
        List<PassageEvidence.Hit> hits = e.hits();
        int h = 0; // hits come in text order, as the context's terms: one walk over both
        for (AnalyzedText.Term term : analysis.termsOf(p, doc.text(), p.context())) {
            int start = term.span().start();
            while (h < hits.size() && hits.get(h).span().start() < start) {
                h++;
            }
            if (!p.sentence().contains(term.span())) {
                continue;
            }
            words++;
            if (start >= first && term.span().end() <= last) {
                stretch++;
            }
            if (h >= hits.size() || !hits.get(h).span().equals(term.span())) {
                newWords++;
            }
        }
        f[SentenceFeature.DENSITY.ordinal()] = found >= 2 && stretch > 0 ? Math.min(1, (double) found / stretch) : 0;
        f[SentenceFeature.LENGTH.ordinal()] = Math.min(1, words / LENGTH_SCALE);
        f[SentenceFeature.NEW_WORDS.ordinal()] = Math.min(1, newWords / NEW_WORDS_SCALE);
        f[SentenceFeature.RESTATES.ordinal()] = e.sentenceCoverage() >= RESTATED && newWords <= RESTATE_EXTRA ? 1 : 0;
    }

    private static void retrieval(double[] f, PooledPassage p, Map<String, Integer> votes) {
        f[SentenceFeature.RETRIEVED.ordinal()] = p.retrieved() ? 1 : 0;
        f[SentenceFeature.RETRIEVAL_RANK.ordinal()] = p.retrieved() ? 1.0 / (1 + p.retrievalRank()) : 0;
        f[SentenceFeature.ARTICLE_RANK.ordinal()] = 1.0 / (1 + p.articleRank());
        f[SentenceFeature.BEST_ARTICLE.ordinal()] = p.articleRank() == 0 ? 1 : 0;
        f[SentenceFeature.ARTICLE_VOTES.ordinal()] = votes.getOrDefault(p.passage().docId(), 0) / (double) VOTERS;
    }

    private double titleCoverage(QuestionTermMatcher matcher, Document doc) {
        List<QuestionTerm> terms = matcher.terms();
        double total = 0;
        double covered = 0;
        long found = 0;
        for (AnalyzedText.Term t : analysis.keyedTerms(doc.title())) {
            found |= matcher.mask(t);
        }
        for (int i = 0; i < terms.size(); i++) {
            total += terms.get(i).weight();
            covered += i < QuestionTermMatcher.MASKED && (found & 1L << i) != 0 ? terms.get(i).weight() : 0;
        }
        return total > 0 ? covered / total : 0;
    }

    /** Capitalised words of the sentence that are no question word: names the question does not give. */
    private static int newNames(SentenceFacts.Facts held, PassageEvidence e) {
        int n = 0;
        for (Span s : held.capitalised()) {
            boolean asked = false;
            for (PassageEvidence.Hit h : e.hits()) {
                if (h.span().overlaps(s)) {
                    asked = true;
                    break;
                }
            }
            n += asked ? 0 : 1;
        }
        return n;
    }

    /** Whether the sentence holds the kind of thing the question asks for. */
    static boolean typePresent(AnswerType type, SentenceFacts.Facts held, int newNames) {
        return switch (type) {
            case QUANTITY -> held.number();
            case DATE -> held.date();
            case PERSON, ORGANIZATION, PLACE -> newNames > 0;
            default -> false;
        };
    }
}
