package org.citebot.answer;

import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.citebot.corpus.Document;
import org.citebot.question.AnswerType;
import org.citebot.question.Question;
import org.citebot.text.Span;

/**
 * Scores a candidate by how well it fits the question and how well its passage matches it.
 *
 * <p>score = fit × coverage × retrieval × proximity × constraints, where
 * <ul>
 *   <li>fit is the extractor's judgement of type and focus (in [0, 1]);</li>
 *   <li>coverage is the share of the question's term weight found around the candidate (its
 *       sentence counts as much as its neighbours and title together);</li>
 *   <li>retrieval is the passage's score relative to the best passage;</li>
 *   <li>proximity decays with the distance to the nearest question word in the sentence;</li>
 *   <li>constraints: a year or month the question names must appear around the candidate,
 *       another year there makes it unlikely.</li>
 * </ul>
 * A product, so that one bad signal is enough to sink a candidate.
 */
public final class CandidateRanker {

    /**
     * A sentence that dates itself (« En mars 2018, … ») tells background in a news article;
     * a question that names no year asks about the article's own news.
     */
    static final double BACKGROUND_YEAR_FACTOR = 0.6;
    /**
     * The question's most telling word (« islandais » in « combien d'élèves islandais… »)
     * absent from a passage: the passage is likely about something else.
     */
    static final double RAREST_MISSING_FACTOR = 0.5;
    /** Characters around a candidate in which question words count as its local context. */
    static final int LOCAL_WINDOW = 80;

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[0-9]{3}|20[0-9]{2})(?!\\d)");

    /** The ranking signals of one candidate, each in [0, 1]. */
    public record Features(double fit, double coverage, double sentenceCoverage, double retrieval, double proximity,
                           double constraints) {

        /** The candidate's score: the product of the signals, each softened. */
        public double score() {
            double cov = 0.5 * coverage + 0.5 * sentenceCoverage;
            return fit * (0.2 + 0.8 * cov) * (0.6 + 0.4 * retrieval) * (0.5 + 0.5 * proximity) * constraints;
        }
    }

    public Features features(Candidate c, PassageEvidence evidence, Question question, Document doc) {
        double proximity = evidence.localCoverage(c.span(), LOCAL_WINDOW);
        double constraints = yearFactor(question.year(), evidence.passage().passage().context(), doc, c.span());
        if (!evidence.rarestCovered()) {
            constraints *= RAREST_MISSING_FACTOR;
        }
        if (question.year().isEmpty() && question.type() != AnswerType.DATE
                && YEAR.matcher(evidence.passage().passage().sentence().of(doc.text())).find()) {
            constraints *= BACKGROUND_YEAR_FACTOR;
        }
        return new Features(c.score(), evidence.coverage(), evidence.sentenceCoverage(), evidence.relative(),
                proximity, constraints);
    }

    public double score(Candidate c, PassageEvidence evidence, Question question, Document doc) {
        return features(c, evidence, question, doc).score();
    }

    private static double yearFactor(OptionalInt year, Span context, Document doc, Span candidate) {
        if (year.isEmpty()) {
            return 1.0;
        }
        String around = context.of(doc.text());
        String wanted = Integer.toString(year.getAsInt());
        if (candidate.of(doc.text()).equals(wanted)) {
            return 0.3;
        }
        if (around.contains(wanted)) {
            return 1.0;
        }
        return YEAR.matcher(around).find() ? 0.2 : 0.5;
    }
}
