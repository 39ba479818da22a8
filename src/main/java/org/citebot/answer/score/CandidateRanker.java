package org.citebot.answer.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.answer.Candidate;
import org.citebot.answer.PassageEvidence;
import org.citebot.answer.VerbFamilies;
import org.citebot.answer.candidate.Clauses;
import org.citebot.answer.candidate.KindWords;
import org.citebot.answer.candidate.LocativePhrases;
import org.citebot.answer.candidate.PlaceSignals;
import org.citebot.corpus.Document;
import org.citebot.question.AnswerType;
import org.citebot.question.Question;
import org.citebot.question.TypedNouns;
import org.citebot.text.Folding;
import org.citebot.text.Memo;
import org.citebot.text.Span;

/**
 * Measures every candidate of a question on the {@link AnswerFeature signals} the confidence
 * model reads: how well it fits what is asked, how well its sentence aligns with the question
 * (and better than the other sentences read), how close it stands to the question's words and
 * whether other passages agree. Signals that compare candidates (the best-aligned sentence, the
 * nearest candidate of a sentence, agreement) need all of a question's candidates at once.
 */
public final class CandidateRanker {

    /** Characters around a candidate in which question words count as its local context. */
    static final int LOCAL_WINDOW = 80;
    /** Characters in which a question word counts as right beside the candidate. */
    static final int ADJACENT_WINDOW = 25;

    /** Characters in which a question's verb or noun counts as beside the candidate. */
    static final int RELATION_WINDOW = 40;
    private static final Pattern AGENT_BEFORE = Pattern.compile("(?i)\\bpar\\s+(?:les?\\s+|la\\s+|l['’])?$");
    /**
     * « par », maybe a determiner and up to three lower-case words (a title: « par l'astronome
     * danois »), right before a candidate; group 1 is the word before « par ».
     */
    private static final Pattern TITLED_AGENT_BEFORE = Pattern.compile(
            "(?:^|[^\\p{L}])(\\p{L}+)\\s+par\\s+(?:(?:les?|la|un|une|son|sa|ses|leurs?)\\s+|l['’])?"
                    + "(?:(?!(?:de|du|des|et|ou|en|au|aux|à)\\s)[\\p{Ll}][\\p{L}-]*\\s+){0,3}$",
            Pattern.UNICODE_CASE);
    /** Characters before a candidate in which its passive's « par » and title are looked for. */
    static final int AGENT_WINDOW = 70;
    /** An article or a preposition right before a candidate: no bare subject. */
    private static final Pattern ARTICLE_OR_PREPOSITION_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:le|la|les|l['’]|un|une|de|du|des|d['’]|à|au|aux|en|dans|par|pour|sur|sous|avec|sans|"
                    + "vers|chez|contre|entre|parmi|selon)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The word right after a candidate, when only spaces separate them. */
    private static final Pattern WORD_AFTER = Pattern.compile("[ \\u00a0]+(\\p{Ll}[\\p{L}'’-]*)");
    /** Lower-case words after a name that are no verb of it. */
    private static final Set<String> NOT_A_VERB = Set.of("de", "du", "des", "d'", "d’", "et", "ou", "a", "au", "aux",
            "en", "dans", "par", "pour", "sur", "sous", "avec", "sans", "vers", "chez", "contre", "entre", "le", "la",
            "les", "l'", "l’", "un", "une", "qui", "que", "qu'", "qu’", "dont", "mais", "puis", "aussi", "y", "ni",
            "comme", "lors", "depuis", "pendant", "apres", "avant", "jusqu'", "jusqu’", "ier", "er", "ii", "iii",
            "e", "eme", "siecle");

