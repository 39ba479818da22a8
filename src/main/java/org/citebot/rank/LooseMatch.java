package org.citebot.rank;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.citebot.index.FrenchAnalysis;
import org.citebot.text.Folding;

/**
 * Matches a question's words in sentences the way a reader would forgive: by their first letters
 * (« commande » and « commandement », « administratif » and « administrations ») and by shared
 * letter triples (« Strutthof » typed for « Stutthof », « Nicolas » for « Nicolaus »), where the
 * answerer's stems and synonyms ({@code PassageEvidence}) demand the same word. Each question word
 * weighs by how few of the pool's sentences hold its first letters (an idf over the pool, so no
 * corpus-wide table is needed). A word the answerer finds in a sentence counts as held there too
 * ({@link #measure(List, long[], long[], boolean[][])}): the deployer's synonyms and the verb forms reach these
 * signals, which their letters alone miss.
 *
 * <p>Built once per question, for one pool; the sentences' words come folded and without stop
 * words ({@link #words(CharSequence)}, remembered per sentence by {@link SentenceFacts}). Costs
 * a few microseconds a sentence, without allocating per word: each sentence word's letter
 * triples are looked up once among the question's (a sorted array), then compared with each
 * question word by bit counts.
 */
final class LooseMatch {

    /** Letters of a word's beginning that make two words the same word for {@link #LOOSE}. */
    static final int PREFIX = 5;
    /** Letter-triple likeness (Jaccard) from which a sentence word counts as the question's word for {@link #STRONG}. */
    static final double CLOSE = 0.5;

    /** Per sentence: share of the question's weight whose words' first letters it holds. */
    static final int LOOSE = 0;
    /** Per sentence: share of the question's letter triples (of its words, with word edges) it holds. */
    static final int TRIGRAMS = 1;
    /** Per sentence: the question's weight, each word counted by its likeness to its likest sentence word. */
    static final int FUZZY = 2;
    /** As {@link #FUZZY}, counting only words with a likeness of {@link #CLOSE} or more. */
    static final int STRONG = 3;
    /**
     * Per sentence: as {@link #LOOSE}, over the question's words its article's title does not hold
     * (0 when the title holds them all): what the question asks about its article's subject, which
     * every sentence of the article names.
     */
    static final int BEYOND_TITLE = 4;
    /** Values per sentence. */
    static final int SIGNALS = 5;

    private static final String[] NONE = new String[0];
    /** Function words beyond the question chain's stop set ({@code loose-stop-words.txt}). */
    private static final Set<String> STOP_WORDS = Set.copyOf(
            org.citebot.text.WordLists.lines(LooseMatch.class, "loose-stop-words.txt"));

    private final String[] words;
    /** Per question word, the bits of its letter triples among all the question's. */
    private final long[][] masks;
    /** Per question word, how many distinct letter triples it has. */
    private final int[] sizes;
    /** The question's distinct letter triples, sorted: a triple's index is its place here. */
    private final long[] triples;
    private final int blocks;
    /** A 1,024-bit sketch of {@link #triples}: a sentence triple whose bit is clear is no question triple. */
    private final long[] sketch = new long[16];

