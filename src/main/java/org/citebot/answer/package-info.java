/**
 * Turning retrieved passages into an answer, one sub-package a stage:
 * <ol>
 *   <li>{@link org.citebot.answer.candidate}: the typed extractors (numbers, dates, names,
 *       locative and agent phrases, reasons, definitions, yes/no) and what they read in a
 *       sentence (clauses, kinds of nouns, place signals);</li>
 *   <li>{@link org.citebot.answer.phrase}: phrase candidates cut from part-of-speech tags, with
 *       the signals that read those tags;</li>
 *   <li>{@link org.citebot.answer.score}: every candidate measured on the signals the learned
 *       confidence model reads, and that model (fitted by {@code citebot fit});</li>
 *   <li>{@link org.citebot.answer.reply}: candidates merged across articles into findings, and
 *       the French reply worded from the deployer's templates.</li>
 * </ol>
 *
 * <p>This package keeps what passes between the stages and out of them ({@link
 * org.citebot.answer.Candidate}, {@link org.citebot.answer.Answer}, {@link
 * org.citebot.answer.Finding}, {@link org.citebot.answer.Citation}) and how the question's words
 * are found in a passage ({@link org.citebot.answer.QuestionTerm}, {@link
 * org.citebot.answer.QuestionTermMatcher}, {@link org.citebot.answer.AnalyzedText}, {@link
 * org.citebot.answer.PassageEvidence}, {@link org.citebot.answer.VerbFamilies}): every stage, and
 * the sentence ranker ({@code org.citebot.rank}), reads them, so they sit above the stages
 * rather than in one of them.
 */
package org.citebot.answer;
