/**
 * Loading articles: decoding, boilerplate, titles, outlets and dates, content paragraphs with offsets.
 */
package org.citebot.corpus;
