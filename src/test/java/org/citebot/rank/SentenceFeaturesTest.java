package org.citebot.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.citebot.answer.AnalyzedText;
import org.citebot.answer.QuestionTerm;
import org.citebot.answer.QuestionTermMatcher;
import org.citebot.corpus.Document;
import org.citebot.index.FrenchAnalysis;
import org.citebot.index.Passage;
import org.citebot.index.PassageSplitter;
import org.citebot.index.ScoredPassage;
import org.citebot.question.QuestionAnalyzer;
import org.citebot.text.IcuSentenceSplitter;
import org.citebot.text.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sentence ranker's signals on an invented French article. */
class SentenceFeaturesTest {

    private static final String TITLE = "Le pont de Valmont";
    private static final String TEXT = TITLE + "\n"
            + "Le pont de Valmont enjambe la rivière Orbe au sud de la ville. "
            + "Il fut construit en 1872 par l'ingénieur Paul Durand. "
            + "Sa longueur atteint 212 mètres.\n"
            + "Le maire a inauguré le pont de Valmont lors d'une grande fête populaire.\n";

    private static final FrenchAnalysis ANALYSIS = FrenchAnalysis.withoutSynonyms();
    private static final AnalyzedText ANALYZED = new AnalyzedText(ANALYSIS.documentAnalyzer());

    private static Document document() {
        List<Span> paragraphs = new ArrayList<>();
        int start = 0;
        for (String line : TEXT.split("\n")) {
            paragraphs.add(new Span(start, start + line.length()));
            start += line.length() + 1;
        }
        return new Document("valmont.txt", TEXT, TITLE, Optional.empty(), Optional.empty(), Optional.empty(),
                paragraphs);
    }

