package org.citebot.text;

import static org.citebot.text.FrenchLexicon.MONTHS;
import static org.citebot.text.FrenchLexicon.MONTH_PATTERN;
import static org.citebot.text.FrenchLexicon.WEEKDAYS;
import static org.citebot.text.FrenchLexicon.WEEKDAY_PATTERN;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in French text: « le 7 octobre », « 1er novembre », « lundi 18 octobre 2021 »,
 * « 18/10/2021 », « 19.10.2021 », « 2021-10-19T22:22+0200 », « mars 2018 », « début novembre »,
 * « en 2002 », and weekdays alone (« lundi »). Months and weekdays are matched without regard to
 * case or accents (« fevrier », « AOÛT »). Longer forms win over the shorter ones inside them.
 * Thread-safe.
 */
public final class FrenchDates {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\p{L}\\d])(?:(" + WEEKDAY_PATTERN + ")\\s+)?(1er|\\d{1,2})"
            + "\\s+(" + MONTH_PATTERN + ")(?:\\s+(\\d{4}))?(?![\\p{L}\\d])", FLAGS);
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<![\\p{L}\\d])(" + MONTH_PATTERN + ")\\s+(\\d{4})(?!\\d)",
            FLAGS);
    private static final Pattern MONTH_ALONE = Pattern.compile(
            "(?<![\\p{L}\\d])(?:(?:en|début|fin|mi-?|courant|depuis|dès)\\s*)(" + MONTH_PATTERN + ")(?![\\p{L}\\d])", FLAGS);
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})(?![\\d])");
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?:T\\d{2}:\\d{2}(?::\\d{2})?"
            + "(?:Z|[+-]\\d{2}:?\\d{2})?)?(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\d,./-])(?<!\\d[ \u00A0])(1\\d{3}|20\\d{2})(?!\\d|,\\d|[ \u00A0]\\d{3})");
    private static final Pattern WEEKDAY_ALONE = Pattern.compile("(?<![\\p{L}])(" + WEEKDAY_PATTERN + ")(?![\\p{L}])", FLAGS);


    private final RegionMemo<DateMention> memo = new RegionMemo<>();

    /** The dates of {@code text} within {@code region}, in text order, none overlapping (remembered per region). */
    public List<DateMention> find(String text, Span region) {
        return memo.get(text, region, FrenchDates::scan);
    }

    /** The dates of a short text (a question, a header line): not remembered. */
    public List<DateMention> find(String text) {
        return scan(text, new Span(0, text.length()));
    }

    private static List<DateMention> scan(String text, Span region) {
        PlainView plain = FrenchTypography.view(text);
        List<DateMention> found = new ArrayList<>();
        scan(ISO, plain, region, found, m -> mention(m, ints(m.group(1)), ints(m.group(2)), ints(m.group(3)), null));
        scan(NUMERIC, plain, region, found, m -> mention(m, ints(m.group(4)), ints(m.group(3)), ints(m.group(1)), null));
        scan(DAY_MONTH, plain, region, found, m -> mention(m, ints(m.group(4)), month(m.group(3)),
                OptionalInt.of(m.group(2).equalsIgnoreCase("1er") ? 1 : Integer.parseInt(m.group(2))), m.group(1)));
        scan(MONTH_YEAR, plain, region, found, m -> mention(m, ints(m.group(2)), month(m.group(1)), OptionalInt.empty(),
                null));
        scan(MONTH_ALONE, plain, region, found, m -> new DateMention(new Span(m.start(1), m.end(1)), OptionalInt.empty(),
                month(m.group(1)), OptionalInt.empty(), Optional.empty()));
        scan(YEAR, plain, region, found, m -> mention(m, ints(m.group(1)), OptionalInt.empty(), OptionalInt.empty(),
                null));
        scan(WEEKDAY_ALONE, plain, region, found, m -> mention(m, OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty(), m.group(1)));
        found.sort((a, b) -> a.span().compareTo(b.span()));
        return found;
    }

    private interface Reader {
        DateMention read(Matcher m);
    }

    private static void scan(Pattern p, PlainView plain, Span region, List<DateMention> found, Reader reader) {
        // Opaque bounds: a region is a sentence, and what precedes it (« programméeOctobre »)
        // must not hide a date at its start.
        Matcher m = p.matcher(plain).region(region.start(), region.end());
        while (m.find()) {
            DateMention d;
            try {
                d = reader.read(m);
            } catch (IllegalArgumentException invalid) {
                continue; // « 45/13/2021 »: digits that are no date
            }
            if (found.stream().noneMatch(f -> f.span().overlaps(d.span()))) {
                found.add(d);
            }
        }
    }

    private static DateMention mention(Matcher m, OptionalInt year, OptionalInt month, OptionalInt day,
                                       String weekday) {
        Optional<DayOfWeek> w = weekday == null ? Optional.empty()
                : Optional.ofNullable(WEEKDAYS.get(Folding.fold(weekday)));
        return new DateMention(new Span(m.start(), m.end()), year, month, day, w);
    }

    private static OptionalInt ints(String s) {
        return s == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(s));
    }

    private static OptionalInt month(String name) {
        Integer m = MONTHS.get(Folding.fold(name));
        return m == null ? OptionalInt.empty() : OptionalInt.of(m);
    }
}
