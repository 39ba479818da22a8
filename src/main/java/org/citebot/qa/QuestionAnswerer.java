package org.citebot.qa;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.citebot.answer.AnalyzedText;
import org.citebot.answer.Answer;
import org.citebot.answer.Candidate;
import org.citebot.answer.CandidateExtractor;
import org.citebot.answer.score.CandidateRanker;
import org.citebot.answer.score.ConfidenceModel;
import org.citebot.answer.Finding;
import org.citebot.answer.reply.FindingMerger;
import org.citebot.answer.PassageEvidence;
import org.citebot.answer.QuestionTerm;
import org.citebot.answer.QuestionTermMatcher;
import org.citebot.answer.VerbFamilies;
import org.citebot.answer.phrase.PhraseExtractor;
import org.citebot.answer.phrase.PhraseSignals;
import org.citebot.answer.phrase.RoleSynonyms;
import org.citebot.corpus.Document;
import org.citebot.index.PassageRanking;
import org.citebot.index.Retriever;
import org.citebot.index.ScoredPassage;
import org.citebot.index.TermWeights;
import org.citebot.question.AnswerType;
import org.citebot.question.Question;
import org.citebot.question.QuestionAnalyzer;
import org.citebot.question.SmallTalk;
import org.citebot.question.VerbForms;
import org.citebot.rank.RankedSentences;
import org.citebot.rank.SentenceFeatures;
import org.citebot.rank.SentencePool;
import org.citebot.rank.SentenceRanker;

/**
 * The pure question-answering pipeline: question → passages → sentences ranked → candidates →
 * answer. No I/O, no formatting: the same {@link Answer} feeds the chat reply and the JSON output.
 *
 * <p>The passages read are ordered by the learned {@link SentenceRanker}: the reply's passages,
 * and the passage a decline offers, are its order, and each candidate reads its sentence's
 * weight in it ({@link AnswerFeature#SENTENCE_RANK}).
 *
 * <p>An answer is given only when its confidence reaches the calibrated threshold; the
 * confidence is the probability that the best candidate is right under the learned listwise
 * {@link ConfidenceModel} (its score, its share of the question's candidates, its margin over
 * the best rival and its signals); its signals include the share of the question's weight that no
 * article holds at all (« combien de militaires français en Islande ? » when no article names
 * Iceland) and whether other articles agree. Below it, the reply declines and offers the
 * closest passages: the ranker's first and the sentences of the best declined candidates
 * ({@link SentencesToRead}).
 *
 * <p>Beside the model, {@link AnswerProof}s read the passages for proofs its signals cannot weigh:
 * below the threshold, the first proof that gives candidates answers; above it, an answer a proof
 * refutes is withdrawn. {@link RoleAnswer}: a role's holder (« qui est la directrice du musée ? »)
 * is answered when the sentences read give exactly one person the whole role, and withdrawn when
 * they only ever give that name the role's noun with another complement; {@link PersonDescription}:
 * who a named person is (« qui est Claire Vasseur ? »), the title the sentences give the name;
 * {@link KindAnswer}: « quel / quelle N… ? » is answered when the model's first candidate is the one
 * thing its sentence names an N (« l'agence Kestrel »).
 *
 * <p>Thread-safe when its parts are (all of citebot's are).
 */
public final class QuestionAnswerer {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(QuestionAnswerer.class);
    /** Ranking signals of every candidate, for calibration (logger {@code citebot.features}). */
    private static final org.slf4j.Logger FEATURES = org.slf4j.LoggerFactory.getLogger("citebot.features");

    private final Map<String, Document> documents;
    private final Retriever retriever;
    private final TermWeights weights;
    private final QuestionAnalyzer analyzer;
    private final AnalyzedText analysis;
    private final AnalyzedText synonyms;
    private final Map<AnswerType, CandidateExtractor> extractors;
    private final CandidateRanker ranker;
    /** Phrase candidates ({@code answer.phrase}) for the questions that ask for a phrase. */
    private final PhraseExtractor phrases;
    private final FindingMerger merger = new FindingMerger();
    private final ConfidenceModel model;
    private final AnswerPolicy policy;
    private final SentenceRanker sentenceRanker;
    private final SentenceFeatures sentenceFeatures;
    /** Proofs read beside the model, in the order they are asked ({@link AnswerProof}). */
    private final List<AnswerProof> proofs;

