package org.citebot.index;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.citebot.text.WordLists;

/**
 * citebot's French analysis chain, one for indexing and one for questions.
 *
 * <p>Standard tokenizer, elision ({@code l'}, {@code qu'}, {@code jusqu'}, both apostrophes),
 * lower case, stop words (before accent folding, so that « né » is not the stop word « ne »),
 * accent folding, then Lucene's light French stemmer (Savoy's, as in
 * {@code FrenchAnalyzer}). {@code FrenchAnalyzer} itself keeps accents on names (« Françoise » ≠
 * « Francoise ») and has no question words in its stop set, hence a chain of our own. The light
 * stemmer found the right article first more often than the minimal one ({@code docs/EXPERIMENTS.md}).
 *
 * <p>The question chain adds the words of questions and chat (« combien », « quand », « a »…) to
 * the stop set, and the synonyms of {@code config/synonyms.txt} (Solr format) as a token graph, so
 * that « Nations unies » also finds « ONU ». Synonyms are applied to questions only, which
 * keeps the index independent of the synonyms file.
 *
 * <p>Bump {@link #VERSION} whenever the chain changes: persisted indexes built by another version
 * must be rebuilt.
 */
public final class FrenchAnalysis {

    /** Version of the analysis chain, stored with persisted indexes. */
    public static final int VERSION = 3;

    /**
     * Function words that fold to a stop word and are dropped with it (« où », « là »); other
     * accented words keep their accents through the stop filter (« né », « dû », « sûr », « dé »).
     */
    private static final List<String> ACCENTED_STOPS = List.of("où", "là");

    private static final CharArraySet DOCUMENT_STOPS = withFolded(FrenchAnalyzer.getDefaultStopSet(), ACCENTED_STOPS);
    private static final CharArraySet QUESTION_STOPS = withQuestionWords(DOCUMENT_STOPS);

    private final SynonymMap synonyms;

    private FrenchAnalysis(SynonymMap synonyms) {
        this.synonyms = synonyms;
    }

    /** Analysis without synonyms. */
    public static FrenchAnalysis withoutSynonyms() {
        return new FrenchAnalysis(null);
    }

