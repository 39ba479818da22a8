package org.citebot.chat.followup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.corpus.Corpus;
import org.citebot.corpus.Document;
import org.citebot.text.Folding;
import org.citebot.text.FrenchTypography;

/**
 * The words of a corpus, so a follow-up can be read as people type it, in lower case: which
 * words the articles know, which of them are names (« unesco », « dupont »: written with a capital
 * inside sentences more often than not), and how the articles spell them (« UNESCO »).
 *
 * <p>Built once per corpus; immutable, so thread-safe.
 */
public final class CorpusVocabulary {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");

    /**
     * « l'Agence a déclaré qu'elle… », « l'Office a dit qu'il… »: an elided name and the first
     * subject pronoun after it in the same clause, which says its gender.
     */
    private static final Pattern ELIDED_THEN_PRONOUN = Pattern.compile(
            "(?<![\\p{L}])[lL]'(\\p{Lu}[\\p{L}-]*)(?![\\p{L}])[^.;:!?«»\"]{0,60}?(?<![\\p{L}])(?:qu'|, )?(elle|il)(?![\\p{L}])");

    /** Per folded word: occurrences inside a sentence with a capital, without, and spellings seen. */
    private record Counts(int capitalised, int lower, Map<String, Integer> spellings) {
    }

    private final Map<String, Counts> words;
    /** Per folded name written after « l' »: how often « elle » then « il » took it up. */
    private final Map<String, int[]> takenUp;

    private CorpusVocabulary(Map<String, Counts> words, Map<String, int[]> takenUp) {
        this.words = Map.copyOf(words);
        this.takenUp = Map.copyOf(takenUp);
    }

    /** The vocabulary of every document of {@code corpus}. */
    public static CorpusVocabulary of(Corpus corpus) {
        return of(corpus.documents().stream().map(Document::text).toList());
    }

    /** The vocabulary of {@code texts}. */
    public static CorpusVocabulary of(List<String> texts) {
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        Map<String, int[]> takenUp = new HashMap<>();
        for (String text : texts) {
            String plain = FrenchTypography.normalize(text);
            Matcher e = ELIDED_THEN_PRONOUN.matcher(plain);
            while (e.find()) {
                takenUp.computeIfAbsent(Folding.fold(e.group(1)), k -> new int[2])[e.group(2).equals("elle") ? 0 : 1]++;
            }
            Matcher m = WORD.matcher(plain);
            while (m.find()) {
                String w = m.group();
                String key = Folding.fold(w);
                int[] c = counts.computeIfAbsent(key, k -> new int[2]);
                boolean sentenceStart = sentenceStart(plain, m.start());
                if (Character.isUpperCase(w.charAt(0))) {
                    if (!sentenceStart) {
                        c[0]++;
                    }
                    spellings.computeIfAbsent(key, k -> new HashMap<>()).merge(w, 1, Integer::sum);
                } else {
                    c[1]++;
                }
            }
        }
        Map<String, Counts> words = new HashMap<>();
        counts.forEach((k, c) -> words.put(k, new Counts(c[0], c[1], Map.copyOf(spellings.getOrDefault(k, Map.of())))));
        return new CorpusVocabulary(words, takenUp);
    }

    /**
     * The gender of a name the articles write after « l' » (« l'Agence », « l'Office »), read
     * from the pronoun that takes it up (« l'Agence a déclaré qu'elle… »); {@code UNKNOWN} when
     * the articles never say or say both as often.
     */
    FunctionWords.Agreement gender(String word) {
        int[] c = takenUp.get(Folding.fold(word));
        if (c == null || c[0] == c[1]) {
            return FunctionWords.Agreement.UNKNOWN;
        }
        return c[0] > c[1] ? FunctionWords.Agreement.FEMININE : FunctionWords.Agreement.MASCULINE;
    }

    /** Whether a word (folded or not) occurs in the corpus. */
    public boolean knows(String word) {
        return words.containsKey(Folding.fold(word));
    }

    /** Whether the articles write {@code word} with a capital inside sentences more often than not. */
    public boolean isName(String word) {
        Counts c = words.get(Folding.fold(word));
        return c != null && c.capitalised() > c.lower();
    }

    /** How the articles most often spell a name (« UNESCO » for « unesco »); other words as given. */
    public String spelling(String word) {
        Counts c = words.get(Folding.fold(word));
        if (c == null || c.capitalised() <= c.lower() || Character.isUpperCase(word.isEmpty() ? 'a' : word.charAt(0))) {
            return word;
        }
        return c.spellings().entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(word);
    }

    private static boolean sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && !Character.isLetterOrDigit(text.charAt(i)) && ".!?\n«\"".indexOf(text.charAt(i)) < 0) {
            i--;
        }
        return i < 0 || ".!?\n«\"".indexOf(text.charAt(i)) >= 0;
    }
}
