package org.citebot.answer;

import java.util.List;
import org.citebot.answer.score.CandidateRanker;
import org.citebot.corpus.Document;
import org.citebot.question.Question;

/**
 * Finds the possible answers of one type in one retrieved passage.
 *
 * <p>A candidate's initial {@link Candidate#score() score} is its <em>fit</em> in [0, 1]: how
 * well it matches what the question asks for (its type, its focus: « huit membres » answers
 * « combien d'élèves » better than « combien d'enseignants »). {@link CandidateRanker} then
 * weighs it by the passage's relevance. Implementations are thread-safe; their only state is
 * what they remember of sentences and questions already read (bounded memos), never anything
 * that changes an answer.
 */
public interface CandidateExtractor {

    List<Candidate> extract(Question question, Document doc, PassageEvidence evidence);
}
