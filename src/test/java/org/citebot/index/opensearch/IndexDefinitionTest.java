package org.citebot.index.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.citebot.config.ConfigDir;
import org.citebot.corpus.CorpusLoader;
import org.citebot.corpus.Document;
import org.citebot.index.FrenchAnalysis;
import org.citebot.index.IndexedText;
import org.citebot.index.Passage;
import org.citebot.index.PassageSplitter;
import org.citebot.text.IcuSentenceSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped {@code config/opensearch/} definitions against citebot's own analysis, without a
 * cluster: the lists they spell out, and their document chain rebuilt from Lucene's filters of
 * the same names (OpenSearch's are these very classes) on every seed sentence.
 */
class IndexDefinitionTest {

    private static final ConfigDir CONFIG = new ConfigDir(Path.of("config"));

    private static JsonNode filter(IndexDefinition def, String name) {
        return def.body().path("settings").path("analysis").path("filter").path(name);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void stopWordsAndArticlesAreCitebots() {
        for (String name : List.of("passages", "articles")) {
            IndexDefinition def = IndexDefinition.load(CONFIG, name);
            assertEquals(FrenchAnalysis.documentStopWords(),
                    new TreeSet<>(strings(filter(def, "citebot_document_stop").path("stopwords"))), name);
            assertEquals(FrenchAnalysis.questionStopWords(),
                    new TreeSet<>(strings(filter(def, "citebot_question_stop").path("stopwords"))), name);
            TreeSet<String> articles = new TreeSet<>();
            FrenchAnalyzer.DEFAULT_ARTICLES.forEach(a -> articles.add(new String((char[]) a)));
            assertEquals(articles, new TreeSet<>(strings(filter(def, "citebot_elision").path("articles"))), name);
        }
    }

    @Test
    void documentChainRebuiltFromTheDefinitionMatchesOnEverySeedSentence() {
        IndexDefinition def = IndexDefinition.load(CONFIG, "passages");
        JsonNode plural = filter(def, "citebot_plural");
        CharArraySet stops = new CharArraySet(strings(filter(def, "citebot_document_stop").path("stopwords")), false);
        CharArraySet articles = new CharArraySet(strings(filter(def, "citebot_elision").path("articles")), true);
        Pattern pattern = Pattern.compile(plural.path("pattern").asText());
        String replacement = plural.path("replacement").asText();
        Analyzer rebuilt = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new ElisionFilter(source, articles);
                ts = new LowerCaseFilter(ts);
                ts = new StopFilter(ts, stops);
                ts = new ASCIIFoldingFilter(ts);
                ts = new PatternReplaceFilter(ts, pattern, replacement, false);
                return new TokenStreamComponents(source, new FrenchLightStemFilter(ts));
            }
        };
        FrenchAnalysis analysis = FrenchAnalysis.withoutSynonyms();
        PassageSplitter splitter = new PassageSplitter(new IcuSentenceSplitter());
        int sentences = 0;
        List<String> extra = List.of("Les russes, la Russie, des chevaux, l’OTAN, jusqu’aux ONG, Sergueï, ours, bus, "
                + "os, as, dix, deux, cas, succès, procès, relations, mais, 1990s, Ukrainiens, né, où, là, A Paris");
        List<String> texts = new ArrayList<>(extra);
        for (Document doc : CorpusLoader.fromConfig(CONFIG).load(Path.of("seeds")).documents()) {
            for (Passage p : splitter.split(doc)) {
                texts.add(IndexedText.of(doc, p).paragraph());
                sentences++;
            }
        }
        for (String text : texts) {
            assertEquals(analysis.terms(analysis.documentAnalyzer(), text), analysis.terms(rebuilt, text), text);
        }
        assertTrue(sentences > 50, "seed passages read: " + sentences);
    }

    @Test
    void synonymsComeAnalysedFromTheSynonymsFile(@TempDir Path dir) throws IOException {
        IndexDefinition shipped = IndexDefinition.load(CONFIG, "passages");
        JsonNode synonyms = filter(shipped, IndexDefinition.SYNONYM_FILTER);
        assertEquals("whitespace", synonyms.path("synonym_analyzer").asText());
        assertEquals(FrenchAnalysis.analysedRules(FrenchAnalysis.withBuiltInRules(CONFIG.lines("synonyms.txt"))),
                strings(synonyms.path("synonyms")));
        // Stop words (« du », « de l' ») gone, no gap left: the rule parses on the cluster.
        assertTrue(strings(synonyms.path("synonyms")).stream().anyMatch(r -> r.contains("organ trait atlant nord")),
                synonyms.toString());

        Path config = dir.resolve("config");
        Files.createDirectories(config.resolve("opensearch"));
        Files.copy(Path.of("config/opensearch/passages.json"), config.resolve("opensearch/passages.json"));
        IndexDefinition none = IndexDefinition.load(new ConfigDir(config), "passages");
        List<String> builtIn = FrenchAnalysis.analysedRules(FrenchAnalysis.withBuiltInRules(List.of()));
        assertFalse(builtIn.isEmpty());
        assertEquals(builtIn, strings(filter(none, IndexDefinition.SYNONYM_FILTER).path("synonyms")),
                "no synonyms file: citebot's own rules");
        Files.writeString(config.resolve("synonyms.txt"), "Kremlin, présidence russe\n");
        IndexDefinition one = IndexDefinition.load(new ConfigDir(config), "passages");
        List<String> both = new java.util.ArrayList<>(builtIn);
        both.add("kremlin, presidenc ruse");
        assertEquals(both, strings(filter(one, IndexDefinition.SYNONYM_FILTER).path("synonyms")));
        assertNotEquals(none.hash(), one.hash(), "changed synonyms: another definition, the index is recreated");
        assertEquals(one.hash(), IndexDefinition.load(new ConfigDir(config), "passages").hash());
    }

    @Test
    void aMissingDefinitionIsNamed(@TempDir Path dir) {
        var e = assertThrows(IllegalArgumentException.class, () -> IndexDefinition.load(new ConfigDir(dir), "passages"));
        assertTrue(e.getMessage().contains("passages.json"), e.getMessage());
    }
}