    /** @param question the question as typed */
    LooseMatch(CharSequence question) {
        Set<String> distinct = new LinkedHashSet<>(List.of(words(question)));
        this.words = distinct.toArray(NONE);
        this.triples = distinctSorted(words);
        this.blocks = (triples.length + 63) / 64;
        for (long t : triples) {
            int h = sketchBit(t);
            sketch[h >>> 6] |= 1L << h;
        }
        this.masks = new long[words.length][blocks];
        this.sizes = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            for (long t : triples(words[i])) {
                int k = java.util.Arrays.binarySearch(triples, t);
                masks[i][k >>> 6] |= 1L << k;
            }
            for (long b : masks[i]) {
                sizes[i] += Long.bitCount(b);
            }
        }
    }

    /** The distinct letter triples of {@code words}, sorted (an array sorted in place: no boxed set). */
    static long[] distinctSorted(String[] words) {
        int size = 0;
        for (String w : words) {
            size += w.length();
        }
        long[] all = new long[size];
        int n = 0;
        for (String w : words) {
            for (long t : triples(w)) {
                all[n++] = t;
            }
        }
        java.util.Arrays.sort(all, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || all[distinct - 1] != all[i]) {
                all[distinct++] = all[i];
            }
        }
        return java.util.Arrays.copyOf(all, distinct);
    }

    /** The question's content words, folded, each once, in the question's order. */
    List<String> questionWords() {
        return List.of(words);
    }

    /**
     * The {@link #SIGNALS} values of each sentence of a pool, given as its {@link #words words}.
     * A question without content words gets zeros.
     */
    double[][] measure(List<String[]> sentences) {
        return measure(sentences, null, null, null);
    }

    /** Which of the question's words ({@link #questionWords()} order) a title, given as its {@link #words}, holds. */
    boolean[] inTitle(String[] title) {
        boolean[] out = new boolean[words.length];
        for (String t : title) {
            for (int i = 0; i < words.length; i++) {
                out[i] |= samePrefix(words[i], t);
            }
        }
        return out;
    }

    /**
     * As {@link #measure(List)}, where a question word also counts as held (and wholly alike) in a
     * sentence that holds one of its terms by the answerer's rules ({@code PassageEvidence}: stems,
     * verb forms, the deployer's synonyms), so that « bâti » found for « construit » counts here too.
     *
     * @param held  per sentence, the bits of the question terms the answerer finds in it; or {@code null}
     * @param terms per question word ({@link #questionWords()} order), the bits of the terms it is; or {@code null}
     * @param titled per sentence, which question words its article's title holds ({@link #inTitle}); or
     *               {@code null}, no title
     */
    double[][] measure(List<String[]> sentences, long[] held, long[] terms, boolean[][] titled) {
        int n = sentences.size();
        double[][] out = new double[n][SIGNALS];
        int q = words.length;
        if (q == 0 || n == 0) {
            return out;
        }
        boolean[][] heldWords = new boolean[n][q];
        double[][] likeness = new double[n][q];
        double[] triplesHeld = new double[n];
        int[] df = new int[q];
        long[] word = new long[blocks];
        long[] sentence = new long[blocks];
        for (int s = 0; s < n; s++) {
            java.util.Arrays.fill(sentence, 0);
            for (String w : sentences.get(s)) {
                for (int i = 0; i < q; i++) {
                    heldWords[s][i] |= samePrefix(words[i], w);
                }
                java.util.Arrays.fill(word, 0);
                boolean shares = false;
                for (int at = 0; at < w.length(); at++) { // the word's triples, without allocating them
                    long t = triple(w, at);
                    int h = sketchBit(t);
                    int k = (sketch[h >>> 6] & 1L << h) == 0 ? -1 : java.util.Arrays.binarySearch(triples, t);
                    if (k >= 0) {
                        word[k >>> 6] |= 1L << k;
                        shares = true;
                    }
                }
                if (!shares) {
                    continue; // no triple in common with any question word: likeness 0
                }
                for (int b = 0; b < blocks; b++) {
                    sentence[b] |= word[b];
                }
                int size = distinctTriples(w);
                for (int i = 0; i < q; i++) {
                    int common = 0;
                    for (int b = 0; b < blocks; b++) {
                        common += Long.bitCount(word[b] & masks[i][b]);
                    }
                    if (common > 0) {
                        double j = common / (double) (sizes[i] + size - common);
                        likeness[s][i] = Math.max(likeness[s][i], j);
                    }
                }
            }
            if (held != null) {
                for (int i = 0; i < q; i++) {
                    if ((held[s] & terms[i]) != 0) {
                        markHeld(heldWords, likeness, s, i);
                    }
                }
            }
            int c = 0;
            for (long b : sentence) {
                c += Long.bitCount(b);
            }
            triplesHeld[s] = c / (double) triples.length;
            for (int i = 0; i < q; i++) {
                df[i] += heldWords[s][i] ? 1 : 0;
            }
        }
        double[] weight = new double[q];
        double total = 0;
        for (int i = 0; i < q; i++) {
            weight[i] = Math.log((n + 1) / (df[i] + 0.5));
            total += weight[i];
        }
        for (int s = 0; s < n; s++) {
            double loose = 0;
            double fuzzy = 0;
            double strong = 0;
            double beyond = 0;
            double beyondTotal = 0;
            for (int i = 0; i < q; i++) {
                boolean topic = titled != null && titled[s][i];
                beyondTotal += topic ? 0 : weight[i];
                beyond += !topic && heldWords[s][i] ? weight[i] : 0;
                loose += heldWords[s][i] ? weight[i] : 0;
                fuzzy += likeness[s][i] * weight[i];
                strong += likeness[s][i] >= CLOSE ? likeness[s][i] * weight[i] : 0;
            }
            out[s][LOOSE] = total > 0 ? loose / total : 0;
            out[s][FUZZY] = total > 0 ? fuzzy / total : 0;
            out[s][STRONG] = total > 0 ? strong / total : 0;
            out[s][TRIGRAMS] = triplesHeld[s];
            out[s][BEYOND_TITLE] = beyondTotal > 0 ? beyond / beyondTotal : 0;
        }
        return out;
    }

    /** Question word {@code i} held by sentence {@code s} through the answerer's match. */
    private static void markHeld(boolean[][] heldWords, double[][] likeness, int s, int i) {
        heldWords[s][i] = true;
        likeness[s][i] = 1;
    }

    /** Whether two folded words begin alike: their first {@link #PREFIX} letters, or the whole of a shorter word. */
    static boolean samePrefix(String a, String b) {
        if (a.length() < PREFIX || b.length() < PREFIX) {
            return a.equals(b);
        }
        return a.regionMatches(0, b, 0, PREFIX);
    }

    /**
     * The content words of {@code text}: folded (lower case, no accents), split at anything but a
     * letter or digit, without stop words (the question chain's and {@code loose-stop-words.txt})
     * and one-letter words.
     */
    static String[] words(CharSequence text) {
        String folded = Folding.fold(text);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean inWord = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                String w = folded.substring(start, i);
                if (w.length() >= 2 && !FrenchAnalysis.questionStopWord(w) && !STOP_WORDS.contains(w)) {
                    out.add(w);
                }
                start = -1;
            }
        }
        return out.toArray(NONE);
    }

    /** The distinct letter triples of {@code word} with its edges marked (« #pa », « par », « ar# »), as numbers. */
    static long[] triples(String word) {
        long[] out = new long[word.length()];
        int size = 0;
        for (int i = 0; i < word.length(); i++) {
            long t = triple(word, i);
            boolean seen = false;
            for (int k = 0; k < size && !seen; k++) {
                seen = out[k] == t;
            }
            if (!seen) {
                out[size++] = t;
            }
        }
        return size == out.length ? out : java.util.Arrays.copyOf(out, size);
    }

    /** The letter triple of {@code word} framed by « # » that starts at {@code i} (0 for « #pa »), as a number. */
    static long triple(String word, int i) {
        return (long) at(word, i) << 32 | (long) at(word, i + 1) << 16 | at(word, i + 2);
    }

    /** How many distinct letter triples {@code word} has (as {@link #triples}, without allocating). */
    private static int distinctTriples(String word) {
        int size = 0;
        for (int at = 0; at < word.length(); at++) {
            long t = triple(word, at);
            boolean seen = false;
            for (int before = 0; before < at && !seen; before++) {
                seen = triple(word, before) == t;
            }
            size += seen ? 0 : 1;
        }
        return size;
    }

    /** The bit of {@link #sketch} for the triple {@code t}. */
    private static int sketchBit(long t) {
        return (int) ((t * 0x9E3779B97F4A7C15L) >>> 54);
    }

    /** The character at {@code i} of {@code word} framed by « # ». */
    private static char at(String word, int i) {
        return i == 0 || i == word.length() + 1 ? '#' : word.charAt(i - 1);
    }
}
