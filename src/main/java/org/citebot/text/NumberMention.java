package org.citebot.text;

import java.util.Objects;

/**
 * A number written in a text, in digits (« 8 », « 100 000 », « 20,5 », « 14,2 milliards ») or in
 * words (« huit », « quatre-vingt-dix »).
 *
 * @param span       the number's characters, scale word included (« 14,2 milliards »)
 * @param value      its value, scale applied (14.2e9)
 * @param spelledOut whether it is written in words
 * @param percent    whether « % » or « pour cent » follows it
 * @param ordinal    whether it is an ordinal (« 1er », « 3e », « premier »)
 */
public record NumberMention(Span span, double value, boolean spelledOut, boolean percent, boolean ordinal) {

    /** Four digits from 1000 to 2099. */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(1\\d{3}|20\\d{2})");


    public NumberMention {
        Objects.requireNonNull(span, "span");
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("NaN number at " + span);
        }
    }

    /** Whether the value is a whole number. */
    public boolean whole() {
        return value == Math.rint(value);
    }

    /** The value as a merge key: « 8 » for both « 8 » and « huit », « 20.5 » for « 20,5 ». */
    public String key() {
        return whole() && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    /** Whether it reads like a year: four digits from 1000 to 2099, no separator, no decimals. */
    public boolean yearLike(CharSequence text) {
        return !spelledOut && !percent && YEAR.matcher(text).region(span.start(), span.end()).matches();
    }
}
