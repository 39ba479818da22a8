package org.citebot.index;

import java.util.ArrayList;
import java.util.List;
import org.citebot.corpus.Document;
import org.citebot.text.SentenceSplitter;
import org.citebot.text.Span;

/**
 * Cuts a document's content paragraphs into sentence passages, each with its neighbours
 * (the sentence before and after in the same paragraph) as context.
 */
public final class PassageSplitter {

    /** Version of the splitting rules, part of a persisted index's fingerprint: bump on change. */
    public static final int VERSION = 1;

    private final SentenceSplitter sentences;

    public PassageSplitter(SentenceSplitter sentences) {
        this.sentences = sentences;
    }

    public List<Passage> split(Document doc) {
        List<Passage> out = new ArrayList<>();
        for (Span paragraph : doc.paragraphs()) {
            List<Span> ss = sentences.split(doc.text(), paragraph);
            for (int i = 0; i < ss.size(); i++) {
                Span context = new Span(ss.get(Math.max(0, i - 1)).start(),
                        ss.get(Math.min(ss.size() - 1, i + 1)).end());
                out.add(new Passage(doc.id(), out.size(), ss.get(i), context, paragraph));
            }
        }
        return out;
    }
}
