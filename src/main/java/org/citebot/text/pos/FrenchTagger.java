package org.citebot.text.pos;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.citebot.text.Folding;
import org.citebot.text.FrenchTypography;
import org.citebot.text.Span;

/**
 * Tags French sentences with Apache OpenNLP's Universal Dependencies French-GSD model
 * ({@code opennlp-models-pos-fr} 1.3.0), on the tokens of {@link FrenchTokenizer}, and repairs
 * the model's known slips before anyone reads the tags (see {@code FINDINGS.md}, « French
 * part-of-speech tagging »): digits and number words are {@link Pos#NUM}, a capitalised word
 * tagged {@link Pos#X} or {@link Pos#SYM} (a foreign name) is {@link Pos#PROPN}, an infinitive
 * after « à » tagged as a noun is a {@link Pos#VERB}.
 *
 * <p>The model loads in a fraction of a second and tags some 160,000 tokens a second once warm.
 * Thread-safe: the model is shared, each thread has its own decoder (OpenNLP's
 * {@link POSTaggerME} is not thread-safe).
 */
public final class FrenchTagger {

    /** The model's file inside the {@code opennlp-models-pos-fr} jar. */
    static final String MODEL = "opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin";

    /** French cardinal number words (folded) that the model sometimes tags as nouns or adjectives. */
    private static final Set<String> NUMBER_WORDS = Set.of("deux", "trois", "quatre", "cinq", "six", "sept",
            "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts",
            "trente", "quarante", "cinquante", "soixante", "cent", "cents", "mille");

    private final FrenchTokenizer tokenizer = new FrenchTokenizer();
    private final ThreadLocal<POSTaggerME> decoder;

    private FrenchTagger(POSModel model) {
        this.decoder = ThreadLocal.withInitial(() -> new POSTaggerME(model, POSTagFormat.UD));
    }

    /** Loads the model from the class path; fails with the missing file's name when it is absent. */
    public static FrenchTagger load() {
        try (InputStream in = FrenchTagger.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("French part-of-speech model " + MODEL
                        + " not on the class path (org.apache.opennlp:opennlp-models-pos-fr)");
            }
            return new FrenchTagger(new POSModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the French part-of-speech model " + MODEL, e);
        }
    }

    /** Tokenizes and tags {@code sentence}; offsets are relative to it. */
    public TaggedSentence tag(String sentence) {
        List<Span> spans = tokenizer.tokenize(sentence);
        int n = spans.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        String[] words = new String[n];
        for (int i = 0; i < n; i++) {
            starts[i] = spans.get(i).start();
            ends[i] = spans.get(i).end();
            words[i] = FrenchTypography.normalize(sentence.substring(starts[i], ends[i]));
        }
        String[] labels = n == 0 ? new String[0] : decoder.get().tag(words);
        Pos[] tags = new Pos[n];
        for (int i = 0; i < n; i++) {
            tags[i] = repair(Pos.of(labels[i]), words, i, i > 0 ? tags[i - 1] : null);
        }
        for (int i = 1; i < n; i++) {
            if (tags[i] == Pos.ADJ && tags[i - 1] == Pos.NUM && (i + 1 == n || !tags[i + 1].nominal()
                    && tags[i + 1] != Pos.ADJ)) {
                tags[i] = Pos.NOUN; // « trois cents habitants »: a counted noun, not an adjective
            }
        }
        return new TaggedSentence(sentence, starts, ends, tags);
    }

    /** The tag of word {@code i} once the model's known slips are mended. */
    static Pos repair(Pos tag, String[] words, int i, Pos previous) {
        String w = words[i];
        char first = w.charAt(0);
        if (Character.isDigit(first)) {
            return Character.isDigit(w.charAt(w.length() - 1)) || tag != Pos.ADJ ? Pos.NUM : tag; // « 2e » is ADJ
        }
        String folded = Folding.fold(w).toLowerCase(Locale.ROOT);
        if (numberWord(folded)) {
            return Pos.NUM;
        }
        if ((tag == Pos.X || tag == Pos.SYM || tag == Pos.PUNCT) && Character.isUpperCase(first)) {
            return Pos.PROPN;
        }
        if (tag == Pos.PUNCT && Character.isLetter(first)) {
            return Character.isUpperCase(first) ? Pos.PROPN : Pos.NOUN;
        }
        if (tag == Pos.NOUN && i > 0 && words[i - 1].equalsIgnoreCase("à") && folded.length() > 4
                && (folded.endsWith("er") || folded.endsWith("ir")) && Character.isLowerCase(first)) {
            return Pos.VERB; // « à travailler »
        }
        return tag;
    }

    /** « trois », « vingt-deux », « quatre-vingts », « deux-cents ». */
    private static boolean numberWord(String folded) {
        if (NUMBER_WORDS.contains(folded)) {
            return true;
        }
        if (folded.indexOf('-') <= 0 || folded.endsWith("-")) {
            return false; // « - » between scores is no number word
        }
        for (String part : folded.split("-")) {
            if (!NUMBER_WORDS.contains(part) && !part.equals("et") && !part.equals("un") && !part.equals("une")) {
                return false;
            }
        }
        return true;
    }
}
