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
 * Candidates for « pourquoi » questions: the clause a French causal marker introduces
 * (« en réponse à », « à la suite de », « en raison de », « parce que », « après que »,
 * « accusés d'être »…), up to the end of the clause.
 */
public final class ReasonExtractor implements CandidateExtractor {

    /**
     * The markers stand as whole words: « car » is no cue inside « carrière » or « Caraïbes », nor
     * « de » the end of « à la suite des » (a marker ending with an apostrophe is followed by its
     * word).
     */
    private static final Pattern CAUSE = Pattern.compile(
            "(?<![\\p{L}])(?:en réponse (?:à|aux?)|à la suite (?:de|d'|des|du)|suite (?:à|aux?)"
                    + "|en raison (?:de|d'|des|du)"
                    + "|à cause (?:de|d'|des|du)|du fait (?:de|d'|des|du)|parce qu(?:e|')|puisqu(?:e|')|car"
                    + "|après que|étant donné (?:que|qu')|faute (?:de|d')|grâce (?:à|aux?)"
                    + "|accusée?s? (?:d'être|de|d')|soupçonnée?s? (?:d'être|de|d')|pour avoir|afin (?:de|d')"
                    + "|accuse [^,.;]{1,40}? (?:de|d')|reproche [^,.;]{1,40}? (?:de|d'|son|sa|ses))"
                    + "(?:(?<=')|(?![\\p{L}]))\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A subject that causes what follows: « Cette mesure marque la poursuite de la détérioration… »,
     * « La sécheresse a provoqué… ». The reason is the subject.
     */
    private static final Pattern CAUSING_SUBJECT = Pattern.compile(
            "((?:[\\p{L}'-]+\\s+){1,5}?)(?:a\\s+|ont\\s+)?(?:marque|marquent|entraîne|entraînent|entraîné|provoque|"
                    + "provoquent|provoqué|cause|causent|causé|déclenche|déclenché|aggrave|aggravé|"
                    + "alimente|accélère)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** What a reason's words are counted by, compiled once ({@code String.split} compiles it at every call). */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern CLAUSE_END = Pattern.compile("[,.;:!?)»]|\\s(?:et|mais|a déclaré|a dit)\\s");

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
        Matcher m = CAUSE.matcher(s);
        while (m.find()) {
            int start = m.end();
            while (start < s.length() && (s.charAt(start) == '«' || s.charAt(start) == '"' || s.charAt(start) == ' ')) {
                start++;
            }
            Matcher end = CLAUSE_END.matcher(s).region(start, s.length());
            int stop = end.find() ? end.start() : s.length();
            if (stop - start < 4) {
                continue;
            }
            Span span = new Span(sentence.start() + start, sentence.start() + stop).trim(plain);
            if (WHITESPACE.split(span.of(documentText)).length <= 15) {
                out.add(new Found(span, 0.8));
            }
        }
        return out;
    }
}
