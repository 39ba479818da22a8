package org.citebot.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * A text analysed once and indexed many times: its tokens as the analyzer gave them, replayed.
 *
 * <p>Every sentence of a paragraph is a passage that indexes the whole paragraph in its own
 * field, so a paragraph of six sentences went through the French chain six times, the largest
 * share of building an index. The replay gives the indexer the same terms, positions and offsets,
 * so the index is the same.
 */
final class AnalysedTokens {

    private final String[] terms;
    private final int[] increments;
    private final int[] lengths;
    private final int[] starts;
    private final int[] ends;
    private final int size;
    private final int finalOffset;
    private final int finalIncrement;

    private AnalysedTokens(String[] terms, int[] increments, int[] lengths, int[] starts, int[] ends, int size,
                           int finalOffset, int finalIncrement) {
        this.terms = terms;
        this.increments = increments;
        this.lengths = lengths;
        this.starts = starts;
        this.ends = ends;
        this.size = size;
        this.finalOffset = finalOffset;
        this.finalIncrement = finalIncrement;
    }

    /** The tokens of {@code text} in {@code field} under {@code analyzer}. */
    static AnalysedTokens of(Analyzer analyzer, String field, String text) {
        int capacity = 16;
        String[] terms = new String[capacity];
        int[] increments = new int[capacity];
        int[] lengths = new int[capacity];
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int n = 0;
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = ts.addAttribute(PositionLengthAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (n == capacity) {
                    capacity *= 2;
                    terms = Arrays.copyOf(terms, capacity);
                    increments = Arrays.copyOf(increments, capacity);
                    lengths = Arrays.copyOf(lengths, capacity);
                    starts = Arrays.copyOf(starts, capacity);
                    ends = Arrays.copyOf(ends, capacity);
                }
                terms[n] = term.toString();
                increments[n] = increment.getPositionIncrement();
                lengths[n] = length.getPositionLength();
                starts[n] = offset.startOffset();
                ends[n] = offset.endOffset();
                n++;
            }
            ts.end();
            return new AnalysedTokens(terms, increments, lengths, starts, ends, n, offset.endOffset(),
                    increment.getPositionIncrement());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse " + field, e);
        }
    }

    /** A new stream of the tokens, for one field of one document. */
    TokenStream stream() {
        return new Replay();
    }

    private final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private int next;

        @Override
        public boolean incrementToken() {
            if (next >= size) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(terms[next]);
            increment.setPositionIncrement(increments[next]);
            length.setPositionLength(lengths[next]);
            offset.setOffset(starts[next], ends[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            increment.setPositionIncrement(finalIncrement);
            offset.setOffset(finalOffset, finalOffset);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