    /**
     * Analysis with synonym rules in Solr format (one rule a line: {@code a, b, c} or
     * {@code a => b}); the rules are analysed with the document chain.
     *
     * @throws IllegalArgumentException naming the offending rule when a line cannot be parsed
     */
    public static FrenchAnalysis withSynonyms(List<String> solrRules) {
        if (solrRules.isEmpty()) {
            return withoutSynonyms();
        }
        try (Analyzer ruleAnalyzer = chain(DOCUMENT_STOPS, null, true)) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
            parser.parse(new StringReader(String.join("\n", solrRules)));
            return new FrenchAnalysis(parser.build());
        } catch (ParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid synonym rules: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The synonym rules citebot ships ({@code event-synonyms.txt}: general French, an event's
     * verbs and nouns of different roots, « décédé », « mort », « décès »), followed by
     * {@code configRules} (the corpus knowledge of {@code config/synonyms.txt}): what
     * {@link #withSynonyms} and {@link #analysedRules} are given. Through the question analyzer
     * they widen both retrieval and the question's words as the answerer matches them in
     * passages (« En quelle année est-il décédé ? » finds « jusqu'à sa mort en 1883 »).
     * « paraître » (also « to seem ») is left out of the publishing line. Figures:
     * {@code docs/EXPERIMENTS.md}.
     */
    public static List<String> withBuiltInRules(List<String> configRules) {
        List<String> rules = new ArrayList<>(BUILT_IN_RULES);
        rules.addAll(configRules);
        return List.copyOf(rules);
    }

    private static final List<String> BUILT_IN_RULES = WordLists.lines(FrenchAnalysis.class, "event-synonyms.txt");

    /** The synonym rules citebot ships ({@code event-synonyms.txt}), one event a line, as written. */
    public static List<String> builtInRules() {
        return BUILT_IN_RULES;
    }

    /** The stop words of passage text, lower-cased and folded as the chain compares them. */
    public static java.util.SortedSet<String> documentStopWords() {
        return strings(DOCUMENT_STOPS);
    }

    /** The stop words of questions: the passage ones plus the words of questions and chat. */
    public static java.util.SortedSet<String> questionStopWords() {
        return strings(QUESTION_STOPS);
    }

    private static java.util.SortedSet<String> strings(CharArraySet set) {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        for (Object w : set) {
            out.add(new String((char[]) w));
        }
        return java.util.Collections.unmodifiableSortedSet(out);
    }

    /**
     * Synonym rules (Solr format) with each phrase replaced by its analysed words, as
     * {@link #withSynonyms} reads them: « Organisation des Nations unies => ONU » becomes
     * « organisation nation unie => onu » (as the chain analyses them). Another engine given these rules
     * and told not to analyse them again (OpenSearch: {@code synonym_analyzer: whitespace}) builds
     * the same synonym map, stop words and all.
     *
     * @throws IllegalArgumentException naming the rule when a phrase analyses to nothing
     */
    public static List<String> analysedRules(List<String> solrRules) {
        List<String> out = new ArrayList<>();
        try (Analyzer ruleAnalyzer = chain(DOCUMENT_STOPS, null, true)) {
            for (String rule : solrRules) {
                String[] sides = rule.split("=>", -1);
                List<String> analysed = new ArrayList<>();
                for (String side : sides) {
                    List<String> phrases = new ArrayList<>();
                    for (String phrase : side.split(",")) {
                        if (phrase.isBlank()) {
                            continue;
                        }
                        List<String> words = withoutSynonyms().terms(ruleAnalyzer, phrase.strip());
                        if (words.isEmpty()) {
                            throw new IllegalArgumentException("synonym rule '" + rule + "': '" + phrase.strip()
                                    + "' has only stop words");
                        }
                        phrases.add(String.join(" ", words));
                    }
                    analysed.add(String.join(", ", phrases));
                }
                out.add(String.join(" => ", analysed));
            }
        }
        return out;
    }

    /** The analyzer for passage text (no synonyms). */
    public Analyzer documentAnalyzer() {
        return chain(DOCUMENT_STOPS, null, false);
    }

    /** The analyzer for questions: more stop words, and the synonyms. */
    public Analyzer questionAnalyzer() {
        return chain(QUESTION_STOPS, synonyms, false);
    }

    /** The analysed terms of {@code text} with the document chain, e.g. for tests and matching. */
    public List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("t", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The terms of {@code text} that are its own words, not words a synonym rule added: what may
     * be a typo. A synonym's form that no passage holds is no misspelling, and looking its
     * edit-distance neighbours up beside the real word's own put equal term clauses in one query,
     * of which Lucene keeps one, a different one from run to run: the same question then scored
     * its passages differently between runs.
     */
    public static List<String> ownTerms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("t", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (!SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())) {
                    out.add(term.toString());
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Analyzer chain(CharArraySet stops, SynonymMap synonyms, boolean contiguous) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                ts = new LowerCaseFilter(ts);
                ts = new StopFilter(ts, stops);
                ts = new ASCIIFoldingFilter(ts);
                ts = new PluralFilter(ts);
                ts = new FrenchLightStemFilter(ts);
                if (contiguous) {
                    ts = new ContiguousPositions(ts);
                }
                if (synonyms != null) {
                    ts = new SynonymGraphFilter(ts, synonyms, true);
                }
                return new TokenStreamComponents(source, ts);
            }
        };
    }

    /**
     * The words as written (lower case) and folded: the stop filter runs before accent folding, so
     * that a word whose accents tell it from a stop word survives (« né » is not « ne »), while a
     * stop word written without its accents (« A » for « À », « etait ») is still dropped.
     */
    private static CharArraySet withFolded(CharArraySet words, List<String> more) {
        CharArraySet out = new CharArraySet(words.size() * 2, false);
        for (Object w : words) {
            addWithFolded(out, new String((char[]) w));
        }
        more.forEach(w -> addWithFolded(out, w));
        return CharArraySet.unmodifiableSet(out);
    }

    private static void addWithFolded(CharArraySet set, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        set.add(lower);
        set.add(fold(lower));
    }

    private static CharArraySet withQuestionWords(CharArraySet base) {
        CharArraySet out = new CharArraySet(base, false);
        WordLists.lines(FrenchAnalysis.class, "question-stopwords.txt").forEach(w -> addWithFolded(out, w));
        return CharArraySet.unmodifiableSet(out);
    }

    /**
     * Whether {@code word} (lower case, with or without its accents) is a stop word of the
     * question chain: a function word or a question word (« combien », « quel »).
     */
    public static boolean questionStopWord(CharSequence word) {
        return QUESTION_STOPS.contains(word);
    }

    /** Lower case and ASCII folding, as the chain does them. */
    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        char[] out = new char[lower.length() * 4];
        int n = ASCIIFoldingFilter.foldToASCII(lower.toCharArray(), 0, out, 0, lower.length());
        return new String(out, 0, n);
    }

    /**
     * Drops a plural « s » or « x » before light stemming. Savoy's light stemmer treats
     * singular and plural of some words differently (« russe » → « rus » but « russes » →
     * « ruse »); stemming the singular form for both keeps them together.
     */
    private static final class PluralFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        PluralFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            int len = term.length();
            char last = len > 3 ? term.charAt(len - 1) : 0;
            if ((last == 's' || last == 'x') && term.charAt(len - 2) != 's' && Character.isLetter(term.charAt(len - 2))) {
                term.setLength(len - 1);
            }
            return true;
        }
    }

    /**
     * Closes the gaps stop words leave, for parsing synonym rules only: Lucene's synonym parser
     * rejects a rule whose analysed words are not contiguous (« Organisation des Nations unies »).
     */
    private static final class ContiguousPositions extends TokenFilter {
        private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);

        ContiguousPositions(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            posInc.setPositionIncrement(1);
            return true;
        }
    }
}
