package org.citebot.index;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.citebot.corpus.Document;

/**
 * The texts indexed for a passage and for a whole article, the same for every engine: which
 * words each field holds decides the scores, so both indexes take them from here.
 *
 * @param sentence  the sentence
 * @param context   the sentence with its neighbours
 * @param paragraph its paragraph
 * @param title     the article's title, absent for the title line's own passage (its words
 *                  already count in its sentence field)
 * @param source    the article's outlet and date as words
 */
public record IndexedText(String sentence, String context, String paragraph, Optional<String> title,
                          String source) {

    private static final DateTimeFormatter SOURCE_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu dd/MM/uuuu",
            Locale.FRENCH);

    /** The indexed texts of passage {@code p} of {@code doc}. */
    public static IndexedText of(Document doc, Passage p) {
        String sentence = p.sentence().of(doc.text());
        return new IndexedText(sentence, p.context().of(doc.text()), p.paragraph().of(doc.text()),
                sentence.equals(doc.title()) ? Optional.empty() : Optional.of(doc.title()), source(doc));
    }

    /** The outlet and date of a document as words (« Le Journal du Soir 19 octobre 2021 19/10/2021 »). */
    public static String source(Document doc) {
        StringBuilder s = new StringBuilder();
        doc.outlet().ifPresent(o -> s.append(o).append(' '));
        doc.date().ifPresent(d -> s.append(d.format(SOURCE_DATE)));
        return s.toString();
    }

    /** An article's body as the article-level index holds it: its content paragraphs, one a line. */
    public static String articleBody(Document doc) {
        StringBuilder body = new StringBuilder();
        doc.paragraphs().forEach(p -> body.append(p.of(doc.text())).append('\n'));
        return body.toString();
    }
}
