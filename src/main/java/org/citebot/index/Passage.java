package org.citebot.index;

import java.util.Objects;
import org.citebot.text.Span;

/**
 * One indexed sentence with the text around it.
 *
 * @param docId     the document's id (file name)
 * @param ordinal   the sentence's position in its document, from 0
 * @param sentence  the sentence: what is quoted
 * @param context   the sentence with its neighbours in the same paragraph: what explains it
 * @param paragraph the whole paragraph (line) holding the sentence
 */
public record Passage(String docId, int ordinal, Span sentence, Span context, Span paragraph) {

    public Passage {
        Objects.requireNonNull(docId, "docId");
        if (ordinal < 0) {
            throw new IllegalArgumentException("ordinal " + ordinal + " < 0");
        }
        if (!context.contains(sentence) || !paragraph.contains(context)) {
            throw new IllegalArgumentException("sentence " + sentence + " ⊄ context " + context
                    + " ⊄ paragraph " + paragraph + " in " + docId);
        }
    }
}
