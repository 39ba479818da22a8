/**
 * Candidate answers of a known type, one extractor a kind of question ({@code
 * CandidateExtractor}): quantities, dates, names of people, places and organisations,
 * locative and agent phrases, reasons, definitions, yes/no. Each proposes the phrases of a
 * passage's sentence with their <em>fit</em> to what the question asks (its type, its focus).
 *
 * <p>Beside the extractors stands what they read in a sentence, which the scoring stage reads
 * too: proper names and their kinds ({@link org.citebot.answer.candidate.NameFinder}, {@link
 * org.citebot.answer.candidate.NameLexicon}, {@link org.citebot.answer.candidate.Gazetteer}),
 * the clause that holds a candidate ({@link org.citebot.answer.candidate.Clauses}), the nouns of
 * a kind ({@link org.citebot.answer.candidate.KindWords}) and what tells a place ({@link
 * org.citebot.answer.candidate.PlaceSignals}). Their word lists are resources beside them.
 */
package org.citebot.answer.candidate;
