package org.citebot.answer.candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.text.Folding;
import org.citebot.text.Span;

/**
 * What an acronym stands for, as the article spells it out: « le Conseil national des sports
 * (CNS) » or « le CNS (Conseil national des sports) ». The long form's content words give the
 * acronym's letters in order, one letter a word (the parts of a hyphenated word count as words:
 * « Conseil franco-allemand (CFA) »); small words (« de », « la », « et »…) may be skipped or
 * give their letter. Only what the article itself pairs is read, in the spirit of Schwartz and
 * Hearst's algorithm (2003): no list of acronyms, so a deployer's articles define their own.
 */
public final class Acronyms {

    /** Words a long form may pass over without giving a letter. */
    private static final Set<String> SMALL_WORDS = Set.of("de", "du", "des", "d", "la", "le", "les", "l", "et",
            "a", "au", "aux", "en", "pour", "sur", "par", "dans");
    /** An acronym's shape: a capital, then one to nine letters, dots or ampersands ({@link #looksLikeAcronym} counts the capitals). */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{Ll}&.]{1,9}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Words a long form reads back from its parenthesis at most, per letter: a word and small words between. */
    private static final int WORDS_PER_LETTER = 3;

    private Acronyms() {
    }

    /**
     * Whether {@code word}, as a sentence writes it, may be an acronym: two to ten characters, at
     * least two capital letters (« CNS », « SNCF », « CdS »). A question may type it in lower case:
     * callers test the form the sentence writes.
     */
    public static boolean looksLikeAcronym(String word) {
        if (!ACRONYM.matcher(word).matches()) {
            return false;
        }
        long capitals = word.chars().filter(Character::isUpperCase).count();
        return capitals >= 2;
    }

    /**
     * The long form {@code acronym} stands for in {@code text}, read around each « (ACRONYM) »
     * (the long form before it) or « ACRONYM (long form) »; empty when no parenthesis pairs it with
     * words whose initials spell it.
     *
     * @return the long form's span in {@code text}
     */
    public static Optional<Span> longForm(String text, String acronym) {
        String letters = letters(acronym);
        if (letters.length() < 2) {
            return Optional.empty();
        }
        Matcher m = Pattern.compile("\\(\\s*" + Pattern.quote(acronym) + "\\s*\\)", Pattern.CASE_INSENSITIVE)
                .matcher(text);
        while (m.find()) {
            Optional<Span> before = spelledBefore(text, m.start(), letters);
            if (before.isPresent()) {
                return before;
            }
        }
        Matcher after = Pattern.compile("\\b" + Pattern.quote(acronym) + "\\s*\\(([^()]{3,120})\\)",
                Pattern.CASE_INSENSITIVE).matcher(text);
        while (after.find()) {
            Span inside = new Span(after.start(1), after.end(1));
            if (spells(words(text, inside.start(), inside.end()), text, letters)) {
                return Optional.of(trimmed(text, inside));
            }
        }
        return Optional.empty();
    }

    /** The acronym's letters, folded to lower case, its dots and ampersands left out. */
    static String letters(String acronym) {
        return Folding.fold(acronym).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** The shortest stretch of words ending at {@code end} whose initials spell {@code letters}. */
    private static Optional<Span> spelledBefore(String text, int end, String letters) {
        int from = Math.max(0, end - 200);
        List<Span> words = words(text, from, end);
        int most = Math.min(words.size(), letters.length() * WORDS_PER_LETTER);
        for (int k = 1; k <= most; k++) {
            List<Span> tail = words.subList(words.size() - k, words.size());
            if (!SMALL_WORDS.contains(word(text, tail.get(0))) && spells(tail, text, letters)) {
                return Optional.of(trimmed(text, new Span(tail.get(0).start(), tail.get(tail.size() - 1).end())));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the words' initials spell {@code letters} in order, every content word giving the
     * next letter and a small word giving it or nothing, the first word giving the first letter.
     */
    static boolean spells(List<Span> words, String text, String letters) {
        return spells(words, 0, text, letters, 0);
    }

    private static boolean spells(List<Span> words, int w, String text, String letters, int l) {
        if (w == words.size()) {
            return l == letters.length();
        }
        String word = word(text, words.get(w));
        boolean small = SMALL_WORDS.contains(word);
        if (l < letters.length() && word.charAt(0) == letters.charAt(l) && spells(words, w + 1, text, letters, l + 1)) {
            return true;
        }
        return small && w > 0 && spells(words, w + 1, text, letters, l);
    }

    private static String word(String text, Span span) {
        return Folding.fold(span.of(text)).toLowerCase(Locale.ROOT);
    }

    /** The words of {@code text[from, end)}: letters and digits, a hyphen or apostrophe splitting them. */
    static List<Span> words(String text, int from, int end) {
        List<Span> out = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, end);
        while (m.find()) {
            out.add(new Span(m.start(), m.end()));
        }
        return out;
    }

    private static Span trimmed(String text, Span span) {
        int a = span.start();
        int b = span.end();
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        return new Span(a, b);
    }
}
