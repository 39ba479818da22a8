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
 * @param origin  what made the extractor take it for the asked kind (a name's cue, a phrase);
 *                {@link Origin#NONE} for the extractors that do not tell
 */
public record Candidate(AnswerType type, String text, String key, ScoredPassage passage, Span span, double score,
                        Span anchor, Origin origin) {

    /**
     * What made a name or phrase a candidate of the asked kind: the model learns how much each
     * is worth rather than a hand-set fit.
     */
    public enum Origin {
        /** Not told (numbers, dates, definitions…). */
        NONE,
        /** A name of the asked kind in a list of the world's names (gazetteer, countries, cities). */
        LISTED,
        /** A place name after a locative preposition (« à Lyon », « dans la Meuse »). */
        PREPOSITION,
        /** A name after a noun or title that gives its kind (« le ministre Paul Durand », « la ville de Lyon »). */
        TITLE,
        /** Two or more capitalised words and no cue: a person's full name, mostly. */
        FULL_NAME,
        /** A name the corpus shows elsewhere with a cue of the asked kind. */
        CORPUS,
        /** A name nothing classifies (one capitalised word, a name after « de »), a people's name. */
        UNCLASSIFIED,
        /** A phrase rather than a name: « au théâtre de la ville », « par les habitants ». */
        PHRASE,
        /**
         * A phrase cut from the sentence's part-of-speech tags ({@code answer.phrase}): a noun
         * phrase, a « de » chain, a name, a prepositional phrase… of any kind.
         */
        CHUNK
    }

    public Candidate {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(passage, "passage");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(origin, "origin");
        if (text.isBlank() || key.isBlank()) {
            throw new IllegalArgumentException("blank candidate at " + span + " in " + passage.passage().docId());
        }
        if (!span.contains(anchor)) {
            throw new IllegalArgumentException("anchor " + anchor + " outside the candidate's span " + span);
        }
    }

    /** A candidate whose extractor does not tell its origin. */
    public Candidate(AnswerType type, String text, String key, ScoredPassage passage, Span span, double score,
                     Span anchor) {
        this(type, text, key, passage, span, score, anchor, Origin.NONE);
    }

    /** A candidate whose value is its whole span. */
    public Candidate(AnswerType type, String text, String key, ScoredPassage passage, Span span, double score) {
        this(type, text, key, passage, span, score, span);
    }

    public String docId() {
        return passage.passage().docId();
    }

    public Candidate withScore(double newScore) {
        return new Candidate(type, text, key, passage, span, newScore, anchor, origin);
    }

    public Candidate withOrigin(Origin newOrigin) {
        return new Candidate(type, text, key, passage, span, score, anchor, newOrigin);
    }
}