    /** The question's content words as the answerer matches them, each of weight 1. */
    private static QuestionTermMatcher terms(String... words) {
        List<QuestionTerm> terms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String w : words) {
            for (String t : ANALYZED.terms(w)) {
                if (seen.add(t)) {
                    terms.add(new QuestionTerm(t, Set.of(t), 1.0, true));
                }
            }
        }
        return new QuestionTermMatcher(terms);
    }

    /** Every sentence of the article, retrieved in the order 1, 4, 0, 2, 3. */
    private static List<ScoredPassage> retrieved() {
        List<Passage> passages = new PassageSplitter(new IcuSentenceSplitter()).split(document());
        return List.of(new ScoredPassage(passages.get(1), 10), new ScoredPassage(passages.get(4), 5),
                new ScoredPassage(passages.get(0), 4), new ScoredPassage(passages.get(2), 3),
                new ScoredPassage(passages.get(3), 2));
    }

    /** The signals of every sentence of the article for {@code question}. */
    private static SentenceFeatures.Measured measure(String question, QuestionTermMatcher matcher) {
        Document doc = document();
        List<PooledPassage> pool = SentencePool.of(retrieved(), List.of(0, 1, 2, 3, 4));
        return new SentenceFeatures(ANALYZED).measure(new QuestionAnalyzer().analyze(question), matcher, pool,
                Map.of(doc.id(), doc));
    }

    /** The signals of the pooled sentence that starts with {@code opening}. */
    private static double[] of(SentenceFeatures.Measured m, String opening) {
        for (int i = 0; i < m.pool().size(); i++) {
            String sentence = m.pool().get(i).passage().sentence().of(TEXT);
            if (opening.equals(TITLE) ? sentence.equals(TITLE) : sentence.startsWith(opening)) {
                return m.features()[i];
            }
        }
        throw new AssertionError("no pooled sentence opens with " + opening);
    }

    private static double value(double[] f, SentenceFeature feature) {
        return f[feature.ordinal()];
    }

    @Test
    void thePoolIsThePassagesReadInRetrievalOrder() {
        List<PooledPassage> pool = SentencePool.of(retrieved(), List.of(0, 1, 3));
        assertEquals(List.of(0, 1, 3), pool.stream().map(PooledPassage::retrievalRank).toList());
        assertTrue(pool.stream().allMatch(p -> p.retrieved() && p.articleRank() == 0));
        var m = measure("Qui a construit le pont de Valmont ?", terms("construit", "pont", "Valmont"));
        double[] built = of(m, "Il fut construit");
        assertEquals(1, value(built, SentenceFeature.RETRIEVED));
        assertEquals(0.25, value(built, SentenceFeature.RETRIEVAL_RANK), 1e-9);
        assertEquals(0.3, value(built, SentenceFeature.RETRIEVAL), 1e-9);
        assertEquals(1, value(built, SentenceFeature.BEST_ARTICLE));
    }

    @Test
    void coverageCountsTheQuestionsWordsInTheSentenceAndBesideIt() {
        var m = measure("Qui a construit le pont de Valmont ?", terms("construit", "pont", "Valmont"));
        double[] built = of(m, "Il fut construit");
        assertEquals(1.0 / 3, value(built, SentenceFeature.SENTENCE_COVERAGE), 1e-9);
        // « pont de Valmont » stands in the sentence before: a question that joins two sentences
        assertEquals(2.0 / 3, value(built, SentenceFeature.PREVIOUS_COVERAGE), 1e-9);
        assertEquals(1.0, value(built, SentenceFeature.WITH_PREVIOUS), 1e-9);
        assertEquals(2.0 / 3, value(built, SentenceFeature.NEIGHBOUR_COVERAGE), 1e-9);
        assertEquals(1, value(built, SentenceFeature.PREVIOUS_IS_BEST));
        assertEquals(1, value(built, SentenceFeature.REFERS_BACK));
        assertEquals(1, value(built, SentenceFeature.PREVIOUS_RETRIEVAL_RANK));
        double[] spans = of(m, "Le pont de Valmont enjambe");
        assertEquals(2.0 / 3, value(spans, SentenceFeature.SENTENCE_COVERAGE), 1e-9);
        assertEquals(1, value(spans, SentenceFeature.BEST_COVERAGE));
        assertEquals(0, value(spans, SentenceFeature.REFERS_BACK));
    }

    @Test
    void theExpectedKindOfAnswerIsPresentPerQuestionType() {
        var when = measure("En quelle année le pont fut-il construit ?", terms("construit", "pont"));
        assertEquals(1, value(of(when, "Il fut construit"), SentenceFeature.TYPE_PRESENT));
        assertEquals(0, value(of(when, "Le maire a inauguré"), SentenceFeature.TYPE_PRESENT));
        var howLong = measure("Combien de mètres mesure le pont ?", terms("mètres", "pont"));
        assertEquals(1, value(of(howLong, "Sa longueur"), SentenceFeature.TYPE_PRESENT));
        assertEquals(0, value(of(howLong, "Il fut construit"), SentenceFeature.NUMBER_PRESENT),
                "a year is no quantity");
        var who = measure("Qui a construit le pont de Valmont ?", terms("construit", "pont", "Valmont"));
        assertEquals(1, value(of(who, "Il fut construit"), SentenceFeature.TYPE_PRESENT), "Paul Durand");
        assertEquals(0, value(of(who, "Le maire a inauguré"), SentenceFeature.TYPE_PRESENT),
                "Valmont is the question's own name");
    }

    @Test
    void aSentenceThatOnlyRestatesTheQuestionIsMarked() {
        var m = measure("Le maire a-t-il inauguré le pont de Valmont ?", terms("maire", "inauguré", "pont", "Valmont"));
        double[] restated = of(m, "Le maire a inauguré");
        assertEquals(1.0, value(restated, SentenceFeature.SENTENCE_COVERAGE), 1e-9);
        assertEquals(0, value(restated, SentenceFeature.RESTATES), "« grande fête populaire » adds three words");
        var exact = measure("Le maire a inauguré le pont de Valmont lors d'une grande fête ?",
                terms("maire", "inauguré", "pont", "Valmont", "grande", "fête"));
        assertEquals(1, value(of(exact, "Le maire a inauguré"), SentenceFeature.RESTATES));
    }

    @Test
    void theArticlesTitleLineIsItsFirstSentence() {
        var m = measure("Où est le pont de Valmont ?", terms("pont", "Valmont"));
        assertEquals(1, value(of(m, TITLE), SentenceFeature.FIRST_SENTENCE));
        assertEquals(1.0, value(of(m, "Le maire"), SentenceFeature.TITLE_COVERAGE), 1e-9);
        assertEquals(1.0 / 3, value(of(m, "Il fut construit"), SentenceFeature.POSITION), 1e-9);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Il fut construit en 1872.|true",
        "« Cette décision est définitive », dit-il.|true",
        "Son fils lui succède.|true",
        "Ilan Cohen fut construit.|false",
        "Le pont fut construit.|false",
        "En 1872, il fut construit.|false"})
    void sentencesThatPointBack(String sentence, boolean back) {
        assertEquals(back, SentenceFacts.refersBack(sentence));
    }

    @Test
    void aSynonymTheAnswererKnowsReachesTheLooseSignals() {
        // « bâti » is not in the article: the deployer's synonym of « construit » (« édifié ») is
        String question = "Qui a bâti le pont de Valmont ?";
        QuestionTermMatcher plain = terms("bâti", "pont", "Valmont");
        List<QuestionTerm> withSynonym = new ArrayList<>();
        for (QuestionTerm t : plain.terms()) {
            Set<String> forms = new HashSet<>(t.alternatives());
            if (t.term().startsWith("bat")) {
                forms.addAll(ANALYZED.terms("construit"));
            }
            withSynonym.add(new QuestionTerm(t.term(), forms, t.weight(), t.topical()));
        }
        double[] without = of(measure(question, plain), "Il fut construit");
        double[] with = of(measure(question, new QuestionTermMatcher(withSynonym)), "Il fut construit");
        assertEquals(0, value(without, SentenceFeature.LOOSE_COVERAGE), 1e-9, "no word of the question");
        assertTrue(value(with, SentenceFeature.LOOSE_COVERAGE) > 0, "construit held for bâti");
        assertTrue(value(with, SentenceFeature.FUZZY_STRONG) > value(without, SentenceFeature.FUZZY_STRONG));
    }

    @Test
    void whatIsAskedBeyondTheArticlesTitle() {
        // the title is « Le pont de Valmont »: « longueur » is what the question asks about it
        var m = measure("Quelle est la longueur du pont de Valmont ?", terms("longueur", "pont", "Valmont"));
        assertEquals(1, value(of(m, "Sa longueur"), SentenceFeature.BEYOND_TITLE), 1e-9);
        assertEquals(0, value(of(m, "Le pont de Valmont enjambe"), SentenceFeature.BEYOND_TITLE), 1e-9);
        assertTrue(value(of(m, "Le pont de Valmont enjambe"), SentenceFeature.LOOSE_COVERAGE) > 0);
    }
}
