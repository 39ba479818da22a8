package org.citebot.answer;

import java.util.List;
import java.util.regex.Pattern;
import org.citebot.corpus.Document;
import org.citebot.index.ScoredPassage;
import org.citebot.question.Question;
import org.citebot.text.FrenchTypography;
import org.citebot.text.Span;

/**
 * Answers a yes/no question with « oui » or « non » when one sentence states nearly all of the
 * question: « non » when that sentence is negative (« n'avons reçu aucune communication »),
 * « oui » otherwise. The sentence is the evidence; a sentence that covers too little of the
 * question gives no candidate at all.
 */
public final class YesNoExtractor implements CandidateExtractor {

    /** Share of the question's term weight the sentence must hold. */
    static final double MIN_SENTENCE_COVERAGE = 0.6;

    private static final Pattern NEGATION = Pattern.compile(
            "(?<![\\p{L}])(?:n'|ne\\s|aucun|aucune|jamais|guère|nullement|ni\\s)", Pattern.CASE_INSENSITIVE
                    | Pattern.UNICODE_CASE);

    @Override
    public List<Candidate> extract(Question question, Document doc, PassageEvidence evidence) {
        ScoredPassage passage = evidence.passage();
        if (evidence.sentenceCoverage() < MIN_SENTENCE_COVERAGE) {
            return List.of();
        }
        Span sentence = passage.passage().sentence();
        boolean negative = NEGATION.matcher(FrenchTypography.normalize(sentence.of(doc.text()))).find();
        String answer = negative ? "non" : "oui";
        return List.of(new Candidate(question.type(), answer, answer, passage, sentence, 0.8));
    }
}
