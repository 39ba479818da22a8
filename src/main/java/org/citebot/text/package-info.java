/**
 * French text handling: typography normalisation, sentence splitting, numbers and dates,
 * all reporting {@link org.citebot.text.Span character spans} in the original text.
 */
package org.citebot.text;
