package org.citebot.answer.candidate;

import java.util.List;
import org.citebot.answer.Candidate;
import org.citebot.answer.CandidateExtractor;
import org.citebot.answer.PassageEvidence;
import org.citebot.corpus.Document;
import org.citebot.index.ScoredPassage;
import org.citebot.question.Question;
import org.citebot.text.Span;

/**
 * Answers a yes/no question with « oui » or « non » when one sentence states nearly all of the
 * question and says the asked predicate of the asked subject: « non » when the clause that says
 * it is negative (« n'avons reçu aucune communication »), « oui » otherwise.
 *
 * <p>Sharing the question's words is not stating it: the question is read as a subject and a
 * predicate ({@link YesNoQuestion}) and the sentence must tie them ({@link PredicateTies}). A
 * sentence that covers too little of the question, or does not tie them, gives no candidate: the
 * reply then offers the passages to read.
 */
public final class YesNoExtractor implements CandidateExtractor {

    /** Share of the question's term weight the sentence must hold. */
    static final double MIN_SENTENCE_COVERAGE = 0.6;

    @Override
    public List<Candidate> extract(Question question, Document doc, PassageEvidence evidence) {
        ScoredPassage passage = evidence.passage();
        if (evidence.sentenceCoverage() < MIN_SENTENCE_COVERAGE) {
            return List.of();
        }
        Span sentence = passage.passage().sentence();
        YesNoQuestion asked = YesNoQuestion.read(question.text());
        if (asked == null) {
            return List.of();
        }
        // Not normalised: the dashes of an aside (« — X et Y — ») stay boundaries.
        Boolean negative = PredicateTies.states(asked, sentence.of(doc.text()));
        if (negative == null) {
            return List.of();
        }
        String answer = negative ? "non" : "oui";
        return List.of(new Candidate(question.type(), answer, answer, passage, sentence, 0.8));
    }
}
