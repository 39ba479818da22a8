package org.citebot.answer;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.citebot.corpus.Document;
import org.citebot.text.Span;

/**
 * A verbatim quote and where it comes from.
 *
 * @param docId  the document's id (file name)
 * @param title  the document's title
 * @param outlet the outlet, when known
 * @param date   the publication date, when known
 * @param span   the quote's offsets in the document text
 * @param quote  {@code document.text().substring(span.start(), span.end())}, never rewritten
 */
public record Citation(String docId, String title, Optional<String> outlet, Optional<LocalDate> date,
                       Span span, String quote) {

    public Citation {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(quote, "quote");
        if (quote.length() != span.length()) {
            throw new IllegalArgumentException("quote of " + quote.length() + " chars for span " + span);
        }
    }

    /** The citation of {@code span} in {@code doc}, its quote cut from the document text. */
    public static Citation of(Document doc, Span span) {
        return new Citation(doc.id(), doc.title(), doc.outlet(), doc.date(), span, doc.quote(span));
    }
}
