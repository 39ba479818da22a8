package org.citebot.answer.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The scanners of {@link CandidateConjunctions} find what the regular expressions they replace
 * found (the expressions are copied here as the reference), on random text made of the characters
 * that matter and on every window of the seed articles.
 */
class CandidateConjunctionsScanTest {

    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}\\p{N}]+['’]?|[^\\s\\p{L}\\p{N}])\\s*$");
    private static final Pattern FIRST_WORD = Pattern.compile("^\\s*([\\p{L}\\p{N}]+['’]?|[^\\s\\p{L}\\p{N}])");
    /** Letters, digits, other numbers, apostrophes, white space in and out of {@code \s}, marks, terminators. */
    private static final String[] PIECES = {"a", "é", "Œ", "z", "7", "²", "Ⅻ", "'", "’", " ", "\t", "\n", "\r", "\u000B",
        "\f", "\u00a0", "\u202f", ",", ".", "«", "»", "-", "(", "\u0085", "\u2028", "\u2029", "😀", "\u0301", "ـ", "本"};

    private static String reference(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static void check(String text) {
        assertEquals(reference(LAST_WORD, text), CandidateConjunctions.lastWord(text), () -> "last word of [" + text + "]");
        assertEquals(reference(FIRST_WORD, text), CandidateConjunctions.firstWord(text), () -> "first word of [" + text + "]");
        // read in place, inside a longer text: words and spaces on both sides must not leak in
        for (String pad : List.of("ab", "l'", " ", "\u2028")) {
            String padded = pad + text + pad;
            int from = pad.length();
            int to = from + text.length();
            assertEquals(reference(LAST_WORD, text), CandidateConjunctions.lastWord(padded, from, to),
                    () -> "last word of [" + text + "] inside [" + padded + "]");
            assertEquals(reference(FIRST_WORD, text), CandidateConjunctions.firstWord(padded, from, to),
                    () -> "first word of [" + text + "] inside [" + padded + "]");
        }
    }

    @Test
    void findsWhatThePatternsFindOnEdgeCases() {
        for (String t : List.of("", " ", "\t\n", "mot", " mot ", "l'", "l’ ", "aujourd'hui", "' ", "x '", " ,", "«\u00a0",
                "12,5", "deux  mots", "fin\u2028", "fin \u2028", "😀", "a😀", "😀 ", "\u0085", "mot\r\n")) {
            check(t);
        }
    }

    @TestFactory
    Stream<DynamicTest> findsWhatThePatternsFindOnRandomText() {
        return Stream.of(1L, 2L, 3L, 4L).map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Random random = new Random(seed);
            for (int n = 0; n < 25_000; n++) {
                StringBuilder b = new StringBuilder();
                int length = random.nextInt(12);
                for (int i = 0; i < length; i++) {
                    b.append(PIECES[random.nextInt(random.nextBoolean() ? 10 : PIECES.length)]);
                }
                check(b.toString());
            }
        }));
    }

    @Test
    void findsWhatThePatternsFindInTheSeedArticles() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(f));
            }
        }
        for (String text : texts) {
            for (int i = 0; i + 1 < text.length(); i += 3) {
                check(text.substring(i, Math.min(text.length(), i + 30)));
                check(text.substring(Math.max(0, i - 30), i));
            }
        }
    }
}
