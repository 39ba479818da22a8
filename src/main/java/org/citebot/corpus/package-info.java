/**
 * Loading articles: decoding, boilerplate, titles, outlets and dates, content paragraphs with offsets;
 * and growing synthetic corpora of a given size from real ones, for benchmarks ({@code gen-corpus}).
 */
package org.citebot.corpus;
