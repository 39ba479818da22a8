package org.citebot.qa;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Seeded random texts of the kinds people (and attackers) send a chat bot, for the fuzzing tests:
 * any UTF-16 text (unpaired surrogates and control characters included), runs of query and markup
 * syntax, French-looking word salad, and very long single words.
 *
 * <p>The same seed gives the same texts, so a failure names its seed and case and can be replayed;
 * {@code -Dcitebot.fuzz.seed=N} explores other seeds. Plain JUnit 5 (a {@code @TestFactory} over
 * {@link #cases}), so the fuzzing needs no property-testing library.
 */
public final class HostileText {

    /** The seed used unless {@code citebot.fuzz.seed} says otherwise. */
    public static final long DEFAULT_SEED = 17L;

    private static final String QUERY_SYNTAX = "?*:()[]{}\"'\\/<>&~^!+-|@#%$`_ \u200B\u202E\u00A0";
    private static final String MARKUP_SYNTAX = "<>&\"'*_`[]()~#+-=|{}.!/@\\ \u200B\u202E";
    private static final List<String> FRENCHISH = List.of("combien", "qui", "où", "quand", "pourquoi",
            "est-ce que", "et", "l'", "de", "OTAN", "<b>", "&amp;", "😀", "/q", "/start", "2018", "huit", "?");

    /** Texts every fuzz run starts with: the edges a random draw rarely hits. */
    private static final List<String> EDGES = List.of("", " ", "\u0000", "\uD800", "\uDFFF", "?", "/", "&", "<",
            "\u202E", "😀", "l'", "a".repeat(5_000));

    /** One generated text, with what it takes to replay it. */
    public record Case(long seed, int index, String family, String text) {

        /** A short, printable name for the test report. */
        public String name() {
            String shown = text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + " chars)" : text;
            StringBuilder printable = new StringBuilder();
            shown.codePoints().forEach(c -> printable.append(Character.isISOControl(c) || (c >= 0xD800 && c <= 0xDFFF)
                    ? String.format(Locale.ROOT, "\\u%04X", c) : Character.toString(c)));
            return String.format(Locale.ROOT, "seed %d #%d %s: « %s »", seed, index, family, printable);
        }
    }

    private HostileText() {
    }

    /** The seed of this run: {@code citebot.fuzz.seed} when set, else {@link #DEFAULT_SEED}. */
    public static long seed() {
        return Long.getLong("citebot.fuzz.seed", DEFAULT_SEED);
    }

    /**
     * {@code count} texts: the fixed edge cases first, then random ones drawn evenly from the
     * families, each at least {@code minLength} characters long.
     */
    public static List<Case> cases(long seed, int count, int minLength) {
        Random random = new Random(seed);
        List<Family> families = List.of(
                new Family("any", r -> anyText(r, minLength, 300)),
                new Family("syntax", r -> fromChars(r, QUERY_SYNTAX + MARKUP_SYNTAX, minLength, 100)),
                new Family("frenchish", r -> frenchish(r, minLength)),
                new Family("long", r -> fromRange(r, 'a', 'z', Math.max(minLength, 4_000), 20_000)));
        Stream<Case> edges = EDGES.stream().filter(e -> e.length() >= minLength)
                .map(e -> new Case(seed, 0, "edge", e));
        Stream<Case> drawn = IntStream.range(0, count).mapToObj(i -> {
            Family family = families.get(random.nextInt(families.size()));
            return new Case(seed, i + 1, family.name(), family.draw().apply(random));
        });
        List<Case> all = Stream.concat(edges, drawn).toList();
        return all.subList(0, Math.min(count, all.size()));
    }

    private record Family(String name, Function<Random, String> draw) {
    }

    /**
     * Fewer than {@code maxPieces} of {@code pieces}, drawn at random and joined: the texts the
     * equivalence tests of a hand-written scanner and the pattern it replaced are run on.
     */
    public static String joined(Random random, String[] pieces, int maxPieces) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(maxPieces);
        for (int i = 0; i < n; i++) {
            b.append(pieces[random.nextInt(pieces.length)]);
        }
        return b.toString();
    }

    /** Any UTF-16 code units, lone surrogates included, with supplementary characters now and then. */
    static String anyText(Random random, int min, int max) {
        int length = min + random.nextInt(max - min + 1);
        StringBuilder text = new StringBuilder(length + 1);
        while (text.length() < length) {
            int roll = random.nextInt(10);
            if (roll == 0) {
                text.appendCodePoint(0x10000 + random.nextInt(0x10FFFF - 0x10000 + 1));
            } else if (roll < 3) {
                text.append((char) random.nextInt(0x80));
            } else {
                text.append((char) random.nextInt(0x10000));
            }
        }
        return text.toString();
    }

    static String fromChars(Random random, String alphabet, int min, int max) {
        int length = min + random.nextInt(max - min + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    static String fromRange(Random random, char first, char last, int min, int max) {
        int length = min + random.nextInt(max - min + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) (first + random.nextInt(last - first + 1)));
        }
        return text.toString();
    }

    static String frenchish(Random random, int min) {
        StringBuilder text = new StringBuilder();
        int words = random.nextInt(31);
        for (int i = 0; i < words || text.length() < min; i++) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(FRENCHISH.get(random.nextInt(FRENCHISH.size())));
        }
        return text.toString();
    }
}
