package org.citebot.answer.candidate;

import java.util.Objects;
import org.citebot.question.AnswerType;
import org.citebot.text.Span;

/**
 * A proper name found in text, with the kind its context suggests.
 *
 * @param span the name's offsets in the document text
 * @param text the name as written
 * @param kind PERSON, ORGANIZATION or PLACE when a cue says so, OTHER when nothing does
 * @param cue  the word that decided the kind (« à », « ministre », « Agence »), empty if none
 */
public record Name(Span span, String text, AnswerType kind, String cue) {

    public Name {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cue, "cue");
    }

    public Name withKind(AnswerType newKind, String newCue) {
        return new Name(span, text, newKind, newCue);
    }
}
