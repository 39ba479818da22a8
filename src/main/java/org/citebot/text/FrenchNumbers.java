package org.citebot.text;

import com.ibm.icu.text.RuleBasedNumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers in French text, in digits and in words, with their exact spans.
 *
 * <p>Digits follow French conventions: spaces (also non-breaking and thin) group thousands, a
 * comma marks decimals, a following « millions » / « milliards » scales the value. Words are
 * parsed by ICU4J's French spell-out rules ({@link RuleBasedNumberFormat#SPELLOUT}), not by a
 * table of ours: « huit », « vingt et un », « quatre-vingt-dix », « deux cents ». ICU parses as
 * far as it can without skipping words, so a parse is kept only when it ends on a word boundary
 * (« quatre-vingt » alone reads as 4 and is refused). « un » / « une » are left out: they are
 * articles far more often than numbers.
 *
 * <p>Thread-safe: the ICU formatter is not, so each thread gets its own.
 */
public final class FrenchNumbers {

    private static final Pattern DIGITS = Pattern.compile(
            "(?<![\\p{L}\\d,.])(\\d{1,3}(?:[ \u00A0\u202F\u2009]\\d{3})+|\\d+)(,\\d+)?(?![\\d\\p{L}])"
                    + "|(?<![\\p{L}\\d,.])(\\d+)(er|re|ère|e|ème|eme|è)(?![\\p{L}\\d])");
    private static final Pattern PERCENT = Pattern.compile("^\\s?(%|pour ?cent\\b)");
    private static final Pattern SCALE = Pattern.compile("^\\s(millions?|milliards?|mille|billions?)\\b");
    /** « un million », « une centaine »… : the one case where « un » starts a number. */
    private static final Pattern SCALED_ONE = Pattern.compile("une? (million|milliard)");
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
    /** First words of French numerals: only these are handed to the (slow) ICU parser. */
    private static final Set<String> NUMERAL_STARTS = Set.of("deux", "trois", "quatre", "cinq", "six", "sept",
            "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "trente",
            "quarante", "cinquante", "soixante", "cent", "mille", "premier", "premiere");

    /** Longest stretch of text handed to ICU for one spelled-out number. */
    private static final int MAX_NUMERAL_LENGTH = 80;

    private static final ThreadLocal<RuleBasedNumberFormat> SPELLOUT = ThreadLocal.withInitial(
            () -> new RuleBasedNumberFormat(Locale.FRENCH, RuleBasedNumberFormat.SPELLOUT));

    private final RegionMemo<NumberMention> memo = new RegionMemo<>();

    /** The numbers of {@code text} within {@code region}, in text order (remembered per region). */
    public List<NumberMention> find(String text, Span region) {
        return memo.get(text, region, FrenchNumbers::scan);
    }

