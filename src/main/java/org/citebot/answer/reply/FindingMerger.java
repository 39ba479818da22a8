package org.citebot.answer.reply;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citebot.answer.Candidate;
import org.citebot.answer.Citation;
import org.citebot.answer.Finding;
import org.citebot.corpus.Document;

/**
 * Merges scored candidates with the same normalised value (« 8 » and « huit ») into findings,
 * one citation per supporting document. A finding's score is its best candidate's: the
 * confidence model already counts agreement between articles among its signals.
 */
public final class FindingMerger {

    /**
     * What to quote for a candidate: its sentence, or, when the answer points back with a
     * demonstrative (« Cette mesure marque… »), the sentence before it too, so the reader sees
     * what « cette mesure » is.
     */
    private static org.citebot.text.Span quoted(Candidate c) {
        var p = c.passage().passage();
        boolean pointsBack = DEMONSTRATIVE.matcher(c.text()).lookingAt() && p.context().start() < p.sentence().start();
        return pointsBack ? new org.citebot.text.Span(p.context().start(), p.sentence().end()) : p.sentence();
    }

    private static final java.util.regex.Pattern DEMONSTRATIVE = java.util.regex.Pattern.compile(
            "(?i)(ce|cet|cette|ces|cela|ceci)\\b");

    /** Findings, best first. */
    public List<Finding> merge(List<Candidate> scored, Map<String, Document> documents) {
        Map<String, List<Candidate>> byKey = new LinkedHashMap<>();
        List<Candidate> sorted = new ArrayList<>(scored);
        sorted.sort(Comparator.comparingDouble(Candidate::score).reversed()); // stable, as the stream's sort
        for (Candidate c : sorted) {
            byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
        }
        List<Finding> out = new ArrayList<>();
        for (List<Candidate> group : byKey.values()) {
            Map<String, Candidate> bestPerDoc = new LinkedHashMap<>();
            for (Candidate c : group) {
                bestPerDoc.putIfAbsent(c.docId(), c);
            }
            List<Citation> citations = new ArrayList<>();
            for (Candidate c : bestPerDoc.values()) {
                Document doc = documents.get(c.docId());
                citations.add(Citation.of(doc, quoted(c)));
            }
            Candidate best = group.get(0);
            out.add(new Finding(best.text(), best.key(), citations, best.score()));
        }
        out.sort(Comparator.comparingDouble(Finding::score).reversed());
        return out;
    }
}
