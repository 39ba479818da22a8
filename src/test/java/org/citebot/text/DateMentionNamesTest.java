package org.citebot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The names {@link DateMention} remembers are those the locale data gives. */
class DateMentionNamesTest {

    @Test
    void rememberedNamesAreTheLocaleDataNames() {
        for (DayOfWeek d : DayOfWeek.values()) {
            assertEquals(d.getDisplayName(TextStyle.FULL, Locale.FRENCH), DateMention.frenchName(d));
        }
        for (Month m : Month.values()) {
            assertEquals(m.getDisplayName(TextStyle.FULL, Locale.FRENCH), DateMention.frenchMonth(m.getValue()));
        }
    }

    @Test
    void writesDatesAsBefore() {
        Span s = new Span(0, 1);
        assertEquals("mardi 1er mars 2022", new DateMention(s, OptionalInt.of(2022), OptionalInt.of(3), OptionalInt.of(1),
                Optional.of(DayOfWeek.TUESDAY)).toFrench());
        assertEquals("décembre 1999", new DateMention(s, OptionalInt.of(1999), OptionalInt.of(12), OptionalInt.empty(),
                Optional.empty()).toFrench());
        assertEquals("dimanche", new DateMention(s, OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
                Optional.of(DayOfWeek.SUNDAY)).toFrench());
    }
}
