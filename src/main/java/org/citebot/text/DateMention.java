package org.citebot.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A date written in a text, as precise as the text is: « 2002 », « mars 2018 »,
 * « 18 octobre », « lundi 18 octobre 2021 », « lundi » alone.
 *
 * @param span    the date's characters
 * @param year    the year, when written
 * @param month   the month (1–12), when written
 * @param day     the day of the month, when written
 * @param weekday the day of the week, when written
 */
public record DateMention(Span span, OptionalInt year, OptionalInt month, OptionalInt day,
                          Optional<DayOfWeek> weekday) {

    public DateMention {
        Objects.requireNonNull(span, "span");
        if (month.isPresent() && (month.getAsInt() < 1 || month.getAsInt() > 12)) {
            throw new IllegalArgumentException("month " + month.getAsInt() + " at " + span);
        }
        if (day.isPresent() && (day.getAsInt() < 1 || day.getAsInt() > 31)) {
            throw new IllegalArgumentException("day " + day.getAsInt() + " at " + span);
        }
    }

    /**
     * This date with a missing year taken from {@code reference} (the article's publication
     * date): the year that puts the day closest to the reference, since news reports recent
     * events (« le 28 décembre » in an article of 3 January is last year's). Only days are
     * resolved; a month alone stays as vague as written.
     */
    public DateMention resolve(Optional<LocalDate> reference) {
        if (year.isPresent() || day.isEmpty() || reference.isEmpty()) {
            return this; // « début octobre » stays vague: a year would make it look as precise as a day
        }
        LocalDate ref = reference.get();
        int best = ref.getYear();
        long bestDistance = Long.MAX_VALUE;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            int d = Math.min(day.orElse(1), Month.of(month.getAsInt()).length(java.time.Year.isLeap(y)));
            long distance = Math.abs(LocalDate.of(y, month.getAsInt(), d).toEpochDay() - ref.toEpochDay());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = y;
            }
        }
        return new DateMention(span, OptionalInt.of(best), month, day, weekday);
    }

    /** A merge key: « 2021-10-18 », « 2018-03 », « 2002 », « ?-10-18 », « lundi ». */
    public String key() {
        if (month.isEmpty() && day.isEmpty()) {
            return year.isPresent() ? Integer.toString(year.getAsInt())
                    : weekday.map(w -> w.getDisplayName(TextStyle.FULL, Locale.FRENCH)).orElse("?");
        }
        String y = year.isPresent() ? Integer.toString(year.getAsInt()) : "?";
        String m = twoDigits(month.orElse(0));
        return day.isPresent() ? y + "-" + m + "-" + twoDigits(day.getAsInt()) : y + "-" + m;
    }

    /** A month or a day on two digits, as {@code %02d} writes it, without a formatter per key. */
    private static String twoDigits(int n) {
        return n >= 0 && n < 10 ? "0" + n : Integer.toString(n);
    }

    /** The date in French words: « 18 octobre 2021 », « 1er novembre », « mars 2018 », « 2002 ». */
    public String toFrench() {
        StringBuilder s = new StringBuilder();
        weekday.filter(w -> day.isPresent()).ifPresent(w -> s.append(frenchName(w)).append(' '));
        if (day.isPresent()) {
            s.append(day.getAsInt() == 1 ? "1er" : Integer.toString(day.getAsInt())).append(' ');
        }
        if (month.isPresent()) {
            s.append(frenchMonth(month.getAsInt())).append(' ');
        }
        if (year.isPresent()) {
            s.append(year.getAsInt());
        }
        if (s.isEmpty()) {
            weekday.ifPresent(w -> s.append(frenchName(w)));
        }
        return s.toString().strip();
    }

    /**
     * The French names of the days and months, as {@code getDisplayName(TextStyle.FULL,
     * Locale.FRENCH)} gives them, looked up once: the look-up through the locale data was a
     * hundredth of an answer to a date question.
     */
    private static final String[] WEEKDAYS = new String[7];
    private static final String[] MONTHS = new String[12];

    static {
        for (DayOfWeek d : DayOfWeek.values()) {
            WEEKDAYS[d.ordinal()] = d.getDisplayName(TextStyle.FULL, Locale.FRENCH);
        }
        for (Month m : Month.values()) {
            MONTHS[m.ordinal()] = m.getDisplayName(TextStyle.FULL, Locale.FRENCH);
        }
    }

    /** {@code day}'s full French name (« lundi »). */
    static String frenchName(DayOfWeek day) {
        return WEEKDAYS[day.ordinal()];
    }

    /** Month {@code month}'s (1 to 12) full French name (« janvier »). */
    static String frenchMonth(int month) {
        return MONTHS[month - 1];
    }

    /** How precise the date is: 3 for a day, 2 for a month, 1 for a year or a weekday. */
    public int precision() {
        return day.isPresent() ? 3 : month.isPresent() ? 2 : 1;
    }
}