    public QuestionAnswerer(Map<String, Document> documents, Retriever retriever, TermWeights weights,
                            QuestionAnalyzer analyzer, AnalyzedText analysis,
                            AnalyzedText synonyms, Map<AnswerType, CandidateExtractor> extractors,
                            AnswerPolicy policy, ConfidenceModel model, SentenceRanker sentenceRanker,
                            PhraseExtractor phrases, RoleSynonyms roleSynonyms) {
        this.proofs = List.of(new RoleAnswer(phrases.tags(), roleSynonyms), new PersonDescription(phrases.tags()),
                new KindAnswer(phrases.tags()));
        this.model = Objects.requireNonNull(model, "model");
        this.phrases = Objects.requireNonNull(phrases, "phrases");
        this.ranker = new CandidateRanker(new PhraseSignals(phrases.tags()),
                new org.citebot.answer.score.CandidateConjunctions(phrases.tags()));
        this.sentenceRanker = Objects.requireNonNull(sentenceRanker, "sentenceRanker");
        this.sentenceFeatures = new SentenceFeatures(Objects.requireNonNull(analysis, "analysis"));
        this.synonyms = Objects.requireNonNull(synonyms, "synonyms");
        this.documents = Map.copyOf(documents);
        this.retriever = Objects.requireNonNull(retriever, "retriever");
        this.weights = Objects.requireNonNull(weights, "weights");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.extractors = Map.copyOf(extractors);
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** The decline given when answering {@code text} failed: no passage, no citation. */
    public Answer failed(String text) {
        return new Answer(analyzer.analyze(text == null ? "" : text), Answer.Outcome.DECLINED, List.of(), 0, List.of(),
                List.of(), 0);
    }

    /** Answers {@code text}, typed by the user; never throws on user input. */
    public Answer answer(String text) {
        return answer(text, Wording.TYPED);
    }

    /**
     * Answers {@code text}, worded as {@code wording} says: a follow-up written out by the chat is
     * read by the proofs that read it so worded ({@link AnswerProof#reads}). Never throws on user
     * input.
     */
    public Answer answer(String text, Wording wording) {
        Question question = analyzer.analyze(text == null ? "" : text);
        List<AnswerProof> applicable = proofs.stream().filter(p -> p.reads(question, wording)).toList();
        if (SmallTalk.classify(question.text()).isPresent()) {
            return new Answer(question, Answer.Outcome.SMALL_TALK, List.of(), 0, List.of(), List.of(), 0);
        }
        List<ScoredPassage> retrieved = retrieve(question);
        if (retrieved.isEmpty()) {
            return new Answer(question, Answer.Outcome.DECLINED, List.of(), 0, List.of(), List.of(), 0);
        }
        Terms terms = terms(question);
        RankedSentences ranked = rank(question, terms, retrieved);
        List<ScoredPassage> passages = ranked.passages(policy.passages());
        double sentence = ranked.topProbability();
        List<Candidate> scored = new ArrayList<>();
        List<CandidateRanker.Measured> measured = measure(question, retrieved, terms, ranked);
        ConfidenceModel.Judged judged = model.judge(measured);
        for (int i = 0; i < measured.size(); i++) {
            scored.add(measured.get(i).candidate().withScore(judged.shares()[i]));
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("question {} → type {}, focus {}", question.text(), question.type(), question.focus().orElse("-"));
            scored.stream().sorted(java.util.Comparator.comparingDouble(Candidate::score).reversed()).limit(8)
                    .forEach(c -> LOG.debug("  candidate {} [{}] {} in {}", String.format(java.util.Locale.ROOT,
                            "%.3f", c.score()), c.key(), c.text(), c.docId()));
        }
        List<Finding> findings = merger.merge(scored, documents);
        double confidence = findings.isEmpty() ? 0 : judged.confidence();
        boolean sure = !findings.isEmpty() && confidence >= policy.threshold()
                && !refuted(applicable, question, findings.get(0).fact(), scored);
        if (!sure) {
            Optional<List<Candidate>> proven = proven(applicable, question, scored);
            if (proven.isPresent()) {
                return new Answer(question, Answer.Outcome.ANSWERED,
                        List.of(merger.merge(proven.get(), documents).get(0)), confidence, passages, List.of(), sentence);
            }
            // Unsure of the fact: quote the sentence when the ranker is sure it states the answer,
            // less sure by the share of the question's weight that no article holds (« quel est le
            // salaire de X ? » where no article speaks of a salary: a sentence about X is no answer).
            Answer.Outcome outcome = sentence * (1 - terms.unknownShare()) >= policy.quoteThreshold()
                    ? Answer.Outcome.QUOTED : Answer.Outcome.DECLINED;
            return new Answer(question, outcome, List.of(), confidence, passages, SentencesToRead.choose(passages,
                    SentencesToRead.behindBestCandidates(scored, SentencesToRead.CANDIDATE_SENTENCES),
                    policy.unsureSentences(), policy.unsureRatio(), documents), sentence);
        }
        return new Answer(question, Answer.Outcome.ANSWERED, shown(question, findings), confidence, passages,
                List.of(), sentence);
    }

    /** Whether one of {@code applicable} refutes {@code fact}, the model's confident answer. */
    private boolean refuted(List<AnswerProof> applicable, Question question, String fact, List<Candidate> scored) {
        for (AnswerProof proof : applicable) {
            if (proof.refutes(question, fact, scored, documents)) {
                return true;
            }
        }
        return false;
    }

    /** The candidates of the first of {@code applicable} that answers {@code question}, or empty. */
    private Optional<List<Candidate>> proven(List<AnswerProof> applicable, Question question,
                                             List<Candidate> scored) {
        for (AnswerProof proof : applicable) {
            Optional<List<Candidate>> answers = proof.answers(question, scored, documents);
            if (answers.isPresent()) {
                return answers;
            }
        }
        return Optional.empty();
    }

    /**
     * The sentences of {@code text}'s pool (the passages read for candidates) with their signals,
     * unranked: what the sentence ranker is fitted on
     * ({@code fit-ranker} command). Empty for small talk or when nothing is retrieved.
     */
    public SentenceFeatures.Measured sentencePool(String text) {
        Question question = analyzer.analyze(text == null ? "" : text);
        if (SmallTalk.classify(question.text()).isPresent()) {
            return new SentenceFeatures.Measured(List.of(), new double[0][], new PassageEvidence[0]);
        }
        List<ScoredPassage> retrieved = retrieve(question);
        return pool(question, terms(question), retrieved);
    }

    /**
     * The signals of the sentences the ranker orders: those read for candidates, and at least the
     * first {@code retrieval.passages} (shown even when fewer are read).
     */
    private SentenceFeatures.Measured pool(Question question, Terms terms, List<ScoredPassage> retrieved) {
        return sentenceFeatures.measure(question, terms.matcher(), SentencePool.of(retrieved,
                readRanks(retrieved, Math.max(policy.readPassages(), policy.passages()), policy.bestArticleExtra())),
                documents);
    }

    /** The pool of {@code retrieved} in the sentence ranker's order. */
    private RankedSentences rank(Question question, Terms terms, List<ScoredPassage> retrieved) {
        return sentenceRanker.rank(pool(question, terms, retrieved));
    }

    /**
     * Every candidate read for {@code text} with its signals, unscored: what the confidence
     * model is fitted on ({@code fit} command).
     */
    public List<CandidateRanker.Measured> candidates(String text) {
        Question question = analyzer.analyze(text == null ? "" : text);
        if (SmallTalk.classify(question.text()).isPresent()) {
            return List.of();
        }
        List<ScoredPassage> passages = retrieve(question);
        if (passages.isEmpty()) {
            return List.of();
        }
        Terms terms = terms(question);
        return measure(question, passages, terms, rank(question, terms, passages));
    }

    /** The retriever's candidate pool (at least the passages shown), best first. */
    private List<ScoredPassage> retrieve(Question question) {
        return retriever.search(question.text(), Math.max(policy.passages(), PassageRanking.CANDIDATE_POOL));
    }

    /**
     * The ranks of the passages read, best first: the first {@code readPassages}, then up to
     * {@code bestArticleExtra} further passages of the best-ranked passage's article. The article
     * a question is about is nearly always ranked first, but the sentence that answers often shares
     * few of the question's words (« Qui a signé l'accord ? » answered by « Le maire l'a paraphé
     * lundi. ») and falls below sentences of other articles, lowered again by the retriever's
     * spreading of passages over articles. Ten further passages gave more questions a right
     * candidate than five, fifteen or thirty (the more, the more wrong candidates): see
     * {@code docs/EXPERIMENTS.md}.
     */
    static List<Integer> readRanks(List<ScoredPassage> passages, int readPassages, int bestArticleExtra) {
        int n = Math.min(passages.size(), readPassages);
        List<Integer> ranks = new ArrayList<>(n + bestArticleExtra);
        for (int rank = 0; rank < n; rank++) {
            ranks.add(rank);
        }
        if (passages.isEmpty()) {
            return ranks;
        }
        String best = passages.get(0).passage().docId();
        for (int rank = n; rank < passages.size() && ranks.size() < n + bestArticleExtra; rank++) {
            if (passages.get(rank).passage().docId().equals(best)) {
                ranks.add(rank);
            }
        }
        return ranks;
    }

    /**
     * The question's terms that some article holds, ready for matching, and the share of its
     * weight that none holds.
     */
    private record Terms(QuestionTermMatcher matcher, double unknownShare) {
    }

    private Terms terms(Question question) {
        List<QuestionTerm> allTerms = questionTerms(question);
        boolean[] known = new boolean[allTerms.size()];
        List<QuestionTerm> terms = new ArrayList<>(allTerms.size());
        for (int i = 0; i < allTerms.size(); i++) {
            for (String form : allTerms.get(i).alternatives()) {
                if (weights.known(form)) {
                    known[i] = true;
                    break;
                }
            }
            // Words no article holds cannot be matched; they lower the confidence instead.
            if (known[i]) {
                terms.add(allTerms.get(i));
            }
        }
        return new Terms(new QuestionTermMatcher(terms), unknownShare(allTerms, known));
    }

    /**
     * The candidates of the question's type in the passages read, with their signals, and phrases
     * when the question asks for one; each passage's evidence is the one the sentence ranker measured.
     */
    private List<CandidateRanker.Measured> measure(Question question, List<ScoredPassage> passages, Terms terms,
                                                   RankedSentences ranked) {
        CandidateExtractor extractor = extractors.get(question.type());
        boolean withPhrases = PhraseExtractor.wantsPhrases(question);
        if (extractor == null && !withPhrases) {
            return List.of();
        }
        Map<org.citebot.index.Passage, PassageEvidence> evidences = new java.util.HashMap<>();
        ranked.ranked().forEach(r -> evidences.put(r.pooled().passage(), r.evidence()));
        Map<org.citebot.index.Passage, Double> sentenceWeights = ranked.relativeWeights();
        List<CandidateRanker.Read> read = new ArrayList<>();
        double best = passages.get(0).score();
        List<Integer> ranks = readRanks(passages, policy.readPassages(), policy.bestArticleExtra());
        List<PassageEvidence> evidence = new ArrayList<>(ranks.size());
        for (int rank : ranks) {
            ScoredPassage p = passages.get(rank);
            Document doc = documents.get(p.passage().docId());
            PassageEvidence e = evidences.get(p.passage());
            if (e == null) {
                e = PassageEvidence.of(p, doc, terms.matcher(), best, analysis);
            }
            evidence.add(e);
            double weight = sentenceWeights.getOrDefault(p.passage(), 0.0);
            for (Candidate c : extractor == null ? List.<Candidate>of() : extractor.extract(question, doc, e)) {
                read.add(new CandidateRanker.Read(c, e, rank, doc, weight));
            }
        }
        if (withPhrases) {
            readPhrases(question, ranks, evidence, read, sentenceWeights, ranked);
        }
        List<CandidateRanker.Measured> measured = ranker.measure(read, question, terms.unknownShare(),
                passages.get(0).passage().docId());
        if (FEATURES.isDebugEnabled()) {
            measured.forEach(m -> FEATURES.debug("{}\t{}\t{}", question.text(), m.candidate().text(), m.describe()));
        }
        return measured;
    }

    /**
     * Adds the phrases of the sentences that hold most of the question
     * ({@link PhraseExtractor#sentencesToRead}) and of those the sentence ranker puts first
     * ({@link PhraseExtractor#RANKED_SENTENCES}) to {@code read}, but those a typed extractor
     * already proposed. A sentence the ranker added is read at its retrieval rank.
     */
    private void readPhrases(Question question, List<Integer> ranks, List<PassageEvidence> evidence,
                             List<CandidateRanker.Read> read, Map<org.citebot.index.Passage, Double> sentenceWeights,
                             RankedSentences ranked) {
        Set<String> taken = new HashSet<>();
        read.forEach(r -> taken.add(r.candidate().docId() + "@" + r.candidate().span()));
        Map<org.citebot.index.Passage, Integer> rankOf = new java.util.HashMap<>();
        List<PassageEvidence> rankedFirst = new ArrayList<>();
        for (RankedSentences.Ranked r : ranked.ranked().subList(0, Math.min(PhraseExtractor.RANKED_SENTENCES,
                ranked.ranked().size()))) {
            rankedFirst.add(r.evidence());
            int rank = r.pooled().retrievalRank();
            rankOf.put(r.pooled().passage(), rank < 0 ? PassageRanking.CANDIDATE_POOL : rank);
        }
        List<PassageEvidence> covered = new ArrayList<>();
        for (int i : PhraseExtractor.sentencesToRead(evidence, PhraseExtractor.SENTENCES)) {
            covered.add(evidence.get(i));
            rankOf.put(evidence.get(i).passage().passage(), ranks.get(i));
        }
        for (PassageEvidence e : PhraseExtractor.withRankedFirst(covered, rankedFirst)) {
            Document doc = documents.get(e.passage().passage().docId());
            double weight = sentenceWeights.getOrDefault(e.passage().passage(), 0.0);
            for (Candidate c : phrases.extract(question, doc, e, span -> taken.contains(doc.id() + "@" + span))) {
                read.add(new CandidateRanker.Read(c, e, rankOf.get(e.passage().passage()), doc, weight));
            }
        }
    }

    /**
     * The best finding, plus a competing value from other documents when it is nearly as strong.
     * Only values that can contradict each other (counts, dates) compete: two wordings of a
     * definition or a reason are not a disagreement.
     */
    private List<Finding> shown(Question question, List<Finding> findings) {
        Finding top = findings.get(0);
        if (question.type() != AnswerType.QUANTITY && question.type() != AnswerType.DATE) {
            return List.of(top);
        }
        Set<String> topDocs = new HashSet<>();
        top.citations().forEach(c -> topDocs.add(c.docId()));
        for (Finding other : findings.subList(1, findings.size())) {
            boolean fromOtherDocs = other.citations().stream().noneMatch(c -> topDocs.contains(c.docId()));
            if (other.score() >= policy.disagreementRatio() * top.score() && fromOtherDocs) {
                return List.of(top, other);
            }
        }
        return List.of(top);
    }

    /**
     * The question's content words, each with its synonyms' forms, the words of its action
     * ({@link VerbFamilies#relatedForms}: « dirige » is also found as « menée », « auteur » as
     * « écrit ») and its weight. The families apply to every word and every question: limited to
     * verbs or to « qui » questions they gained less ({@code docs/EXPERIMENTS.md}).
     */
    private List<QuestionTerm> questionTerms(Question question) {
        List<QuestionTerm> terms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String keyword : question.keywords()) {
            Set<String> alternatives = new HashSet<>(synonyms.terms(keyword));
            List<String> analysed = analysis.terms(keyword);
            String name = analysed.size() == 1 ? writtenAsName(question.text(), keyword) : null;
            for (String t : analysed) {
                if (seen.add(t)) {
                    alternatives.add(t);
                    alternatives.addAll(VerbFamilies.relatedForms(t));
                    terms.add(new QuestionTerm(t, alternatives, Math.max(0.1, weights.idf(t)),
                            !VerbForms.likely(keyword), name, weights.stemIdf(t)));
                }
            }
        }
        return terms;
    }

