package org.citebot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FrenchLexiconTest {

    @Test
    void everyMonthIsNumberedAndMatchedAccentedOrNot() {
        assertEquals(12, FrenchLexicon.MONTHS.size());
        assertEquals(2, FrenchLexicon.MONTHS.get("fevrier"));
        assertEquals(12, FrenchLexicon.MONTHS.get("decembre"));
        Pattern month = Pattern.compile("(?iu)" + FrenchLexicon.MONTH_PATTERN);
        for (String name : FrenchLexicon.MONTHS.keySet()) {
            assertTrue(month.matcher(name).matches(), name);
        }
        for (String accented : new String[] {"février", "août", "Décembre", "AOÛT"}) {
            assertTrue(month.matcher(accented).matches(), accented);
        }
        assertFalse(month.matcher("lundi").matches());
    }

    @Test
    void everyWeekdayIsItsDayAndMatched() {
        assertEquals(7, FrenchLexicon.WEEKDAYS.size());
        assertEquals(DayOfWeek.SUNDAY, FrenchLexicon.WEEKDAYS.get("dimanche"));
        Pattern day = Pattern.compile(FrenchLexicon.WEEKDAY_PATTERN);
        FrenchLexicon.WEEKDAYS.keySet().forEach(d -> assertTrue(day.matcher(d).matches(), d));
    }

    @Test
    void articlesAreDefiniteIndefiniteAndPartitive() {
        assertEquals(Set.of("le", "la", "les", "l", "un", "une", "des", "du", "de", "d"), FrenchLexicon.ARTICLES);
        assertTrue(FrenchLexicon.POSSESSIVES.containsAll(FrenchLexicon.THIRD_PERSON_POSSESSIVES));
    }

    @Test
    void apostrophedWritesElidedFormsAsTokensDo() {
        assertEquals(Set.of("de", "d'", "du", "des"), FrenchLexicon.apostrophed(FrenchLexicon.OF));
        assertEquals(Set.of("le", "la", "les", "l'"), FrenchLexicon.apostrophed(FrenchLexicon.DEFINITE_ARTICLES));
        assertTrue(FrenchLexicon.ELIDED.containsAll(Set.of("l", "d", "qu", "jusqu")));
    }

    @Test
    void unionAndWithAreImmutable() {
        Set<String> s = FrenchLexicon.with(FrenchLexicon.DEFINITE_ARTICLES, "au");
        assertEquals(5, s.size());
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> s.add("x"));
    }
}
