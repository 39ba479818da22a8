package org.citebot.answer.score;

import java.util.List;
import java.util.Objects;
import org.citebot.answer.Candidate;
import org.citebot.text.Span;

/**
 * Which candidates compete with the best one for a question's confidence
 * ({@link ConfidenceModel#confidence}): every other candidate but the variants of the best one,
 * those that overlap it in the same document (« la presqu’île de Quiberon », « de la presqu’île »,
 * « Quiberon »). A phrase comes with its prefixes and its prepositional form; counting them as
 * rivals made a well-placed phrase look as unsure as a choice between different answers.
 */
public final class Rivals {

    private Rivals() {
    }

    /** Where a candidate stands: its document and span. */
    public record Place(String docId, Span span) {

        public Place {
            Objects.requireNonNull(docId, "docId");
            Objects.requireNonNull(span, "span");
        }

        public static Place of(Candidate c) {
            return new Place(c.docId(), c.span());
        }
    }

    /** Whether a candidate at {@code other} competes with the best one at {@code best} (not itself, not a variant). */
    public static boolean rival(Place best, Place other) {
        return !(best.docId().equals(other.docId()) && best.span().overlaps(other.span()));
    }

    /** The sum of the scores of {@code best}'s rivals among {@code scored}. */
    public static double rivalsTotal(Candidate best, List<Candidate> scored) {
        Place at = Place.of(best);
        double total = 0;
        for (Candidate c : scored) {
            total += rival(at, Place.of(c)) ? c.score() : 0;
        }
        return total;
    }
}