    /**
     * The keyword, folded to lower case, when the question writes it with a capital and not as
     * its first word (« Qui tue Chang ? »): a name, to be found as written rather than by its stem;
     * else {@code null} (a question typed in lower case matches as before).
     */
    static String writtenAsName(String question, String keyword) {
        java.util.regex.Matcher m = WORD.matcher(question);
        boolean first = true;
        while (m.find()) {
            String w = m.group();
            if (!first && w.equalsIgnoreCase(keyword) && Character.isUpperCase(w.charAt(0))) {
                return org.citebot.text.Folding.fold(keyword).toLowerCase(java.util.Locale.ROOT);
            }
            first = false;
        }
        return null;
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+");

    /**
     * Share of the question's term weight that no passage holds, even with a typo allowance; an
     * unknown word weighs as much as the rarest known one.
     */
    private static double unknownShare(List<QuestionTerm> terms, boolean[] known) {
        double rarest = Double.NEGATIVE_INFINITY;
        boolean any = false;
        for (int i = 0; i < terms.size(); i++) {
            if (known[i]) {
                rarest = Math.max(rarest, terms.get(i).weight());
                any = true;
            }
        }
        rarest = any ? rarest : 1;
        double total = 0;
        double unknown = 0;
        for (int i = 0; i < terms.size(); i++) {
            QuestionTerm t = terms.get(i);
            boolean isKnown = known[i];
            double w = isKnown ? t.weight() : rarest;
            total += w;
            unknown += isKnown ? 0 : w;
        }
        return total == 0 ? 0 : unknown / total;
    }
}
