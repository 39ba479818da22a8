package org.citebot.qa;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.citebot.answer.AnalyzedText;
import org.citebot.answer.phrase.RoleSynonyms;
import org.citebot.answer.Answer;
import org.citebot.answer.CandidateExtractor;
import org.citebot.answer.score.CandidateRanker;
import org.citebot.answer.score.ConfidenceModel;
import org.citebot.answer.candidate.DateExtractor;
import org.citebot.answer.candidate.DefinitionExtractor;
import org.citebot.answer.candidate.QuantityExtractor;
import org.citebot.answer.candidate.Gazetteer;
import org.citebot.answer.candidate.NameExtractor;
import org.citebot.answer.candidate.NameFinder;
import org.citebot.answer.candidate.NameLexicon;
import org.citebot.answer.candidate.ReasonExtractor;
import org.citebot.answer.candidate.YesNoExtractor;
import org.citebot.answer.phrase.PhraseExtractor;
import org.citebot.config.ConfigDir;
import org.citebot.config.Settings;
import org.citebot.corpus.Corpus;
import org.citebot.corpus.CorpusLoader;
import org.citebot.corpus.Document;
import org.citebot.index.FrenchAnalysis;
import org.citebot.index.IndexStore;
import org.citebot.index.LucenePassageIndex;
import org.citebot.index.PassageIndex;
import org.citebot.index.PassageSplitter;
import org.citebot.index.opensearch.OpenSearchPassageIndex;
import org.citebot.index.opensearch.OpenSearchSettings;
import org.citebot.question.AnswerType;
import org.citebot.question.QuestionAnalyzer;
import org.citebot.question.TypedNouns;
import org.citebot.rank.SentenceFeatures;
import org.citebot.rank.SentenceRanker;
import org.citebot.text.IcuSentenceSplitter;
import org.citebot.text.pos.FrenchTagger;
import org.citebot.text.pos.SentenceTags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A ready citebot: the corpus loaded, indexed, and the answerer wired to it. Built once at
 * start-up; {@link #answer} is then cheap and thread-safe.
 *
 * <p>Passages are searched in the embedded Lucene index (setting {@code retriever=embedded}, the
 * default) or on an OpenSearch cluster loaded by {@code citebot opensearch-load}
 * ({@code retriever=opensearch}); the answerer is the same either way.
 */
public final class Citebot implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Citebot.class);
    /** The setting that chooses where passages are searched, and its values. */
    public static final String RETRIEVER = "retriever";
    public static final String EMBEDDED = "embedded";
    public static final String OPENSEARCH = "opensearch";

    private final Corpus corpus;
    private final Map<String, Document> documents;
    private final PassageIndex index;
    private final QuestionAnswerer answerer;
    private final InputLimit inputLimit;

    private Citebot(Corpus corpus, Map<String, Document> documents, PassageIndex index,
                    QuestionAnswerer answerer, InputLimit inputLimit) {
        this.inputLimit = inputLimit;
        this.corpus = corpus;
        this.documents = documents;
        this.index = index;
        this.answerer = answerer;
    }

    /**
     * Loads {@code corpusDir} with the files of {@code config} and builds the index, in memory or,
     * when the {@code index.dir} setting names a folder, kept there and reused across restarts.
     */
    public static Citebot open(Path corpusDir, ConfigDir config, Settings settings) {
        String dir = settings.get("index.dir", "");
        return open(corpusDir, config, settings, dir.isBlank() ? java.util.Optional.empty()
                : java.util.Optional.of(Path.of(dir)));
    }

    /** As {@link #open(Path, ConfigDir, Settings)}, the index kept in {@code indexDir} when given. */
    public static Citebot open(Path corpusDir, ConfigDir config, Settings settings,
                               java.util.Optional<Path> indexDir) {
        long t0 = System.nanoTime();
        if (!java.nio.file.Files.isDirectory(config.root())) {
            LOG.warn("config folder {} not found: running with the built-in defaults", config.root());
        }
        Corpus corpus = CorpusLoader.fromConfig(config).load(corpusDir);
        long tCorpus = System.nanoTime();
        List<String> synonymRules = FrenchAnalysis.withBuiltInRules(config.lines("synonyms.txt"));
        FrenchAnalysis analysis = FrenchAnalysis.withSynonyms(synonymRules);
        PassageSplitter splitter = new PassageSplitter(new IcuSentenceSplitter());
        TypedNouns nouns = TypedNouns.load();
        NameFinder names = new NameFinder(Gazetteer.load(config), nouns);
        // The names of the corpus are learnt while the index is built: neither needs the other,
        // and together they are most of a start.
        CompletableFuture<NameLexicon> lexicon = CompletableFuture.supplyAsync(() -> NameLexicon.learn(corpus, names));
        // The part-of-speech model loads beside the index; only the first phrase question waits for it.
        CompletableFuture<FrenchTagger> tagger = CompletableFuture.supplyAsync(FrenchTagger::load);
        PassageIndex index = switch (settings.get(RETRIEVER, EMBEDDED)) {
            case EMBEDDED -> indexDir.isPresent()
                    ? IndexStore.open(indexDir.get(), corpus, splitter, analysis).index()
                    : LucenePassageIndex.build(corpus, splitter, analysis);
            case OPENSEARCH -> OpenSearchPassageIndex.connect(OpenSearchSettings.from(settings), corpus, analysis);
            default -> throw new IllegalArgumentException("setting " + RETRIEVER + " must be '" + EMBEDDED + "' or '"
                    + OPENSEARCH + "', was '" + settings.get(RETRIEVER, "") + "'");
        };
        long tIndex = System.nanoTime();
        AnalyzedText analyzed = new AnalyzedText(analysis.documentAnalyzer());
        NameExtractor nameExtractor = new NameExtractor(names, learnt(lexicon), index, analyzed);
        long tNames = System.nanoTime();
        Map<AnswerType, CandidateExtractor> extractors = new EnumMap<>(AnswerType.class);
        extractors.put(AnswerType.PERSON, nameExtractor);
        extractors.put(AnswerType.PLACE, nameExtractor);
        extractors.put(AnswerType.ORGANIZATION, nameExtractor);
        extractors.put(AnswerType.QUANTITY, new QuantityExtractor(analyzed));
        extractors.put(AnswerType.DATE, new DateExtractor());
        DefinitionExtractor definitions = new DefinitionExtractor();
        extractors.put(AnswerType.DEFINITION, definitions);
        extractors.put(AnswerType.OTHER, definitions);
        extractors.put(AnswerType.REASON, new ReasonExtractor());
        extractors.put(AnswerType.YESNO, new YesNoExtractor());
        ConfidenceModel model = ConfidenceModel.loadOrShipped(config.root().resolve(ConfidenceModel.FILE));
        AnswerPolicy policy = new AnswerPolicy(
                settings.getInt("retrieval.passages", AnswerPolicy.DEFAULT.passages()),
                settings.getInt("answer.read.passages", AnswerPolicy.DEFAULT.readPassages()),
                settings.getInt("answer.read.best.article", AnswerPolicy.DEFAULT.bestArticleExtra()),
                settings.getDouble("answer.threshold", model.threshold()),
                settings.getDouble("answer.disagreement.ratio", AnswerPolicy.DEFAULT.disagreementRatio()),
                settings.getDouble("answer.quote.threshold", AnswerPolicy.DEFAULT.quoteThreshold()),
                settings.getInt("answer.unsure.sentences", AnswerPolicy.DEFAULT.unsureSentences()),
                settings.getDouble("answer.unsure.ratio", AnswerPolicy.DEFAULT.unsureRatio()));
        Map<String, Document> docs = corpus.documents().stream()
                .collect(Collectors.toMap(Document::id, Function.identity()));
        // the names the corpus taught read « qui est durand ? » as the person the articles name
        QuestionAnswerer answerer = new QuestionAnswerer(docs, index, index, new QuestionAnalyzer(learnt(lexicon)),
                analyzed, new AnalyzedText(analysis.questionAnalyzer()), extractors, policy, model,
                SentenceRanker.shipped(), new PhraseExtractor(new SentenceTags(tagger)),
                RoleSynonyms.of(synonymRules));
        LOG.info("corpus {}: {} documents, {} passages, ready in {} ms", corpusDir, corpus.documents().size(),
                index.size(), (System.nanoTime() - t0) / 1_000_000);
        LOG.debug("start-up phases: corpus {} ms, index {} ms, names (beyond the index) {} ms, answerer {} ms",
                (tCorpus - t0) / 1_000_000, (tIndex - tCorpus) / 1_000_000, (tNames - tIndex) / 1_000_000,
                (System.nanoTime() - tNames) / 1_000_000);
        InputLimit limit = new InputLimit(settings.getInt("question.max.chars", InputLimit.DEFAULT_MAX_CHARS));
        return new Citebot(corpus, Map.copyOf(docs), index, answerer, limit);
    }

    private static NameLexicon learnt(CompletableFuture<NameLexicon> lexicon) {
        try {
            return lexicon.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * The answer to {@code question}. Never throws: a failure inside the pipeline (a bug, an
     * input nobody foresaw) is logged and becomes a decline, not a stack trace in a chat.
     */
    public Answer answer(String question) {
        return answer(question, Wording.TYPED);
    }

    /**
     * The answer to {@code question}, worded as {@code wording} says (a follow-up written out by the
     * chat is read more cautiously: {@link Wording}). Never throws, as {@link #answer(String)}.
     */
    public Answer answer(String question, Wording wording) {
        try {
            return answerer.answer(inputLimit.apply(question), wording);
        } catch (RuntimeException e) {
            LOG.warn("question failed, declined: {}", e.toString());
            LOG.debug("question failure", e);
            return answerer.failed(inputLimit.apply(question));
        }
    }

    /** The sentence pool of {@code question} with its signals: what the sentence ranker is fitted on. */
    public SentenceFeatures.Measured sentencePool(String question) {
        return answerer.sentencePool(inputLimit.apply(question));
    }

    /** Every candidate read for {@code question} with its signals: what the confidence model is fitted on. */
    public java.util.List<CandidateRanker.Measured> candidates(String question) {
        return answerer.candidates(question);
    }

    public Corpus corpus() {
        return corpus;
    }

    /** The document of {@code id}, as cited in answers. */
    public java.util.Optional<Document> document(String id) {
        return java.util.Optional.ofNullable(documents.get(id));
    }

    @Override
    public void close() {
        index.close();
    }
}
