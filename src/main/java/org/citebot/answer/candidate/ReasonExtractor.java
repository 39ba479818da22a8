package org.citebot.answer.candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.answer.Candidate;
import org.citebot.answer.CandidateExtractor;
import org.citebot.answer.PassageEvidence;
import org.citebot.corpus.Document;
import org.citebot.index.ScoredPassage;
import org.citebot.question.Question;
import org.citebot.text.Folding;
import org.citebot.text.FrenchTypography;
import org.citebot.text.PlainView;
import org.citebot.text.RegionMemo;
import org.citebot.text.Span;

/**
 * Candidates for « pourquoi » questions: the complements French causal cues open, each cut as
 * its noun phrase, its clause and its stretch up to the next comma ({@link CausalComplements}),
 * and the subject of a verb that causes (« La sécheresse a provoqué… »).
 */
public final class ReasonExtractor implements CandidateExtractor {

    /**
     * A subject that causes what follows: « Cette mesure marque la poursuite de la détérioration… »,
     * « La sécheresse a provoqué… ». The reason is the subject.
     */
    private static final Pattern CAUSING_SUBJECT = Pattern.compile(
            "((?:[\\p{L}'-]+\\s+){1,5}?)(?:a\\s+|ont\\s+)?(?:marque|marquent|entraîne|entraînent|entraîné|provoque|"
                    + "provoquent|provoqué|cause|causent|causé|déclenche|déclenché|aggrave|aggravé|"
                    + "alimente|accélère)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Share of the question's weight in the explained clause that keeps the cue's whole fit. */
    static final double HOST_SHARE = 0.3;
    /**
     * How much of the fit a reason loses when the clause it explains ({@link Clauses#hostOf})
     * holds none of the question: « … bronzent plus vite car la mélanine… » explains the tan, not
     * « pourquoi associe-t-on vitamine D3 et cholestérol ? » (figures: {@code docs/EXPERIMENTS.md}).
     */
    static final double HOST_PENALTY = 0.4;

    /** A reason found in a sentence: where it is, and how well the cue that led to it fits. */
    private record Found(Span span, double fit) {
    }

    /** Reasons found per sentence: the cue patterns are costly and the same passages come back. */
    private final RegionMemo<Found> found = new RegionMemo<>();

    @Override
    public List<Candidate> extract(Question question, Document doc, PassageEvidence evidence) {
        ScoredPassage passage = evidence.passage();
        List<Candidate> out = new ArrayList<>();
        Span sentence = passage.passage().sentence();
        for (Found f : found.get(doc.text(), sentence, ReasonExtractor::find)) {
            String text = f.span().of(doc.text());
            // The question's words stand in the clause the reason explains, not only elsewhere in the sentence.
            double host = evidence.coverageIn(Clauses.hostOf(doc.text(), sentence, f.span()), f.span());
            double fit = f.fit() * (1 - HOST_PENALTY + HOST_PENALTY * Math.min(1.0, host / HOST_SHARE));
            out.add(new Candidate(question.type(), text, Folding.fold(text), passage, f.span(), fit));
        }
        return out;
    }

    private static List<Found> find(String documentText, Span sentence) {
        PlainView plain = FrenchTypography.view(documentText);
        String s = sentence.of(plain);
        List<Found> out = new ArrayList<>();
        Matcher agent = CAUSING_SUBJECT.matcher(s);
        if (agent.lookingAt()) {
            out.add(new Found(new Span(sentence.start() + agent.start(1), sentence.start() + agent.end(1)).trim(plain),
                    0.7));
        }
        for (CausalComplements.Cut cut : CausalComplements.find(s)) {
            out.add(new Found(new Span(sentence.start() + cut.start(), sentence.start() + cut.end()).trim(plain),
                    cut.fit()));
        }
        return out;
    }
}
