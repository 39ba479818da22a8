/**
 * The question-answering pipeline, wired: question, passages, candidates, answer; no I/O.
 */
package org.citebot.qa;
