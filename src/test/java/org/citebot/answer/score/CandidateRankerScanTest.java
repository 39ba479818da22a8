package org.citebot.answer.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.citebot.qa.HostileText;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The scanners that spare {@link CandidateRanker} its patterns give what the patterns gave: the
 * patterns are copied here as they were, and both are run on random text made of the pieces
 * that matter (the words, their case, apostrophes, white space in and out of {@code \s},
 * letters outside the Basic Multilingual Plane, combining accents) and on windows of the seeds.
 */
class CandidateRankerScanTest {

    private static final Pattern EXCLUSION_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:sauf|excepté|exceptée?s?|hormis|à l['’]exception|absente?s?|ni|pas|jamais|plus|aucune?|non|sans)"
                    + "(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TITLED_AGENT_BEFORE = Pattern.compile(
            "(?:^|[^\\p{L}])(\\p{L}+)\\s+par\\s+(?:(?:les?|la|un|une|son|sa|ses|leurs?)\\s+|l['’])?"
                    + "(?:(?!(?:de|du|des|et|ou|en|au|aux|à)\\s)[\\p{Ll}][\\p{L}-]*\\s+){0,3}$",
            Pattern.UNICODE_CASE);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final String[] PIECES = {" ", "sauf", "excepté", "EXCEPTÉE", "exceptées", "hormis", "à", "À", " l'",
        " L’", "l'", "exception", "exceptionnel", "absent", "Absentes", "ni", "NI", "pas", "Pas", "passé", "jamais",
        "plus", "plusieurs", "aucun", "aucune", "non", "sans", "ſans", "par", " par ", "par\t", "menée", "les ", "l'",
        "a", "é", "x", "7", "\t", "\n", "\u00a0", ",", "-", "'", "’", "😀", "𝐀", "\u0301", "e\u0301", "ß", "İ", "K"};

    /** A cut of {@code text} that does not split a surrogate pair (candidates never do). */
    private static int cut(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
    }

    private static void check(String text, int from, int to) {
        assertEquals(EXCLUSION_BEFORE.matcher(text).region(from, to).find(),
                CandidateRanker.exclusionBefore(text, from, to), () -> "exclusion in [" + text.substring(from, to) + "]");
        if (TITLED_AGENT_BEFORE.matcher(text).region(from, to).find()) {
            assertTrue(CandidateRanker.spacedPar(text, from, to), () -> "par in [" + text.substring(from, to) + "]");
        }
    }

    @TestFactory
    Stream<DynamicTest> scannersAgreeWithThePatternsOnRandomText() {
        return Stream.of(11L, 12L, 13L, 14L).map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Random random = new Random(seed);
            for (int n = 0; n < 25_000; n++) {
                String text = HostileText.joined(random, PIECES, 14);
                int a = cut(text, random.nextInt(text.length() + 1));
                int b = cut(text, random.nextInt(text.length() + 1));
                check(text, Math.min(a, b), Math.max(a, b));
                check(text, 0, text.length());
                assertEquals(WHITESPACE.split(text).length, WhitespaceSplit.length(text), () -> "[" + text + "]");
                assertEquals(WHITESPACE.split(text.strip()).length, WhitespaceSplit.length(text.strip()));
            }
        }));
    }

    @Test
    void scannersAgreeWithThePatternsOnEdgeCases() {
        for (String t : List.of("", " ", "  ", "a", " a", "a ", " a ", "à l'exception", "À L’EXCEPTION", "à  l'exception",
                "sà l'exception", "à l'exceptions", "ſans", "pas", "xpas", "pasx", "ni,", "par par", " par ", "x par y")) {
            check(t, 0, t.length());
            for (int from = 0; from <= t.length(); from++) {
                check(t, cut(t, from), t.length());
                check(t, 0, cut(t, from));
            }
            assertEquals(WHITESPACE.split(t).length, WhitespaceSplit.length(t), () -> "[" + t + "]");
        }
    }

    @Test
    void scannersAgreeWithThePatternsInTheSeedArticles() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(f));
            }
        }
        int agents = 0;
        for (String text : texts) {
            for (int i = 0; i < text.length(); i++) {
                check(text, Math.max(0, i - CandidateRanker.EXCLUSION_WINDOW), i);
                int from = Math.max(0, i - CandidateRanker.AGENT_WINDOW);
                agents += TITLED_AGENT_BEFORE.matcher(text).region(from, i).find() ? 1 : 0;
                check(text, from, i);
            }
        }
        assertTrue(agents > 0, "some windows end with an agent");
    }
}
