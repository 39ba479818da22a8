package org.citebot.answer;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.citebot.corpus.Document;
import org.citebot.index.ScoredPassage;
import org.citebot.text.Span;

/**
 * What one retrieved passage shows about the question: how much of the question's weight it
 * covers, and where the question's words stand in it.
 *
 * @param passage   the passage
 * @param coverage  share of the question's term weight (idf) present in the sentence, its
 *                  neighbours or the article title, in [0, 1]
 * @param sentenceCoverage the same share counted in the sentence alone
 * @param relative  retrieval score relative to the best passage, in [0, 1]
 * @param hits      spans of the question's words within the passage's context
 */
public record PassageEvidence(ScoredPassage passage, double coverage, double sentenceCoverage, double relative,
                              List<Span> hits) {

    /**
     * Measures {@code passage} against the question's analysed terms and their weights.
     */
    public static PassageEvidence of(ScoredPassage passage, Document doc, List<QuestionTerm> questionTerms,
                                     double bestScore, AnalyzedText analysis) {
        var p = passage.passage();
        List<AnalyzedText.Term> context = analysis.terms(doc.text(), p.context());
        Set<String> title = Set.copyOf(analysis.terms(doc.title()));
        Set<String> inContext = context.stream().map(AnalyzedText.Term::term).collect(Collectors.toSet());
        Set<String> inSentence = context.stream().filter(t -> p.sentence().contains(t.span()))
                .map(AnalyzedText.Term::term).collect(Collectors.toSet());
        double total = 0;
        double covered = 0;
        double coveredSentence = 0;
        Set<String> alternatives = new java.util.HashSet<>();
        for (QuestionTerm q : questionTerms) {
            total += q.weight();
            if (q.matchesAny(inContext) || q.matchesAny(title)) {
                covered += q.weight();
            }
            if (q.matchesAny(inSentence)) {
                coveredSentence += q.weight();
            }
            alternatives.addAll(q.alternatives());
        }
        List<Span> hits = context.stream().filter(t -> alternatives.contains(t.term()))
                .map(AnalyzedText.Term::span).toList();
        double relative = bestScore > 0 ? passage.score() / bestScore : 0;
        return new PassageEvidence(passage, total > 0 ? covered / total : 0,
                total > 0 ? coveredSentence / total : 0, relative, hits);
    }

    /** Characters between {@code span} and the nearest question word in the same sentence. */
    public int distanceToQuestionWords(Span span) {
        int best = Integer.MAX_VALUE;
        Span sentence = passage.passage().sentence();
        for (Span h : hits) {
            if (!sentence.contains(h) || h.overlaps(span)) {
                continue;
            }
            int d = h.end() <= span.start() ? span.start() - h.end() : h.start() - span.end();
            best = Math.min(best, Math.max(0, d));
        }
        return best;
    }
}
