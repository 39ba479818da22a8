package org.citebot.answer.score;

import java.util.Locale;
import org.citebot.answer.Candidate;
import org.citebot.answer.QuestionTerm;
import org.citebot.answer.VerbFamilies;
import org.citebot.answer.candidate.Clauses;
import org.citebot.answer.candidate.KindWords;
import org.citebot.answer.candidate.LocativePhrases;
import org.citebot.answer.candidate.PlaceSignals;
import org.citebot.question.AnswerType;

/**
 * The signals the confidence model reads for one candidate, each a number in about [0, 1].
 *
 * <p>Their weights are learned ({@link ConfidenceModel}); the names are the keys of the model
 * file, so adding a signal means refitting (the {@code fit} command), not editing weights by hand.
 */
public enum AnswerFeature {
    /** The extractor's judgement of type and focus (« 8 élèves » for « combien d'élèves »). */
    FIT,
    /** Share of the question's term weight in the candidate's sentence, neighbours or title. */
    COVERAGE,
    /** The same share counted in the sentence alone. */
    SENTENCE_COVERAGE,
    /** Sentence coverage relative to the best-covered sentence read for this question. */
    SENTENCE_COVERAGE_RELATIVE,
    /** 1 when the candidate's sentence is the best-covered one read for this question. */
    BEST_SENTENCE,
    /** Share of the question's topical (noun, name) weight in the sentence. */
    TOPICAL_COVERAGE,
    /** Share of the question's verb weight in the sentence: the relation the question asks about. */
    RELATION_COVERAGE,
    /** Retrieval score relative to the best passage. */
    RETRIEVAL,
    /** 1 / (1 + the passage's rank among the retrieved ones). */
    RANK,
    /**
     * The sentence ranker's weight of the candidate's sentence against its first sentence,
     * exp(score − best score): 1 for the sentence it would quote, lower the less likely it finds
     * the sentence to state the answer ({@code org.citebot.rank.SentenceRanker}).
     */
    SENTENCE_RANK,
    /** 1 when the candidate's article is the best-matching article. */
    BEST_ARTICLE,
    /** Question weight near the candidate (80 characters, decaying with distance). */
    PROXIMITY,
    /** Question weight right beside the candidate (25 characters). */
    ADJACENCY,
    /** The question's verbs right beside the candidate (40 characters): « fabriqués par Béséléel ». */
    RELATION_ADJACENCY,
    /** The question's nouns and names right beside the candidate (40 characters): appositions. */
    TOPICAL_ADJACENCY,
    /** 1 when « par » introduces the candidate (the agent of a passive: « prise par Wayne »). */
    AGENT,
    /**
     * 1 when the candidate is the agent of a passive (« par » before it, maybe with a determiner
     * and a title: « par l'astronome danois X ») whose participle is the question's verb or a word
     * of its action ({@link VerbFamilies}: « l'armée menée par X » for « qui dirige l'armée ? »),
     * for « qui » questions; its value is the sentence's topical coverage, since the same passive
     * in a sentence about something else (another army, another book) answers nothing.
     * Cross-validated on PIAF dev with the apposition of {@link Clauses#withApposition} (rob.py,
     * mean of eight fold assignments): at precision 75%, 115.9 → 119.0 right (core F1 37.0 →
     * 38.6); at 70%, 127.0 → 127.9 (40.5 → 41.0); right best candidates 162.8 → 163.9. Fit: at
     * 0.30, 115/149 → 117/150 right; at 0.40, 81/95 → 84/98; nested 128/199 → 135/208 (core F1
     * 40.8 → 43.6). Tried: a flat 1 (75%: 118.9, 70%: 128.0, but 1 less right best candidate), for
     * every question type (118.4 / 127.8), the existing {@link #AGENT} widened to titled agents
     * (no gain).
     */
    AGENT_OF_ASKED_VERB,
    /** Share of the question words of the sentence standing before the candidate (0.5 when none). */
    LEFT_SHARE,
    /** 1 when, of its sentence's candidates, this one stands nearest to the question's words. */
    NEAREST_IN_SENTENCE,
    /** 1 / the number of candidates in the sentence: several names or dates make a choice. */
    UNIQUE_IN_SENTENCE,
    /**
     * A year or month the question names, found (1) or contradicted (low) around the candidate;
     * a year dating the candidate itself decides (« 14 milliards en 2003 et 12 milliards en
     * 2019 » for « quel montant en 2019 ? »).
     */
    CONSTRAINTS,
    /** 1 when the question's most telling word is in the passage's context or its article title. */
    RAREST_COVERED,
    /** 1 when the sentence dates itself though the question names no year (background). */
    BACKGROUND_YEAR,
    /** Share of the question's weight that no article holds at all. */
    UNKNOWN_SHARE,
    /** Other articles stating the same value: 0, 0.5, 1 for none, one, two or more. */
    AGREEMENT,
    /** Other passages read that state the same value (of any article), capped at 1 for three. */
    REPEATED,
    /** The candidate's length in words, over 6, capped at 1. */
    LENGTH,
    /** 1 when the candidate opens with a capital (a name) rather than a phrase or a number. */
    CAPITALISED,
    /** 1 when the candidate holds a noun of the kind asked (« roi », « chambre », « ville »). */
    KIND_NOUN,
    /**
     * 1 when the question's focus noun stands right beside the candidate (40 characters either
     * side): « Han Zheng, maire de… » for « qui était le maire… », « 33 matchs » for « combien de
     * matchs ».
     */
    FOCUS_BESIDE,
    /** 1 when a « qui » candidate holds an acronym or an organisation's, event's or place's word. */
    NOT_A_PERSON,
    /**
     * 1 when a « qui » candidate is a phrase ({@link Candidate.Origin#PHRASE}) headed by a common
     * noun of a thing ({@link KindWords#thingPhrase}): « par des concerts ». On PIAF dev it
     * marks 44 candidates of « qui » questions, none right. Cross-validated (rob.py, mean of eight
     * fold assignments, after {@link #AGENT_OF_ASKED_VERB}): at precision 75%, 119.0 → 119.0
     * right (core F1 38.6 → 38.7); at 70%, 127.9 → 128.5 (41.0 → 41.1); right best candidates
     * 163.9 → 164.2. Fit: every question 160 → 161 right, at 0.40 84/98 → 85/99, nested 135/208
     * → 136/208 (core F1 43.6 → 44.1).
     */
    THING_PHRASE,
    /**
     * 1 when a « qui » candidate stands bare (no article or preposition before it) right before
     * a lower-case word that is no function word, mostly its verb (« Paul Durand mène… »): the
     * subject of a clause. Cross-validated on PIAF dev: right best candidates 132 → 134 of 704,
     * at 0.30 85 → 87 correct (62.5% → 63.0%), nested 72 → 74 correct (core F1 23.1 → 24.7).
     * « Follows de » (a noun's complement) as a signal of its own lost 2 correct: dropped.
     */
    BARE_SUBJECT,
    /**
     * 1 when a bare subject ({@link #BARE_SUBJECT}) has one of the question's verbs after it (60
     * characters): the one who does what « qui » asks about. The model adds signals, so the two
     * together need a signal of their own. Cross-validated on PIAF dev: at 0.30 89 → 90 correct
     * (64.0% → 64.7%), at 0.40 57 → 58, nested 81 → 80 correct at 62.8% → 63.0% (core F1 same).
     */
    SUBJECT_OF_ASKED_VERB,
    /** 1 when one of the question's verbs follows the candidate closely (30 characters): its subject. */
    VERB_AFTER,
    /** 1 when one of the question's verbs precedes the candidate closely (30 characters): its object. */
    VERB_BEFORE,
    /**
     * Share of the question's weight in the candidate's own clause (between punctuation marks):
     * what French says of a name it says beside it, « construit par Paul Durand » against a name
     * in the next clause. Cross-validated on PIAF dev: 2 more right best candidates of 740.
     */
    CLAUSE_COVERAGE,
    /**
     * 1 when the question's most telling word (its highest weight) stands in the candidate's own
     * clause (between punctuation marks, {@link Clauses#plainClauseOf}), outside the candidate: a
     * sentence that holds the rare word only in another clause or not at all speaks of something
     * else, however many common words it shares. It sets the confidence more than the ranking:
     * of the best candidates, 31% of the right ones have it and 9% of the wrong ones.
     * Cross-validated on PIAF dev (learn.py, best prefix at a precision): at 75%, 90 → 92 right;
     * at 70%, 113 → 123 right (core F1 36.8 → 39.7); fit at 0.30, 113 → 115 right (70.2% →
     * 71.9%); nested 118 → 120 right at 66.7% (core F1 39.1 → 39.6); right best candidates
     * 163 → 162. The rarest among nouns and names only lost (70%: 112 right).
     */
    RAREST_IN_CLAUSE,
    /**
     * 1 when both of the question's two rarest stems ({@link QuestionTerm#rarity}: the idf of
     * every word sharing its first five letters, so that a rare tense of a common verb does not
     * pass for a telling word) stand in the candidate's own plain clause, outside the candidate:
     * the two most telling words said together beside the answer. Cross-validated on PIAF dev
     * (learn.py, mean of five fold assignments): at 75%, 92.4 → 96.6 right; at 70%, 116.6 →
     * 118.6; at 66%, 125.8 → 127.2 (original folds: 93/124 → 95/126 at 75%, 120/171 → 125/178 at
     * 70%, core F1 39.3 → 41.4); nested 119/181 → 121/182. Tried and lost or did not add: the
     * rarest stem alone (75%: 93.6, 70%: 117.6), the two rarest by plain idf (95.0, 115.0), verbs'
     * rarity halved (94.6, 114.0), the rarest stem in place of {@link #RAREST_IN_CLAUSE}; the
     * rarest alone counting for a one-word question (92.6, 117.2), the share of the two found
     * (91.4, 119.0), the three rarest (92.6, 117.0), stems of all but the last two letters
     * (94.8, 118.6).
     */
    RARE_STEMS_IN_CLAUSE,
    /**
     * {@link #CLAUSE_COVERAGE} over the best clause coverage of the question's candidates: the
     * model scores candidates one by one, and this says whether another candidate's clause says
     * more of the question. Measured with {@link #RARE_STEMS_RIVALS}.
     */
    CLAUSE_COVERAGE_RELATIVE,
    /**
     * How many of the question's candidates have {@link #RARE_STEMS_IN_CLAUSE} (over five, capped
     * at 1), the same for all of them: when the two rarest stems stand beside many candidates
     * (a list, a table, the same sentence read again), having them says less, and the best one's
     * confidence should. Cross-validated on PIAF dev with {@link #CLAUSE_COVERAGE_RELATIVE}
     * (rob.py, mean of eight fold assignments): at precision 75%, 102.0 → 107.4 right (core F1
     * 33.5 → 34.9); at 70%, 117.9 → 120.9 (38.8 → 39.4); right best candidates 160.5 → 162.0.
     * Fit: at 0.30, 108/143 → 111/144 right; nested 127/191 → 131/195 (core F1 40.9 → 42.1).
     * Alone: relative clause coverage 105.6 / 118.8, the rivals 104.6 / 120.1. Tried and lost:
     * distinct values instead of candidates, the rarest word instead of the two stems, divisors 3
     * and 10, the relative sentence coverage, coverage or share of stem rarity, and per candidate
     * (no rival rule): share of the question's stem-rarity mass in the clause (102.8 / 117.8) or
     * sentence (100.9 / 114.1), the rarest stem absent from the sentence (98.9 / 112.1), words to
     * the nearest of the two rarest stems (101.2 / 119.2; within three words 99.6 / 116.6), the
     * two on both sides of the candidate (101.1 / 116.8), both in the sentence (101.9 / 115.9),
     * whether another value has them in its clause (104.5 / 117.6), 1 / rivals for a candidate
     * that has them (108.1 / 119.2); over the best candidate, proximity, adjacency, topical
     * adjacency, phrase overlap, topical or relation coverage; counts of candidates with
     * {@link #RAREST_IN_CLAUSE}, {@link #FOCUS_BESIDE}, {@link #BEST_SENTENCE}.
     */
    RARE_STEMS_RIVALS,
    /**
     * Share of the question's consecutive word pairs the sentence holds together, in order: the
     * phrases a paraphrase keeps. Cross-validated on PIAF dev: precision of the 120 most confident
     * answers 60.0% → 62.5%, core F1 there 22.3 → 24.1.
     */
    PHRASE_OVERLAP,
    /**
     * 1 when an exclusion or a negation stands right before the candidate in its clause (« sauf
     * aux États-Unis », « absent aux États-Unis », « ni à Lyon », « n'est pas Paul Durand ») or
     * the candidate is the subject of a negated verb (« Paul Durand n'a pas signé »): the sentence
     * says the asked thing does not hold of it. Cross-validated on PIAF dev (rob.py, mean
     * of eight fold assignments, after the reason-clause change): at precision 75%, 115.5 → 116.5
     * right (core F1 36.7 → 36.7); at 70%, 126.9 → 127.9 (F1 40.4 → 40.7); fit at 0.30, 116/150 →
     * 117/151. Tried and lost: without « plus » and « non » (75%: 115.0), no signal when the
     * question is itself negative (« quel pays n'applique pas… »: 116.0 / 127.1). The negated verb
     * after the candidate, added after the reason-fit change: at 75%, 117.2 → 118.1 right (F1
     * 36.9 → 36.9); at 70%, 128.4 → 129.0 (40.8 → 40.9); fit at 0.30, 118/150 → 119/151.
     */
    EXCLUDED,
    /**
     * The hand-set ranking score citebot used before the model (a product of fit, coverage,
     * retrieval, proximity and constraints), kept as one signal: it holds what was tuned on the
     * seeds.
     */
    HAND_SCORE,
    /**
     * The hand score over the best hand score of the question's candidates: the model scores
     * candidates one by one, and this says how the candidate stands against its rivals.
     * Cross-validated on PIAF dev and the seeds: right best candidates 145 → 153 of 740.
     */
    HAND_SCORE_RELATIVE,
    /**
     * For « où »: 1 when the sentence says where a topical word of the question is, the
     * candidate being that place (« X est situé à Y », « X, ville de Y »): « où est X ? » is
     * answered where X is said to be, not by any place of a sentence naming X. Cross-validated on
     * PIAF dev (dropped from the same candidates): at 0.30, 82 → 87 right of 134 → 137 answered;
     * at 0.40, 53 → 59 of 84 → 91.
     */
    LOCATED_BY,
    /**
     * For « où »: 1 when a phrase candidate's head, its first word after the preposition and
     * determiners, is a name or a place noun ({@link LocativePhrases#placeHead}: « au palais
     * de Justice », not « au mètre des Halles »); {@link #KIND_NOUN} counts a place
     * noun anywhere in it. Of the « où » phrases, 4.6% with a place-noun head and 3.7% with a
     * name head are right, 1.9% of the others. Cross-validated on PIAF dev (rob.py, dropped from
     * the same candidates): at precision 75%, 117.9 → 119.1 right (core F1 38.2 → 39.0); at 70%,
     * 129.6 → 130.0 (41.7 → 41.8).
     */
    PLACE_HEAD,
    /**
     * 1 for every candidate of a « qui » question asked with a preposition (« à qui », « avec
     * qui », « contre qui », « par qui »): the answer is then a complement, often a phrase (« aux
     * habitants ») rather than the names read, and the sentence's subject (the name the other
     * signals favour) is seldom it; a base rate of its own, as the types have. Cross-validated on
     * PIAF dev: at 0.30, 160 → 158 answered for the same 113 right; at precision 75%, 90 → 93
     * right (core F1 29.1 → 30.6).
     */
    ASKED_WITH_PREPOSITION,
    /**
     * 1 for every candidate of a date question asked with a vague time noun (« à quel moment »,
     * « à quelle saison », « à partir de quelle période », « à quelle époque »): the answer is then
     * a circumstance (« la nuit », « quand il fut acclamé »), a season or a span of centuries far
     * more often than the year or date read; a base rate of its own, as the types have. On PIAF
     * dev it marks 6 questions, none with a right candidate. Cross-validated (rob.py, mean of
     * eight fold assignments): at precision 75%, 133.2 → 135.0 right (core F1 42.5 → 43.1); at
     * 70%, 140.8 → 143.4 (45.0 → 45.6). Fit: at 0.30, 128/157 → 129/158 right; at 0.40, 98/110 →
     * 99/112; nested 144/226 → 146/230 (core F1 45.2 → 46.0).
     */
    VAGUE_TIME,
    /**
     * 1 when the question asks for a place of one scale (« quel pays », « quelle région »: a
     * country or region; « quelle ville »: a city) and the candidate is a place of the other
     * ({@link PlaceSignals#scaleOf}: the world's lists, else « en »/« au » against « à »): « à
     * Villeneuve » for « quel pays ». Measured with {@link #PLACE_SCALE_UNTOLD}.
     */
    PLACE_SCALE_CLASHES,
    /**
     * 1 when the question asks for a place of one scale and nothing tells the candidate's (« au
     * continent », an acronym, a name after « de »). Cross-validated on PIAF dev with
     * {@link #PLACE_SCALE_CLASHES} (dropped from the same candidates), averaged over six fold
     * assignments: core F1 at precision ≥ 70% 34.7 → 36.1, at ≥ 75% 26.4 → 26.7. A signal for
     * the agreeing scale ranked « quel pays » questions better (17 → 19 right first of 40) but
     * made their many agreeing wrong countries confident: core F1 at ≥ 70% fell to 32.8; dropped.
     */
    PLACE_SCALE_UNTOLD,
    /**
     * Signals read through the sentence's part-of-speech tags ({@code answer.phrase.PhraseSignals}).
     * The shape of a phrase candidate ({@link Candidate.Origin#CHUNK}), one-hot beside a plain noun
     * phrase: a « de » chain, a name, a number, a prepositional, infinitive or adjectival phrase.
     */
    CHUNK_CHAIN,
    CHUNK_NAME,
    CHUNK_NUMBER,
    CHUNK_PREPOSITIONAL,
    CHUNK_INFINITIVE,
    CHUNK_ADJECTIVAL,
    /** 1 when a phrase candidate coordinates phrases (« la sculpture, la vidéo et le dessin »). */
    CHUNK_LIST,
    /**
     * 1 when a phrase candidate says what a noun or name of the question is: its apposition, its
     * title, or what follows it and « est » (« Paul Durand, [pasteur du village], »).
     */
    DESCRIBES_QUESTION_WORD,
    /** 1 when a phrase candidate's head is a name (beside a common noun). */
    HEAD_PROPN,
    /** 1 when a phrase candidate's head is a number. */
    HEAD_NUM,
    /** Share of a phrase candidate's content words that are the question's own: an answer does not repeat the question. */
    REPEATS_QUESTION,
    /** 1 / (1 + tokens between a phrase candidate and the nearest question word of its sentence). */
    TOKEN_NEAR,
    /** 1 when a question word stands at most two tokens left of a phrase candidate. */
    LEFT_NEAR,
    /** 1 when a question word stands at most two tokens right of a phrase candidate. */
    RIGHT_NEAR,
    /** 1 when a phrase candidate opens with the preposition the question opens with (« dans quels… » → « dans des… »). */
    SAME_PREPOSITION,
    /** 1 for a prepositional phrase candidate of a « comment » question. */
    HOW_PREPOSITIONAL,
    /** 1 for an adjectival or adverbial phrase candidate of a « comment » question. */
    HOW_ADJECTIVAL,
    /** 1 for a phrase candidate headed by a name, of a « quel » question. */
    WHICH_NAME,
    /** 1 for an infinitive phrase candidate of a « que… » question. */
    WHAT_INFINITIVE,
    /** 1 when a phrase candidate follows one of the question's verbs (at most two adverbs, pronouns between): its object. */
    VERB_OBJECT,
    /** 1 when one of the question's verbs follows a phrase candidate closely: its subject. */
    VERB_SUBJECT,
    /** {@link #VERB_SUBJECT} for a question that asks for a subject (« qu'est-ce qui… », « qui… »). */
    ASKED_SUBJECT,
    /** {@link #VERB_OBJECT} for a question that asks for an object (« que… », « qu'est-ce que… »). */
    ASKED_OBJECT,
    /** 1 when the noun a « quel » question asks for heads the phrase candidate. */
    ASKED_HEAD,
    /** 1 when the asked noun heads the candidate and no other noun stands in it (« l'instrument », nothing new). */
    ASKED_ONLY,
    /** 1 when the asked noun heads the candidate and a name or number completes it (« la presqu’île de Quiberon »). */
    ASKED_WITH_NAME,
    /** 1 when that noun describes it: « la presqu’île de [Quiberon] », « le roi [Louis] », an apposition. */
    ASKED_DESCRIBES,
    /** 1 when a phrase candidate follows an auxiliary (« est », « a été »): a predicate. */
    AFTER_COPULA,
    /** 1 when a « qui » question asks for a role and a name's own title or apposition is that role. */
    ROLE_MATCH,
    /** 1 when a name's own role is another person's noun and the asked role does not describe it. */
    ROLE_CLASH,
    /**
     * What made a name or phrase a candidate of the asked kind ({@link Candidate.Origin}),
     * one-hot beside the hand-set {@link #FIT}, which ranks them « cue word » 0.8, « known »
     * 0.55, « phrase » 0.3, « unclassified » 0.15–0.2: the model learns what each is worth for
     * the confidence. A place after a locative preposition is the reference (no signal of its
     * own: one lost). Cross-validated on PIAF dev (rob.py, mean of 8 fold assignments): at
     * precision 75%, 102.0 → 109.0 right (core F1 33.5 → 35.2); at 70%, 117.9 → 120.2 right
     * (F1 38.8 → 38.8); right best candidates 160.5 → 159.6. Tried and lost: a flat name fit
     * of 0.5 leaving the kind to these signals (75%: 100.0, F1 31.4), every origin but one
     * dropped in turn (75%: 105.4–107.8).
     */
    ORIGIN_LISTED,
    ORIGIN_TITLE,
    ORIGIN_FULL_NAME,
    ORIGIN_CORPUS,
    ORIGIN_UNCLASSIFIED,
    ORIGIN_PHRASE,
    ORIGIN_CHUNK,
    /** Question types, one-hot: each type has its own base rate. */
    TYPE_QUANTITY,
    TYPE_DATE,
    TYPE_PERSON,
    TYPE_PLACE,
    TYPE_ORGANIZATION,
    TYPE_REASON,
    TYPE_DEFINITION,
    TYPE_YESNO,
    TYPE_OTHER;

