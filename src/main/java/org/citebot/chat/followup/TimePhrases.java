package org.citebot.chat.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The expressions of time in a question: « en 2018 », « en mars 2018 », « le 7 octobre »,
 * « début octobre », « avant la réforme », « depuis 2014 », « maintenant », « à l'époque ».
 * A follow-up such as « et avant ? » or « et en 2019 ? » replaces them.
 */
final class TimePhrases {

    /** Words {@code [start, end)} of a question. */
    record Span(int start, int end) {
        Words in(Words w) {
            return w.sub(start, end);
        }
    }

    private static final Pattern YEAR = Pattern.compile("(1[0-9]|20)[0-9]{2}");
    private static final Pattern DAY = Pattern.compile("([12]?[0-9]|3[01])(er)?|premier");
    /** Prepositions that put a time before a date or an event. */
    private static final Set<String> TIME_PREPOSITIONS = Set.of("en", "depuis", "avant", "apres", "des", "jusqu'",
            "pendant", "vers", "au", "du", "le", "a", "fin", "debut", "mi", "dans");
    /** Single-word adverbs of time (folded). */
    static final Set<String> ADVERBS = Set.of("maintenant", "aujourd'hui", "actuellement", "desormais",
            "auparavant", "autrefois", "jadis", "hier", "demain", "recemment", "dorenavant", "alors", "initialement");
    /** Bare relative adverbs: « et avant ? ». */
    static final Set<String> RELATIVE = Set.of("avant", "apres", "ensuite", "depuis");

    private final NounPhrases phrases;

    TimePhrases(NounPhrases phrases) {
        this.phrases = phrases;
    }

    /**
     * -1 for « l'année d'avant / précédente », « un an plus tôt », +1 for « l'année d'après /
     * suivante », « un an plus tard », 0 otherwise.
     */
    static int yearShift(Words w) {
        String s = " " + String.join(" ", w.list().stream().map(Words.Word::key).toList()) + " ";
        if (s.matches(".* (l' (annee|an) (d' avant|precedente|precedent|d' before)) .*")) {
            return -1;
        }
        if (s.matches(".* (l' (annee|an) (d' apres|suivante|suivant)) .*")) {
            return 1;
        }
        // « trois ans plus tôt », « 2 ans après », « un an auparavant »
        java.util.regex.Matcher years = YEARS_AWAY.matcher(s);
        if (years.find()) {
            String n = years.group(1);
            int count = n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n) : COUNTS.indexOf(" " + n + " ") < 0 ? 0
                    : COUNTS.substring(0, COUNTS.indexOf(" " + n + " ")).split(" ").length;
            boolean earlier = years.group(2).equals("plus tot") || years.group(2).equals("avant")
                    || years.group(2).equals("auparavant");
            return count <= 0 || count > 50 ? 0 : earlier ? -count : count;
        }
        return 0;
    }

    /** Number words by value: the word's place in the list is its value. */
    private static final String COUNTS = " un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize ";
    private static final Pattern YEARS_AWAY = Pattern.compile(
            " (\\d{1,2}|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize) ans? "
                    + "(plus tot|plus tard|avant|apres|auparavant) ");

    /** Every time expression of {@code w}, in order. */
    List<Span> of(Words w) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < w.size()) {
            int end = at(w, i);
            if (end > i) {
                out.add(new Span(i, end));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Whether {@code w} is one expression of time and nothing else. */
    boolean whole(Words w) {
        return !w.isEmpty() && at(w, 0) == w.size();
    }

    /** The end of a time expression starting at {@code i}, or {@code i}. */
    private int at(Words w, int i) {
        String k = w.key(i);
        int date = date(w, i);
        if (date > i) {
            return date;
        }
        if (ADVERBS.contains(k) && !(k.equals("alors") && i == 0)) {
            return i + 1;
        }
        if (k.equals("a") && phrase(w, i + 1, "l'", "epoque")) {
            return i + 3;
        }
        if (k.equals("a") && phrase(w, i + 1, "l'", "origine") || k.equals("au") && Set.of("depart", "debut").contains(w.key(i + 1))
                && !FunctionWords.OF.contains(w.key(i + 2)) && date(w, i + 2) == i + 2) {
            return k.equals("a") ? i + 3 : i + 2; // « à l'origine », « au départ »: the first time
        }
        if (k.equals("a") && w.key(i + 1).equals("present")) {
            return i + 2;
        }
        if (k.equals("en") && w.key(i + 1).equals("ce") && w.key(i + 2).equals("moment")) {
            return i + 3;
        }
        if (k.equals("a") && Set.of("ce", "cette").contains(w.key(i + 1))
                && Set.of("moment-la", "epoque", "date", "epoque-la", "periode").contains(w.key(i + 2))) {
            return i + 3;
        }
        if (Set.of("ce", "cette").contains(k) && Set.of("annee-la", "jour-la", "mois-la", "annee", "semaine").contains(w.key(i + 1))) {
            return i + 2;
        }
        if (k.equals("l'") && Set.of("an", "annee").contains(w.key(i + 1))
                && Set.of("dernier", "derniere", "passe", "passee", "prochain", "prochaine").contains(w.key(i + 2))) {
            return i + 3;
        }
        if (RELATIVE.contains(k) && !FunctionWords.QUESTION_WORDS.contains(w.key(i + 1))) {
            int after = date(w, i + 1);
            if (after > i + 1) {
                return after;
            }
            if (FunctionWords.determiner(w.key(i + 1))) {
                for (NounPhrases.Phrase p : phrases.of(w.from(i + 1))) {
                    if (p.start() == 0) {
                        return i + 1 + p.end();
                    }
                }
            }
            if (i + 1 == w.size() || w.key(i + 1).equals("ca") || w.key(i + 1).equals("cela")) {
                return Math.min(w.size(), i + (i + 1 < w.size() ? 2 : 1));
            }
        }
        return i;
    }

    /**
     * A date from {@code i}: « en 2018 », « en mars 2018 », « le 7 octobre 2021 », « début
     * octobre », « 2018 », « octobre 2021 » (each with the preposition in front of it).
     */
    private static int date(Words w, int i) {
        int j = i;
        while (TIME_PREPOSITIONS.contains(w.key(j)) && j - i < 2) {
            j++;
        }
        int start = j;
        if (DAY.matcher(w.key(j)).matches() && FunctionWords.MONTHS.contains(w.key(j + 1))) {
            j += 2;
        } else if (FunctionWords.MONTHS.contains(w.key(j)) || w.key(j).startsWith("mi-")
                && FunctionWords.MONTHS.contains(w.key(j).substring(3))) {
            j++;
        }
        if (w.key(j).equals("de") && YEAR.matcher(w.key(j + 1)).matches() && j > start) {
            j++;
        }
        if (YEAR.matcher(w.key(j)).matches()) {
            j++;
        }
        if (j == start) {
            return i;
        }
        boolean monthOnly = j == start + 1 && FunctionWords.MONTHS.contains(w.key(start));
        if (monthOnly && start == i) {
            return i; // « mars » alone may be a name; « en mars », « début mars » are dates
        }
        return j;
    }

    private static boolean phrase(Words w, int i, String... keys) {
        for (int k = 0; k < keys.length; k++) {
            if (!w.key(i + k).equals(keys[k])) {
                return false;
            }
        }
        return true;
    }
}
