/**
 * Measuring citebot against gold questions, by the rules of the shared scorer, and side by side
 * with a stock Lucene BM25 baseline ({@code eval --baseline}).
 */
package org.citebot.eval;
