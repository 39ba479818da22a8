package org.citebot.rank;

import java.util.Locale;

/**
 * The signals the {@link SentenceRanker} reads for one (question, sentence) pair, each a number in
 * about [0, 1]. The names are the keys of the model file ({@code w.<key>}), so adding a signal
 * means refitting ({@code citebot fit-ranker}), not editing weights by hand. What each signal
 * gained on held-out articles is in the experiment log, not here.
 */
public enum SentenceFeature {
    /** Share of the question's term weight (idf, synonyms, verb forms) in the sentence. */
    SENTENCE_COVERAGE,
    /** The same share in the sentence, its neighbours of the paragraph or its article's title. */
    CONTEXT_COVERAGE,
    /** Share of the question's weight found in a neighbouring sentence but not in this one. */
    NEIGHBOUR_COVERAGE,
    /** Sentence coverage over the best sentence coverage of the pool. */
    COVERAGE_RELATIVE,
    /** 1 when no sentence of the pool covers more of the question. */
    BEST_COVERAGE,
    /** Share of the weight of the question's nouns and names in the sentence (1 when none). */
    TOPICAL_COVERAGE,
    /** Share of the weight of the question's verbs in the sentence (1 when none). */
    RELATION_COVERAGE,
    /** Share of the question's consecutive word pairs the sentence holds together, in order. */
    PHRASE_OVERLAP,
    /** 1 when the question's most telling word (highest idf) is in the sentence. */
    RAREST_IN_SENTENCE,
    /** 1 when the question's two rarest stems are both in the sentence. */
    RARE_STEMS_IN_SENTENCE,
    /** Question words found over the words of the stretch that holds them: matched words close together. */
    DENSITY,
    /** Share of the question's weight in the article's title. */
    TITLE_COVERAGE,
    /** Retrieval score relative to the best retrieved passage (0 when the retriever did not return it). */
    RETRIEVAL,
    /** 1 / (1 + the passage's rank among the retrieved ones); 0 when not retrieved. */
    RETRIEVAL_RANK,
    /** 1 when the retriever returned the passage (rather than its article's other sentences). */
    RETRIEVED,
    /** 1 / (1 + its article's rank, by the article's first retrieved passage). */
    ARTICLE_RANK,
    /** 1 when its article holds the best retrieved passage. */
    BEST_ARTICLE,
    /** Share of the first ten retrieved passages that come from its article. */
    ARTICLE_VOTES,
    /** 1 for an article's first sentence (often its definition: « X est un… »). */
    FIRST_SENTENCE,
    /** 1 / (1 + the sentence's position in its article). */
    POSITION,
    /** The sentence's analysed words over 40, capped at 1. */
    LENGTH,
    /** Analysed words of the sentence that are no question word, over 10, capped at 1: what it adds. */
    NEW_WORDS,
    /** 1 when the sentence holds (nearly) all of the question and at most two words more: a restatement. */
    RESTATES,
    /** 1 when the sentence holds what the question's type asks for (a number, a date, a name, a place). */
    TYPE_PRESENT,
    /** 1 when the sentence holds a number (digits or words). */
    NUMBER_PRESENT,
    /** 1 when the sentence holds a date or a year. */
    DATE_PRESENT,
    /** Capitalised words inside the sentence that are no question word, over 3, capped at 1. */
    NEW_NAMES,
    /** 1 when the question names a year and the sentence holds it. */
    YEAR_MATCH,
    /** Share of the question's weight in the sentence before (same paragraph). */
    PREVIOUS_COVERAGE,
    /** Share of the question's weight in the sentence after (same paragraph). */
    NEXT_COVERAGE,
    /** Share of the question's weight in the sentence or the one before: a question that joins two sentences. */
    WITH_PREVIOUS,
    /** 1 when the article's sentence before is the pool's best-covered one: the answer often follows it. */
    PREVIOUS_IS_BEST,
    /** 1 when the article's sentence after is the pool's best-covered one. */
    NEXT_IS_BEST,
    /** 1 / (1 + the retrieval rank of the article's sentence before); 0 when it was not retrieved. */
    PREVIOUS_RETRIEVAL_RANK,
    /** 1 when the sentence opens with a word that points back (« Il », « Cette », « Son »…): it continues the one before. */
    REFERS_BACK,
    /** Share of the question's words (weighed by an idf over the pool) whose first five letters open a word of the sentence: « commande » and « commandement ». */
    LOOSE_COVERAGE,
    /** Share of the question's letter triples the sentence's words hold: a typed name that is nearly the article's. */
    TRIGRAM_COVERAGE,
    /** The question's words weighed by how like (letter triples) each is to its likest word of the sentence. */
    FUZZY_COVERAGE,
    /** As {@link #FUZZY_COVERAGE}, counting only words at least half alike. */
    FUZZY_STRONG,
    /** Loose coverage over the pool's best loose coverage. */
    LOOSE_RELATIVE,
    /** Fuzzy coverage over the pool's best fuzzy coverage. */
    FUZZY_RELATIVE,
    /** Loose coverage of the question's words that its article's title does not hold: what is asked about the subject. */
    BEYOND_TITLE;

    /** The model file's key: lower case with dots (« sentence.coverage »). */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