    /** « à qui », « avec qui », « par qui »…: a « qui » question asked with a preposition. */
    private static final Pattern PREPOSITION_QUI = Pattern.compile(
            "^\\s*(?:à|a|avec|contre|pour|par|de|sur|chez|envers|parmi|entre)\\s+qui\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Characters before a candidate in which an exclusion or negation counts as said of it. */
    static final int EXCLUSION_WINDOW = 30;
    /** « sauf », « excepté », « absent », « ni », « pas »… before a candidate: said not to hold of it. */
    private static final Pattern EXCLUSION_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:sauf|excepté|exceptée?s?|hormis|à l['’]exception|absente?s?|ni|pas|jamais|plus|aucune?|non|sans)"
                    + "(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Characters in which a question's verb counts as the candidate's own verb. */
    static final int VERB_WINDOW = 30;
    /** Characters after a bare subject in which the question's verb counts as its verb. */
    static final int SUBJECT_VERB_WINDOW = 60;
    /** Candidates with the two rarest stems in their clause that make {@link AnswerFeature#RARE_STEMS_RIVALS} 1. */
    static final int RARE_STEMS_RIVALS_FULL = 5;

    private final KindWords kindWords = new KindWords(TypedNouns.load());
    /** The signals read through part-of-speech tags. */
    private final org.citebot.answer.phrase.PhraseSignals phraseSignals;

    /** The sparse conjunctions of question word and candidate. */
    private final CandidateConjunctions conjunctions;

    /** A ranker that also reads the signals of {@code phraseSignals} and the {@code conjunctions}. */
    public CandidateRanker(org.citebot.answer.phrase.PhraseSignals phraseSignals, CandidateConjunctions conjunctions) {
        this.phraseSignals = java.util.Objects.requireNonNull(phraseSignals, "phraseSignals");
        this.conjunctions = java.util.Objects.requireNonNull(conjunctions, "conjunctions");
    }
    private final PlaceSignals placeSignals = PlaceSignals.shared();

    /**
     * Each candidate place's clauses, remembered: they depend on the text alone, and the same
     * candidates come back question after question (a chat stays on its subject; the extractors
     * remember their finds per sentence), where working them out again was a twentieth of an
     * answer. Keyed by the text's content, so a changed article is read anew.
     */
    private final Memo<ClauseReading.Place, ClauseReading> clauseReadings = new Memo<>();

    /** A candidate text and the kind of noun asked: the key of {@link #kindNouns}. */
    private record KindOf(String text, AnswerType kind) {
    }

    /** {@link KindWords#holds} of the candidate texts met, by kind: one name comes back in many sentences and questions. */
    private final Memo<KindOf, Boolean> kindNouns = new Memo<>();
    /** {@link LocativePhrases#placeHead} of the phrase candidates met, for the same reason. */
    private final Memo<String, Boolean> placeHeads = new Memo<>();

    /**
     * A candidate as read: its passage's evidence, the passage's rank, its article, and the
     * sentence ranker's weight of its sentence against the ranker's first one (exp of the score
     * difference, 1 for the first sentence; 0 when no ranker ran).
     */
    public record Read(Candidate candidate, PassageEvidence evidence, int rank, Document doc, double sentenceWeight) {

        /** A candidate read without a sentence ranker. */
        public Read(Candidate candidate, PassageEvidence evidence, int rank, Document doc) {
            this(candidate, evidence, rank, doc, 0);
        }
    }

    /**
     * A candidate, its signals (indexed by {@link AnswerFeature#ordinal()}) and the names of its
     * sparse conjunctions ({@link CandidateConjunctions}).
     */
    public record Measured(Candidate candidate, double[] features, List<String> conjunctions) {

        public Measured {
            conjunctions = List.copyOf(conjunctions);
        }

        /** A candidate with no conjunctions. */
        public Measured(Candidate candidate, double[] features) {
            this(candidate, features, List.of());
        }

        /** The signals as {@code name=value} pairs, for logs. */
        public String describe() {
            StringBuilder b = new StringBuilder();
            for (AnswerFeature f : AnswerFeature.values()) { // a log line: the copy does not matter
                if (features[f.ordinal()] != 0) {
                    b.append(f.key()).append('=').append(String.format(Locale.ROOT, "%.3f",
                            features[f.ordinal()])).append(' ');
                }
            }
            return b.toString().strip();
        }
    }

    /** How many signals a candidate has: {@code values()} copies its array on every call. */
    private static final int FEATURE_COUNT = AnswerFeature.values().length;

    /**
     * The signals of every candidate read for {@code question}.
     *
     * @param unknownShare share of the question's weight that no article holds
     * @param bestArticle  the best-matching article's id
     */
    public List<Measured> measure(List<Read> read, Question question, double unknownShare, String bestArticle) {
        double bestSentence = 0;
        for (Read r : read) {
            bestSentence = Math.max(bestSentence, r.evidence().sentenceCoverage());
        }
        Map<String, int[]> perSentence = new HashMap<>();
        Map<String, Set<String>> docsByKey = new HashMap<>();
        Map<String, Set<String>> sentencesByKey = new HashMap<>();
        int[] nearest = new int[read.size()];
        Map<String, Integer> nearestOfSentence = new HashMap<>();
        String[] sentenceIds = new String[read.size()];
        for (int i = 0; i < read.size(); i++) {
            Read r = read.get(i);
            String sentence = sentenceId(r);
            sentenceIds[i] = sentence;
            perSentence.computeIfAbsent(sentence, s -> new int[1])[0]++;
            docsByKey.computeIfAbsent(r.candidate().key(), k -> new HashSet<>()).add(r.candidate().docId());
            sentencesByKey.computeIfAbsent(r.candidate().key(), k -> new HashSet<>()).add(sentence);
            nearest[i] = r.evidence().nearestHit(r.candidate().anchor());
            nearestOfSentence.merge(sentence, nearest[i], Math::min);
        }
        List<Measured> out = new ArrayList<>(read.size());
        boolean withPreposition = askedWithPreposition(question);
        boolean vagueTime = asksVagueTime(question);
        Set<String> asked = question.type() == AnswerType.PERSON ? VerbFamilies.keysOf(question.text())
                : Set.of();
        String questionWord = CandidateConjunctions.questionWord(question);
        // Candidates share sentences: whether a sentence holds a year is asked once per sentence.
        Map<String, Boolean> yearInSentence = new HashMap<>();
        for (int i = 0; i < read.size(); i++) {
            Read r = read.get(i);
            Candidate c = r.candidate();
            PassageEvidence e = r.evidence();
            double[] f = new double[FEATURE_COUNT];
            f[AnswerFeature.FIT.ordinal()] = Math.min(1.5, c.score());
            f[AnswerFeature.COVERAGE.ordinal()] = e.coverage();
            f[AnswerFeature.SENTENCE_COVERAGE.ordinal()] = e.sentenceCoverage();
            f[AnswerFeature.RETRIEVAL.ordinal()] = e.relative();
            f[AnswerFeature.RANK.ordinal()] = 1.0 / (1 + r.rank());
            f[AnswerFeature.SENTENCE_RANK.ordinal()] = r.sentenceWeight();
            f[AnswerFeature.BEST_ARTICLE.ordinal()] = c.docId().equals(bestArticle) ? 1 : 0;
            f[AnswerFeature.PROXIMITY.ordinal()] = e.localCoverage(c.anchor(), LOCAL_WINDOW);
            f[AnswerFeature.CONSTRAINTS.ordinal()] = yearFactor(question.year(), e.passage().passage(),
                    r.doc(), c);
            f[AnswerFeature.RAREST_COVERED.ordinal()] = e.rarestCovered() ? 1 : 0;
            f[AnswerFeature.BACKGROUND_YEAR.ordinal()] = question.year().isEmpty()
                    && question.type() != AnswerType.DATE
                    && yearInSentence.computeIfAbsent(sentenceIds[i],
                            id -> holdsYear(r.doc().text(), e.passage().passage().sentence())) ? 1 : 0;
            f[AnswerFeature.UNKNOWN_SHARE.ordinal()] = unknownShare;
            otherSignals(f, r, question, asked, bestSentence, nearest[i] != Integer.MAX_VALUE
                    && nearest[i] <= nearestOfSentence.get(sentenceIds[i]),
                    perSentence.get(sentenceIds[i])[0], docsByKey.get(c.key()).size(),
                    sentencesByKey.get(c.key()).size());
            phraseSignals.measure(c, e, r.doc(), question, f);
            f[AnswerFeature.ASKED_WITH_PREPOSITION.ordinal()] = withPreposition ? 1 : 0;
            f[AnswerFeature.VAGUE_TIME.ordinal()] = vagueTime ? 1 : 0;
            f[AnswerFeature.HAND_SCORE.ordinal()] = handScore(f, c);
            f[AnswerFeature.ofType(question.type()).ordinal()] = 1;
            AnswerFeature origin = AnswerFeature.ofOrigin(c.origin());
            if (origin != null) {
                f[origin.ordinal()] = 1;
            }
            out.add(new Measured(c, f, conjunctions.of(c, questionWord, r.doc(),
                    e.passage().passage().sentence())));
        }
        relativeHandScores(out);
        rivalSignals(out);
        return out;
    }

    /**
     * The signals beyond fit, coverage, retrieval and rank: clauses, kind nouns, neighbouring verbs…
     *
     * @param nearestInSentence whether no other candidate of its sentence stands closer to a question word
     * @param inSentence        candidates in its sentence
     * @param docs              articles that hold its value
     * @param sentences         sentences that hold its value
     */
    private void otherSignals(double[] f, Read r, Question question, Set<String> askedKeys,
                              double bestSentence,
                              boolean nearestInSentence, int inSentence, int docs, int sentences) {
        Candidate c = r.candidate();
        PassageEvidence e = r.evidence();
        ClauseReading clauses = clauseReadings.get(new ClauseReading.Place(r.doc().text(),
                e.passage().passage().sentence(), c.anchor(), c.span(), ClauseReading.Reading.of(question.type())),
                ClauseReading::read);
        f[AnswerFeature.SENTENCE_COVERAGE_RELATIVE.ordinal()] = bestSentence > 0
                ? e.sentenceCoverage() / bestSentence : 0;
        f[AnswerFeature.BEST_SENTENCE.ordinal()] = bestSentence > 0 && e.sentenceCoverage() >= bestSentence
                ? 1 : 0;
        f[AnswerFeature.TOPICAL_COVERAGE.ordinal()] = e.topicalCoverage();
        f[AnswerFeature.RELATION_COVERAGE.ordinal()] = e.relationCoverage();
        f[AnswerFeature.ADJACENCY.ordinal()] = e.localCoverage(c.anchor(), ADJACENT_WINDOW);
        f[AnswerFeature.RELATION_ADJACENCY.ordinal()] = e.localCoverage(c.anchor(), RELATION_WINDOW,
                h -> !h.topical());
        f[AnswerFeature.TOPICAL_ADJACENCY.ordinal()] = e.localCoverage(c.anchor(), RELATION_WINDOW,
                PassageEvidence.Hit::topical);
        f[AnswerFeature.AGENT.ordinal()] = clauses.agent() ? 1 : 0;
        if (question.type() == AnswerType.PERSON) {
            f[AnswerFeature.AGENT_OF_ASKED_VERB.ordinal()] = agentOfAskedVerb(r.doc().text(),
                    e.passage().passage().sentence(), c.anchor(), askedKeys) ? e.topicalCoverage() : 0;
        }
        f[AnswerFeature.LEFT_SHARE.ordinal()] = e.leftShare(c.anchor());
        f[AnswerFeature.NEAREST_IN_SENTENCE.ordinal()] = nearestInSentence ? 1 : 0;
        f[AnswerFeature.UNIQUE_IN_SENTENCE.ordinal()] = 1.0 / inSentence;
        f[AnswerFeature.AGREEMENT.ordinal()] = Math.min(1.0, (docs - 1) / 2.0);
        f[AnswerFeature.REPEATED.ordinal()] = Math.min(1.0, (sentences - 1) / 3.0);
        f[AnswerFeature.LENGTH.ordinal()] = Math.min(1.0, WhitespaceSplit.length(c.text()) / 6.0);
        f[AnswerFeature.CAPITALISED.ordinal()] = Character.isUpperCase(c.text().charAt(0)) ? 1 : 0;
        f[AnswerFeature.KIND_NOUN.ordinal()] = kindNouns.get(new KindOf(c.text(), question.type()),
                k -> kindWords.holds(k.text(), k.kind())) ? 1 : 0;
        f[AnswerFeature.FOCUS_BESIDE.ordinal()] = focusBeside(question, r.doc().text(),
                e.passage().passage().sentence(), c.anchor()) ? 1 : 0;
        f[AnswerFeature.NOT_A_PERSON.ordinal()] = question.type() == AnswerType.PERSON
                && kindWords.notAPerson(c.text()) ? 1 : 0;
        if (question.type() == AnswerType.PERSON) {
            f[AnswerFeature.THING_PHRASE.ordinal()] = c.origin() == Candidate.Origin.PHRASE
                    && kindWords.thingPhrase(c.text()) ? 1 : 0;
            f[AnswerFeature.BARE_SUBJECT.ordinal()] = clauses.bareSubject() ? 1 : 0;
            f[AnswerFeature.SUBJECT_OF_ASKED_VERB.ordinal()] = f[AnswerFeature.BARE_SUBJECT.ordinal()] > 0
                    && e.verbBeside(c.anchor(), SUBJECT_VERB_WINDOW, true) ? 1 : 0;
        }
        f[AnswerFeature.VERB_AFTER.ordinal()] = e.verbBeside(c.anchor(), VERB_WINDOW, true) ? 1 : 0;
        f[AnswerFeature.VERB_BEFORE.ordinal()] = e.verbBeside(c.anchor(), VERB_WINDOW, false) ? 1 : 0;
        f[AnswerFeature.CLAUSE_COVERAGE.ordinal()] = e.coverageIn(clauses.clause(), c.anchor());
        Span plain = clauses.plain();
        f[AnswerFeature.RAREST_IN_CLAUSE.ordinal()] = e.rarestIn(plain, c.span()) ? 1 : 0;
        f[AnswerFeature.RARE_STEMS_IN_CLAUSE.ordinal()] = e.rareStemIn(0, plain, c.span())
                && e.rareStemIn(1, plain, c.span()) ? 1 : 0;
        f[AnswerFeature.PHRASE_OVERLAP.ordinal()] = e.phraseOverlap();
        f[AnswerFeature.EXCLUDED.ordinal()] = clauses.excluded() ? 1 : 0;
        if (question.type() == AnswerType.PLACE) {
            f[AnswerFeature.LOCATED_BY.ordinal()] = PlaceSignals.locatedBy(r.doc().text(), e, c.span()) ? 1 : 0;
            f[AnswerFeature.PLACE_HEAD.ordinal()] = c.origin() == Candidate.Origin.PHRASE
                    && placeHeads.get(c.text(), LocativePhrases::placeHead) ? 1 : 0;
            PlaceSignals.Scale asked = PlaceSignals.asked(question.focus());
            if (asked != PlaceSignals.Scale.UNKNOWN) {
                PlaceSignals.Scale scale = placeSignals.scaleOf(r.doc().text(), c.span());
                f[AnswerFeature.PLACE_SCALE_CLASHES.ordinal()] = scale != asked
                        && scale != PlaceSignals.Scale.UNKNOWN ? 1 : 0;
                f[AnswerFeature.PLACE_SCALE_UNTOLD.ordinal()] = scale == PlaceSignals.Scale.UNKNOWN ? 1 : 0;
            }
        }
    }

    /**
     * The year (1000 to 2099) that dates {@code candidate} in {@code sentence}: the first number
     * after it when that is a year within {@code window} characters (« 12 millions en 2019 »),
     * else the last number before it when that is one (« en 2019, 12 millions »); 0 otherwise.
     * Another number in between dates something else.
     */
    static int nearestYear(String text, Span sentence, Span candidate, int window) {
        int after = candidate.end();
        int limit = Math.min(sentence.end(), candidate.end() + window);
        while (after < limit && !digit(text.charAt(after))) {
            after++;
        }
        if (after < limit && isYearAt(text, after) && !breaksClause(text, candidate.end(), after)) {
            return Integer.parseInt(text, after, after + 4, 10);
        }
        int before = candidate.start();
        int floor = Math.max(sentence.start(), candidate.start() - window);
        while (before > floor && !digit(text.charAt(before - 1))) {
            before--;
        }
        boolean fronted = before - 4 >= sentence.start()
                && Clauses.clauseOf(text, sentence, new Span(before - 4, before)).start() == sentence.start();
        if (before > floor && before - 4 >= 0 && isYearAt(text, before - 4)
                && (fronted || !breaksClause(text, before, candidate.start()))) {
            return Integer.parseInt(text, before - 4, before, 10);
        }
        return 0;
    }

    /** Whether a clause boundary stands between {@code from} and {@code to}: « (… en 2019), contre 7,9 ». */
    private static boolean breaksClause(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (",;:()[]".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isYearAt(String text, int i) {
        return i + 4 <= text.length() && holdsYear(text, new Span(i, i + 4)) && (i == 0 || !digit(text.charAt(i - 1)))
                && (i + 4 == text.length() || !digit(text.charAt(i + 4)));
    }

    /** Whether a passive's « par » (maybe with an article) stands right before {@code candidate}. */
    static boolean agentBefore(String text, Span candidate) {
        return AGENT_BEFORE.matcher(text).region(Math.max(0, candidate.start() - 6), candidate.start()).find();
    }

    /**
     * Whether {@code candidate} stands bare before a verb: no article or preposition before it,
     * a lower-case word that is no function word after it (« Paul Durand mène l'enquête »); or
     * a group whose definite article opens the clause (« les Espagnols prirent la ville »,
     * {@link #articleOpensClause}). The article form, cross-validated on PIAF dev (rob.py, mean of
     * eight fold assignments): at precision 75%, 133.2 → 134.4 right (core F1 42.5 → 42.9); at
     * 70%, 140.8 → 141.2 (45.0 → 45.2); fit at 0.30, 128/157 → 129/159, nested 144/226 → 148/231
     * (core F1 45.2 → 46.0).
     */
    static boolean bareSubject(String text, Span sentence, Span candidate) {
        Matcher after = WORD_AFTER.matcher(text).region(candidate.end(),
                Math.min(sentence.end(), candidate.end() + 30));
        if (!after.lookingAt()) {
            return false;
        }
        String next = after.group(1);
        if (!next.equals("a") && NOT_A_VERB.contains(Folding.fold(next))) {
            return false;
        }
        return !ARTICLE_OR_PREPOSITION_BEFORE.matcher(text)
                .region(Math.max(sentence.start(), candidate.start() - 12), candidate.start()).find()
                || articleOpensClause(text, sentence, candidate);
    }

    /**
     * Whether a definite article right before {@code candidate} opens its clause (the sentence's
     * start, a punctuation mark or a conjunction before it): « les Espagnols prirent la ville »,
     * « …, et les Anglais reculèrent ».
     */
    static boolean articleOpensClause(String text, Span sentence, Span candidate) {
        int from = Math.max(sentence.start(), candidate.start() - 24);
        String before = (from == sentence.start() ? "," : "") + text.substring(from, candidate.start());
        return ARTICLE_OPENING_CLAUSE.matcher(before).find();
    }

    /** A definite article at the end of a text, right after a clause's opening. */
    private static final Pattern ARTICLE_OPENING_CLAUSE = Pattern.compile(
            "(?:[,;:(]|(?<![\\p{L}])(?:et|mais|puis|alors|car|donc|lorsque|quand|où|ou|ensuite))\\s*"
                    + "(?:les|le|la|l['’])\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Whether an exclusion or a negation stands in {@code clause} within
     * {@link #EXCLUSION_WINDOW} characters before {@code candidate} (« mais absent aux États-Unis »).
     */
    static boolean excluded(String text, Span clause, Span candidate) {
        return exclusionBefore(text, Math.max(clause.start(), candidate.start() - EXCLUSION_WINDOW),
                candidate.start())
                || NEGATED_AFTER.matcher(text).region(candidate.end(), Math.max(candidate.end(), clause.end()))
                        .lookingAt();
    }

    /** The words of {@link #EXCLUSION_BEFORE} that are one run of letters, as its case rule folds them. */
    private static final Set<String> EXCLUSION_WORDS = Set.of("sauf", "excepté", "exceptée", "exceptés", "exceptées",
            "hormis", "absent", "absente", "absents", "absentes", "ni", "pas", "jamais", "plus", "aucun", "aucune",
            "non", "sans");

    /**
     * Whether {@link #EXCLUSION_BEFORE} finds a match in {@code text} between {@code from} and
     * {@code to} (the matcher's region, whose edges count as non-letters), read by runs of letters
     * instead of trying the pattern at every character (a seventieth of an answer): every word of
     * the pattern but « à l'exception » is one whole run of letters, and that one is three runs
     * (« à », « l », « exception ») joined by a space and an apostrophe. Letters are compared as
     * the pattern's case-insensitive Unicode matching does, through their upper then lower case.
     * A region holding a surrogate goes through the pattern.
     */
    static boolean exclusionBefore(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isSurrogate(text.charAt(k))) {
                // the pattern's look-behind reads one char back, half of a letter outside the BMP
                return EXCLUSION_BEFORE.matcher(text).region(from, to).find();
            }
        }
        int i = from;
        int previousStart = -1;
        int previousEnd = -1;
        int secondStart = -1;
        int secondEnd = -1;
        while (i < to) {
            int cp = text.codePointAt(i);
            if (!Character.isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < to && Character.isLetter(cp = text.codePointAt(i))) {
                i += Character.charCount(cp);
            }
            int end = Math.min(i, to);
            String run = end - start >= 2 && end - start <= "exception".length() ? caseFolded(text, start, end) : "";
            if (EXCLUSION_WORDS.contains(run)) {
                return true;
            }
            // « à l'exception »: « à », one space, « l », an apostrophe, « exception »
            if (run.equals("exception") && secondEnd == start - 1 && secondEnd - secondStart == 1
                    && "'’".indexOf(text.charAt(secondEnd)) >= 0
                    && caseFolded(text, secondStart, secondEnd).equals("l")
                    && previousStart >= 0 && previousEnd == secondStart - 1 && text.charAt(previousEnd) == ' '
                    && caseFolded(text, previousStart, previousEnd).equals("à")) {
                return true;
            }
            previousStart = secondStart;
            previousEnd = secondEnd;
            secondStart = start;
            secondEnd = end;
        }
        return false;
    }

    /** {@code text}'s code points from {@code start} to {@code end} folded as case-insensitive Unicode patterns compare them. */
    private static String caseFolded(String text, int start, int end) {
        StringBuilder b = new StringBuilder(end - start);
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            b.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp)));
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /** A negated verb right after a candidate, its subject: « Paul Durand n'a pas signé ». */
    private static final Pattern NEGATED_AFTER = Pattern.compile("\\s+(?:ne\\s|n['’])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Whether {@code candidate} is the agent of a passive (« par », maybe a determiner and a
     * title before it: « menée par le général X ») whose participle, the word before « par », is
     * one of {@code asked} or of its families ({@link VerbFamilies#related}).
     */
    static boolean agentOfAskedVerb(String text, Span sentence, Span candidate, Set<String> asked) {
        int from = Math.max(sentence.start(), candidate.start() - AGENT_WINDOW);
        if (!spacedPar(text, from, candidate.start())) {
            return false; // the pattern cannot match: spares trying it at every character
        }
        Matcher agent = TITLED_AGENT_BEFORE.matcher(text).region(from, candidate.start());
        return agent.find() && VerbFamilies.related(agent.group(1), asked);
    }

    /**
     * Whether « par » stands between {@code from} and {@code to} with white space ({@code \s})
     * right before and right after it: what every match of {@link #TITLED_AGENT_BEFORE} holds.
     */
    static boolean spacedPar(String text, int from, int to) {
        for (int i = text.indexOf("par", from); i >= 0 && i + 4 <= to; i = text.indexOf("par", i + 1)) {
            if (i - 1 >= from && asciiSpace(text.charAt(i - 1)) && asciiSpace(text.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    /** The patterns' {@code \s} (no {@code UNICODE_CHARACTER_CLASS}): ASCII white space. */
    private static boolean asciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** Whether {@code question} asks for a person with a preposition before « qui » (« à qui », « avec qui »). */
    static boolean askedWithPreposition(Question question) {
        return question.type() == AnswerType.PERSON && PREPOSITION_QUI.matcher(question.text()).find();
    }

    /**
     * The signals that weigh a candidate against the question's other candidates: its clause
     * coverage over the best one ({@link AnswerFeature#CLAUSE_COVERAGE_RELATIVE}) and how many
     * candidates hold the two rarest stems in their clause ({@link AnswerFeature#RARE_STEMS_RIVALS}).
     */
    static void rivalSignals(List<Measured> measured) {
        double best = 0;
        int rare = 0;
        for (Measured m : measured) {
            best = Math.max(best, m.features()[AnswerFeature.CLAUSE_COVERAGE.ordinal()]);
            rare += m.features()[AnswerFeature.RARE_STEMS_IN_CLAUSE.ordinal()] > 0 ? 1 : 0;
        }
        double rivals = Math.min(1.0, rare / (double) RARE_STEMS_RIVALS_FULL);
        for (Measured m : measured) {
            m.features()[AnswerFeature.CLAUSE_COVERAGE_RELATIVE.ordinal()] = best > 0
                    ? m.features()[AnswerFeature.CLAUSE_COVERAGE.ordinal()] / best : 0;
            m.features()[AnswerFeature.RARE_STEMS_RIVALS.ordinal()] = rivals;
        }
    }

    /** Sets each candidate's hand score relative to the best of the question's candidates. */
    private static void relativeHandScores(List<Measured> measured) {
        double best = 0;
        for (Measured m : measured) {
            best = Math.max(best, m.features()[AnswerFeature.HAND_SCORE.ordinal()]);
        }
        for (Measured m : measured) {
            m.features()[AnswerFeature.HAND_SCORE_RELATIVE.ordinal()] = best > 0
                    ? m.features()[AnswerFeature.HAND_SCORE.ordinal()] / best : 0;
        }
    }

    /**
     * The score of the hand-weighted ranking the model replaced: fit × coverage × retrieval ×
     * proximity × constraints, each softened.
     */
    private static double handScore(double[] f, Candidate c) {
        double cov = 0.5 * f[AnswerFeature.COVERAGE.ordinal()] + 0.5 * f[AnswerFeature.SENTENCE_COVERAGE.ordinal()];
        double constraints = f[AnswerFeature.CONSTRAINTS.ordinal()]
                * (f[AnswerFeature.RAREST_COVERED.ordinal()] > 0 ? 1 : 0.5)
                * (f[AnswerFeature.BACKGROUND_YEAR.ordinal()] > 0 ? 0.6 : 1);
        return c.score() * (0.2 + 0.8 * cov) * (0.6 + 0.4 * f[AnswerFeature.RETRIEVAL.ordinal()])
                * (0.5 + 0.5 * f[AnswerFeature.PROXIMITY.ordinal()]) * constraints;
    }

    /** Whether the question's focus noun (its stem) stands within 40 characters of the candidate, outside it. */
    private static boolean focusBeside(Question question, String text, Span sentence, Span candidate) {
        if (question.focus().isEmpty()) {
            return false;
        }
        String focus = Folding.fold(question.focus().get());
        String stem = focus.length() > 5 ? focus.substring(0, focus.length() - 1) : focus;
        if (stem.length() < 3) {
            return false;
        }
        String before = Folding.fold(text.substring(Math.max(sentence.start(), candidate.start()
                - RELATION_WINDOW), candidate.start()));
        if (before.contains(stem)) {
            return true; // the text after need not be folded
        }
        String after = Folding.fold(text.substring(candidate.end(), Math.min(sentence.end(),
                candidate.end() + RELATION_WINDOW)));
        return after.contains(stem);
    }

    /** Time nouns a question asks with « quel » whose answer is seldom a date: see {@link AnswerFeature#VAGUE_TIME}. */
    private static final Set<String> VAGUE_TIME_NOUNS = Set.of("moment", "moments", "saison", "saisons",
            "periode", "periodes", "epoque", "epoques");

    /** Whether a date question asks for a moment, a season, a period or an era rather than a date. */
    static boolean asksVagueTime(Question question) {
        return question.type() == AnswerType.DATE && question.focus().isPresent()
                && VAGUE_TIME_NOUNS.contains(Folding.fold(question.focus().get()).toLowerCase(Locale.ROOT));
    }

    private static String sentenceId(Read r) {
        Span s = r.evidence().passage().passage().sentence();
        return r.candidate().docId() + "@" + s.start();
    }

    /**
     * A year the question names: 1 when the passage's context holds it, low when it holds
     * another year, between when it holds none; the year that dates the candidate itself
     * ({@link #nearestYear}) decides when there is one; the year itself is no answer to it.
     */
    private static double yearFactor(OptionalInt year, org.citebot.index.Passage passage, Document doc,
                                     Candidate candidate) {
        if (year.isEmpty()) {
            return 1.0;
        }
        Span context = passage.context();
        String around = context.of(doc.text());
        String wanted = Integer.toString(year.getAsInt());
        if (candidate.span().of(doc.text()).equals(wanted)) {
            return 0.3;
        }
        int own = nearestYear(doc.text(), passage.sentence(), candidate.anchor(), RELATION_WINDOW);
        if (own != 0) {
            return own == year.getAsInt() ? 1.0 : 0.2;
        }
        if (around.contains(wanted)) {
            return 1.0;
        }
        return holdsYear(doc.text(), context) ? 0.2 : 0.5;
    }

    /**
     * Whether {@code region} of {@code text} holds a year (1000 to 2099) that is not part of a
     * longer number, the region's edges counting as non-digits: what
     * {@code (?<!\\d)(1[0-9]{3}|20[0-9]{2})(?!\\d)} finds in the region's text, read without a
     * regular expression, whose look-behind at every character cost 5% of an answer.
     */
    static boolean holdsYear(String text, Span region) {
        int start = region.start();
        int end = region.end();
        for (int i = start; i + 4 <= end; i++) {
            char a = text.charAt(i);
            boolean year = a == '1' && digit(text.charAt(i + 1))
                    || a == '2' && text.charAt(i + 1) == '0';
            if (year && digit(text.charAt(i + 2)) && digit(text.charAt(i + 3))
                    && (i == start || !digit(text.charAt(i - 1))) && (i + 4 == end || !digit(text.charAt(i + 4)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