    /**
     * Whether {@link #find(String)} may find a number in {@code text}: false only when it holds no
     * digit and no run of letters a French numeral starts with. A cheap test before the full scan,
     * for callers that ask about many words of which few are numbers (every capitalised word of a
     * corpus, when names are learnt).
     */
    public static boolean mayHoldNumber(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                return true;
            }
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            String run = Folding.fold(text.substring(start, i));
            if (NUMERAL_STARTS.contains(run) || run.equals("un") || run.equals("une")) {
                return true;
            }
        }
        return false;
    }

    /** The numbers of a short text (a word, a snippet): not remembered. */
    public List<NumberMention> find(String text) {
        return scan(text, new Span(0, text.length()));
    }

    private static List<NumberMention> scan(String text, Span region) {
        PlainView plain = FrenchTypography.view(text);
        List<NumberMention> out = new ArrayList<>();
        digits(plain, region, out);
        words(plain, region, out);
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    private static void digits(PlainView plain, Span region, List<NumberMention> out) {
        Matcher m = DIGITS.matcher(plain).region(region.start(), region.end());
        while (m.find()) {
            if (m.group(3) != null) {
                out.add(new NumberMention(new Span(m.start(), m.end()), Double.parseDouble(m.group(3)), false, false,
                        true));
                continue;
            }
            double value = Double.parseDouble(m.group(1).replaceAll("[ \u00A0\u202F\u2009]", "")
                    + (m.group(2) == null ? "" : "." + m.group(2).substring(1)));
            int end = m.end();
            String after = plain.substring(end, Math.min(region.end(), end + 12)).toLowerCase(Locale.ROOT);
            Matcher scale = SCALE.matcher(after);
            if (scale.find()) {
                value *= scaleOf(scale.group(1));
                end += scale.end();
            }
            Matcher percent = PERCENT.matcher(plain.substring(end, Math.min(region.end(), end + 10)));
            boolean isPercent = percent.find();
            if (isPercent) {
                end += percent.end();
            }
            out.add(new NumberMention(new Span(m.start(), end), value, false, isPercent, false));
        }
    }

    private static double scaleOf(String word) {
        return switch (word.replaceAll("s$", "")) {
            case "mille" -> 1e3;
            case "million" -> 1e6;
            case "milliard" -> 1e9;
            default -> 1e12;
        };
    }

    private static void words(PlainView plain, Span region, List<NumberMention> out) {
        RuleBasedNumberFormat spellout = SPELLOUT.get();
        Matcher m = WORD.matcher(plain).region(region.start(), region.end());
        int consumedTo = -1;
        while (m.find()) {
            if (m.start() < consumedTo) {
                continue;
            }
            String first = Folding.fold(m.group().split("-", 2)[0]);
            int snippetEnd = Math.min(region.end(), m.start() + MAX_NUMERAL_LENGTH);
            String raw = plain.substring(m.start(), snippetEnd);
            if (!NUMERAL_STARTS.contains(first) && !(Set.of("un", "une").contains(first) && SCALED_ONE.matcher(
                    Folding.fold(raw)).lookingAt())) {
                continue;
            }
            Spellout snippet = Spellout.of(raw);
            ParsePosition pos = new ParsePosition(0);
            Number n = spellout.parse(snippet.text(), pos);
            if (n == null || pos.getIndex() == 0) {
                continue;
            }
            int end = m.start() + snippet.originalOffset(backToWordEnd(snippet.text(), 0, pos.getIndex()));
            if (end <= m.start() || (end < plain.length() && Character.isLetter(plain.charAt(end)))
                    || plain.charAt(end - 1) == '-') {
                continue;
            }
            // Reparse exactly the kept words, so the value matches the span.
            Spellout kept = Spellout.of(plain.substring(m.start(), end));
            ParsePosition exact = new ParsePosition(0);
            Number value = spellout.parse(kept.text(), exact);
            if (value == null || exact.getIndex() != kept.text().length()) {
                continue;
            }
            boolean ordinal = first.startsWith("premier");
            Matcher percent = PERCENT.matcher(plain.subSequence(end, Math.min(region.end(), end + 10)));
            boolean isPercent = percent.find();
            int spanEnd = isPercent ? end + percent.end() : end;
            out.add(new NumberMention(new Span(m.start(), spanEnd), value.doubleValue(), true, isPercent, ordinal));
            consumedTo = spanEnd;
        }
    }

    /**
     * Text as ICU's strict parser reads it: lower case, « vingt et un » written « vingt-et-un »
     * as the rules spell it, and the « s » that « quatre-vingts » and « deux cents » take when
     * nothing follows them, added where the text (correctly, in old spelling or by mistake)
     * leaves it out — ICU would read « quatre-vingt » as 4. Strict parsing is many times faster
     * than ICU's lenient mode, which the hot path cannot afford. Keeps the positions of the
     * added letters to map offsets back to the text.
     */
    private record Spellout(String text, List<Integer> insertedAt) {

        private static final Pattern BARE_PLURAL = Pattern.compile("(quatre-vingt|\\bcent)(?![s\\p{L}-])");

        static Spellout of(String raw) {
            String t = raw.toLowerCase(Locale.FRENCH).replace(" et ", "-et-");
            List<Integer> inserted = new ArrayList<>();
            StringBuilder out = new StringBuilder();
            Matcher m = BARE_PLURAL.matcher(t);
            int last = 0;
            while (m.find()) {
                boolean multiplied = m.group(1).equals("quatre-vingt") || m.start() > 0 && t.substring(0, m.start())
                        .matches("(?s).*\\b(deux|trois|quatre|cinq|six|sept|huit|neuf)\\s$");
                String next = t.substring(m.end()).strip().split("[\\s-]", 2)[0];
                boolean lastWord = !NUMERAL_STARTS.contains(Folding.fold(next)) && !next.equals("un")
                        && !next.equals("une");
                out.append(t, last, m.end());
                if (multiplied && lastWord) {
                    inserted.add(out.length());
                    out.append('s');
                }
                last = m.end();
            }
            out.append(t.substring(last));
            return new Spellout(out.toString(), List.copyOf(inserted));
        }

        /** The offset in the original text of an offset in {@link #text}. */
        int originalOffset(int offset) {
            int shift = 0;
            for (int at : insertedAt) {
                if (at < offset) {
                    shift++;
                }
            }
            return offset - shift;
        }
    }

    /** ICU may stop inside a word or after trailing spaces; keep whole words only. */
    private static int backToWordEnd(CharSequence plain, int start, int end) {
        int e = end;
        while (e > start && !Character.isLetter(plain.charAt(e - 1))) {
            e--;
        }
        if (e < plain.length() && Character.isLetter(plain.charAt(e))) {
            while (e > start && Character.isLetter(plain.charAt(e - 1))) {
                e--;
            }
            while (e > start && !Character.isLetter(plain.charAt(e - 1))) {
                e--;
            }
        }
        return e;
    }
}
