/**
 * Measuring citebot against gold questions, by the rules of the shared scorer.
 */
package org.citebot.eval;
