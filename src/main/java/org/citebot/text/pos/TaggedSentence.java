package org.citebot.text.pos;

import java.util.Arrays;
import java.util.Objects;

/**
 * A sentence cut into tokens, each with its offsets in the sentence's text and its
 * part-of-speech tag. Offsets are relative to the sentence so that the same sentence read in
 * two places (a passage's sentence, its neighbour's context) is tagged once; add the sentence's
 * start to place a token in its document.
 *
 * <p>Immutable.
 */
public final class TaggedSentence {

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final Pos[] tags;

    TaggedSentence(String text, int[] starts, int[] ends, Pos[] tags) {
        this.text = Objects.requireNonNull(text, "text");
        if (starts.length != ends.length || starts.length != tags.length) {
            throw new IllegalArgumentException("tokens and tags differ in number: " + starts.length + ", "
                    + ends.length + ", " + tags.length);
        }
        this.starts = starts.clone();
        this.ends = ends.clone();
        this.tags = tags.clone();
    }

    /** The sentence's text, as tagged. */
    public String text() {
        return text;
    }

    public int size() {
        return tags.length;
    }

    /** Where token {@code i} starts in {@link #text()}. */
    public int start(int i) {
        return starts[i];
    }

    /** Where token {@code i} ends in {@link #text()}. */
    public int end(int i) {
        return ends[i];
    }

    public Pos tag(int i) {
        return tags[i];
    }

    /** Token {@code i} as written. */
    public String word(int i) {
        return text.substring(starts[i], ends[i]);
    }

    /** The index of the token holding character {@code offset} of the text, or -1. */
    public int tokenAt(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        if (i >= 0) {
            return i;
        }
        int before = -i - 2;
        return before >= 0 && offset < ends[before] ? before : -1;
    }

    /** The first token starting at or after {@code offset}, or {@link #size()}. */
    public int firstFrom(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 1;
    }

    /** {@code word/TAG} pairs, for logs and tests. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tags.length; i++) {
            b.append(i == 0 ? "" : " ").append(word(i)).append('/').append(tags[i]);
        }
        return b.toString();
    }
}
