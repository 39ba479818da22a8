/**
 * Phrase answers: noun phrases, « de » chains, names, numbers and prepositional phrases cut by
 * rule from part-of-speech tags ({@link org.citebot.text.pos}), proposed as candidates for
 * questions no typed extractor serves (« quel X… », « que… », « qu'est-ce que… »,
 * organisations, definitions), with what ties each phrase to the noun the question asks for
 * (its head, the noun it completes, its apposition) and to the role asked of a person.
 */
package org.citebot.answer.phrase;
