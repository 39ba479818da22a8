package org.citebot.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.citebot.text.Span;

/**
 * One article of the corpus: its decoded text and what is known about its source.
 *
 * @param id         the file name, e.g. {@code 002_55ee074e7567bb82.txt}; unique in a corpus
 * @param text       the file's text exactly as decoded: every quote is a substring of it
 * @param title      the first non-empty line, or the title given in {@code config/sources.tsv}
 * @param outlet     the outlet (newspaper, agency, site) when the text or the config states it
 * @param date       the publication date when the text or the config states it
 * @param url        the article's address when the config gives it
 * @param paragraphs the content lines of {@code text}, boilerplate and metadata lines left out;
 *                   the title line comes first
 */
public record Document(String id, String text, String title, Optional<String> outlet,
                       Optional<LocalDate> date, Optional<String> url, List<Span> paragraphs) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(url, "url");
        paragraphs = List.copyOf(paragraphs);
        for (Span p : paragraphs) {
            if (p.end() > text.length()) {
                throw new IllegalArgumentException("paragraph " + p + " beyond text of " + id
                        + " (" + text.length() + " chars)");
            }
        }
    }

    /** The verbatim text of {@code span}. */
    public String quote(Span span) {
        return span.of(text);
    }
}
