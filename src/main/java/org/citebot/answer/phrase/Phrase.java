package org.citebot.answer.phrase;

/**
 * A phrase of a tagged sentence, in tokens: {@code [start, end)}, its head token, and the kind
 * of rule that cut it.
 *
 * @param start first token
 * @param end   one past the last token
 * @param head  the token that names what the phrase is (the first noun of a noun phrase, the
 *              number of a count, the noun of a prepositional phrase)
 * @param kind  the rule that cut it
 */
public record Phrase(int start, int end, int head, Kind kind) {

    /** The rules of {@link PhraseChunker}. */
    public enum Kind {
        /** {@code DET? (ADJ|NUM)* (NOUN|PROPN)+ ADJ*}: « la péninsule », « les trois grandes villes ». */
        NOUN_PHRASE,
        /** A noun phrase with one or two « de / du / des » complements: « la presqu’île de Quiberon ». */
        OF_CHAIN,
        /** A run of proper names inside a longer phrase: « Claire Martin » of « la porte-parole Claire Martin ». */
        NAME,
        /** Numbers, alone or with their noun: « 1624 », « 20 000 manifestants ». */
        NUMBER,
        /** A preposition and its noun phrase or chain: « au théâtre de la ville », « en crypté ». */
        PREPOSITIONAL,
        /** An infinitive and its object: « dénoncer la condition humaine ». */
        INFINITIVE,
        /** Noun phrases joined by « et / ou » and commas: « la sculpture, la vidéo et le dessin ». */
        COORDINATION,
        /** Adjectives, maybe coordinated and after an adverb: « très vif et agressif ». */
        ADJECTIVAL
    }

    public Phrase {
        if (start < 0 || end <= start || head < start || head >= end) {
            throw new IllegalArgumentException("bad phrase [" + start + ", " + end + ") head " + head);
        }
    }

    public int length() {
        return end - start;
    }
}
