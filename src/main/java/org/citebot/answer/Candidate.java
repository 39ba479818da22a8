package org.citebot.answer;

import java.util.Objects;
import org.citebot.index.ScoredPassage;
import org.citebot.question.AnswerType;
import org.citebot.text.Span;

/**
 * One possible answer found in one passage.
 *
 * @param type    the kind of fact
 * @param text    the answer as it will be shown (« 8 manifestants », « 18 octobre 2021 »)
 * @param key     the normalised value used to merge equal answers across documents
 *                (« 8 » for « huit » and « 8 »; « 2021-10-18 » for a date)
 * @param passage the passage it was found in
 * @param span    where the answer stands in the document text (inside the passage's sentence
 *                or context)
 * @param score   how well it answers the question, from the ranking features; higher is better
 * @param anchor  where the value itself stands, inside {@code span}: the number of « 33 matchs »,
 *                whose counted noun is one of the question's words standing beside it; the
 *                whole span for most candidates
 */
public record Candidate(AnswerType type, String text, String key, ScoredPassage passage, Span span, double score,
                        Span anchor) {

    public Candidate {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(passage, "passage");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(anchor, "anchor");
        if (text.isBlank() || key.isBlank()) {
            throw new IllegalArgumentException("blank candidate at " + span + " in " + passage.passage().docId());
        }
        if (!span.contains(anchor)) {
            throw new IllegalArgumentException("anchor " + anchor + " outside the candidate's span " + span);
        }
    }

    /** A candidate whose value is its whole span. */
    public Candidate(AnswerType type, String text, String key, ScoredPassage passage, Span span, double score) {
        this(type, text, key, passage, span, score, span);
    }

    public String docId() {
        return passage.passage().docId();
    }

    public Candidate withScore(double newScore) {
        return new Candidate(type, text, key, passage, span, newScore, anchor);
    }
}
