package org.citebot.text;

import java.util.List;

/**
 * Splits a stretch of text into sentences, as character spans (after OpenNLP's
 * {@code SentenceDetector.sentPosDetect}): offsets, not strings, so that every sentence can be
 * quoted verbatim from its document.
 */
public interface SentenceSplitter {

    /**
     * The sentences of {@code text} within {@code region}, trimmed, in order, in the
     * offsets of {@code text}.
     */
    List<Span> split(String text, Span region);
}