    /** The one-hot feature of a question type. */
    public static AnswerFeature ofType(AnswerType type) {
        return switch (type) {
            case QUANTITY -> TYPE_QUANTITY;
            case DATE -> TYPE_DATE;
            case PERSON -> TYPE_PERSON;
            case PLACE -> TYPE_PLACE;
            case ORGANIZATION -> TYPE_ORGANIZATION;
            case REASON -> TYPE_REASON;
            case DEFINITION -> TYPE_DEFINITION;
            case YESNO -> TYPE_YESNO;
            default -> TYPE_OTHER;
        };
    }

    /**
     * The one-hot feature of a candidate's origin, null for {@link Candidate.Origin#NONE} and the
     * reference {@link Candidate.Origin#PREPOSITION}.
     */
    public static AnswerFeature ofOrigin(Candidate.Origin origin) {
        return switch (origin) {
            case NONE, PREPOSITION -> null;
            case LISTED -> ORIGIN_LISTED;
            case TITLE -> ORIGIN_TITLE;
            case FULL_NAME -> ORIGIN_FULL_NAME;
            case CORPUS -> ORIGIN_CORPUS;
            case UNCLASSIFIED -> ORIGIN_UNCLASSIFIED;
            case PHRASE -> ORIGIN_PHRASE;
            case CHUNK -> ORIGIN_CHUNK;
        };
    }

    /** The model file's key: lower case with dots (« sentence.coverage »). */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
