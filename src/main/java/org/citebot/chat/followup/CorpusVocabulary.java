package org.citebot.chat.followup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /**
     * Times the articles write a first name and a last name together (« Anne Martin ») before the
     * pair is taken for how they name that person in full: once may be a slip or a namesake.
     */
    static final int FULL_NAME_MIN = 2;

    private final Map<String, Counts> words;
    /** Per folded name written after « l' »: how often « elle » then « il » took it up. */
    private final Map<String, int[]> takenUp;
    /** Per folded last name: the two names the articles write it with most (« Anne Martin »). */
    private final Map<String, String> fullNames;
    /** Per folded name: how often the articles write it with a capital and no name just before (« M. Martin »). */
    private final Map<String, Integer> alone;

    private CorpusVocabulary(Map<String, Counts> words, Map<String, int[]> takenUp, Map<String, String> fullNames,
                             Map<String, Integer> alone) {
        this.words = Map.copyOf(words);
        this.takenUp = Map.copyOf(takenUp);
        this.fullNames = Map.copyOf(fullNames);
        this.alone = Map.copyOf(alone);
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
        Map<String, Map<String, Integer>> pairs = new HashMap<>();
        Map<String, Integer> alone = new HashMap<>();
        for (String text : texts) {
            String plain = FrenchTypography.normalize(text);
            Matcher e = ELIDED_THEN_PRONOUN.matcher(plain);
            while (e.find()) {
                takenUp.computeIfAbsent(Folding.fold(e.group(1)), k -> new int[2])[e.group(2).equals("elle") ? 0 : 1]++;
            }
            Matcher m = WORD.matcher(plain);
            String before = null;
            int beforeEnd = -2;
            while (m.find()) {
                String w = m.group();
                boolean capital = Character.isUpperCase(w.charAt(0));
                if (capital && before != null && beforeEnd + 1 == m.start() && plain.charAt(beforeEnd) == ' ') {
                    pairs.computeIfAbsent(Folding.fold(w), k -> new HashMap<>()).merge(before + " " + w, 1, Integer::sum);
                } else if (capital) {
                    alone.merge(Folding.fold(w), 1, Integer::sum);
                }
                before = capital ? w : null;
                beforeEnd = m.end();
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
        Map<String, String> fullNames = fullNames(pairs, words);
        // « Mme Martin », « Selon Martin »: the last name after any other word is the last name alone
        fullNames.forEach((last, full) -> pairs.get(last).forEach((pair, n) -> {
            if (!pair.equals(full)) {
                alone.merge(last, n, Integer::sum);
            }
        }));
        return new CorpusVocabulary(words, takenUp, fullNames, alone);
    }

    /**
     * Per last name, the pair of names the articles write it in most, when they write it so at
     * least {@link #FULL_NAME_MIN} times, more often than with every other name before it together
     * (« Anne Martin » against « Paul Martin »), and both words are names (« Selon Martin » opening
     * a sentence is not a first name).
     */
    private static Map<String, String> fullNames(Map<String, Map<String, Integer>> pairs, Map<String, Counts> words) {
        Map<String, String> out = new HashMap<>();
        pairs.forEach((last, seen) -> {
            // « Selon Martin » opening a sentence is no rival: only pairs of two names count
            Map<String, Integer> named = new HashMap<>(seen);
            named.keySet().removeIf(pair -> !isName(words, pair.substring(0, pair.indexOf(' '))));
            int all = named.values().stream().mapToInt(Integer::intValue).sum();
            named.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .filter(e -> e.getValue() >= FULL_NAME_MIN && 2 * e.getValue() > all && isName(words, last))
                    .ifPresent(e -> out.put(last, e.getKey()));
        });
        return out;
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
        return isName(words, word);
    }

    private static boolean isName(Map<String, Counts> words, String word) {
        Counts c = words.get(Folding.fold(word));
        return c != null && c.capitalised() > c.lower();
    }

    /**
     * How the articles write the person (or place) whose last name is {@code lastName} in full
     * (« Anne Martin » for « martin »), if they do it often enough to say.
     */
    public Optional<String> fullName(String lastName) {
        return Optional.ofNullable(fullNames.get(Folding.fold(lastName)));
    }

    /**
     * Whether the articles also name by {@code lastName} alone the one they name in full with it
     * (« M. Martin », « Martin a dit »), at least {@link #FULL_NAME_MIN} times: a person's last
     * name, not the second word of a place (« York » is never written without « New »).
     */
    public boolean writtenAlone(String lastName) {
        return fullNames.containsKey(Folding.fold(lastName)) && alone.getOrDefault(Folding.fold(lastName), 0) >= FULL_NAME_MIN;
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
