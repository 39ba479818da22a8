package org.citebot.text;

/**
 * A half-open character range {@code [start, end)} in a document's decoded text.
 *
 * <p>Offsets are the currency between pipeline stages: every quote citebot shows is
 * {@code text.substring(start, end)} of the original document, so spans travel with every
 * passage and candidate (after OpenNLP's {@code util.Span}).
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The covered text of {@code text}. */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    /** This span without leading and trailing whitespace of {@code text}; empty spans stay. */
    public Span trim(CharSequence text) {
        int s = start;
        int e = end;
        while (s < e && FrenchTypography.isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && FrenchTypography.isSpace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(s, e);
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
