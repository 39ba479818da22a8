package org.citebot.chat.followup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.text.Folding;
import org.citebot.text.FrenchTypography;

/**
 * What a pronoun or a bare question word stands for when the last reply gave no fact but a
 * sentence to read: the user read « … le trésorier du club, Marc Petit, … » and asks « il a
 * signé quand ? » about Marc Petit, not about « le trésorier du club ». Only three readings are
 * taken, both plain in the sentence's wording, and only when the sentence gives exactly one:
 * <ul>
 *   <li>« qui a signé ? »: the one name of the sentence quoted as the answer (else of the first
 *       sentence shown to read) that the question does not hold already;</li>
 *   <li>« qui est le ROLE (de X) ? »: a name of two or more capitalised words right after every
 *       word of the role (« le trésorier du club, Marc Petit ») or right before it (« Marc Petit,
 *       trésorier du club »);</li>
 *   <li>« combien de NOUN … ? »: a number right before that noun (« 40 élèves »), in the sentence
 *       quoted as the answer only.</li>
 * </ul>
 * Anything else gives nothing, and the follow-up falls back on the last question's own words:
 * a wrong name in a reading is worse than a description.
 */
final class QuotedFacts {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'][\\p{L}\\p{N}]+)*'?|[,;:«»\"()]");
    static final Set<String> NUMBER_WORDS = Set.of("deux", "trois", "quatre", "cinq", "six", "sept", "huit",
            "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "trente", "quarante",
            "cinquante", "soixante", "cent", "mille");
    /** How far a role may stand from the name it describes, in words. */
    private static final int WINDOW = 8;

    private QuotedFacts() {
    }

    /**
     * The fact {@code question} gets from {@code shown} (the sentence quoted, when the reply quoted
     * one as its answer) or, for a role, from {@code read} (the sentences the bot read, best first).
     */
    static Optional<String> of(String question, Optional<String> shown, List<String> read) {
        Words q = Words.of(question);
        QuestionFrame frame = QuestionFrame.of(q);
        if (frame.kind() == QuestionFrame.Kind.QUANTITY && !frame.noun().isEmpty()) {
            return shown.flatMap(s -> counted(frame.noun().key(0), tokens(s)));
        }
        if (frame.kind() == QuestionFrame.Kind.PERSON && frame.role() != QuestionFrame.Role.PREDICATE) {
            // « qui a signé l'accord ? » quoted « …, a déclaré le maire Paul Durand. »: its one new name
            Set<String> asked = new HashSet<>(FunctionWords.content(q));
            // no sentence quoted as the answer: the first of those shown to read, which the user read first
            return shown.or(() -> read.stream().findFirst()).flatMap(s -> {
                List<String> names = names(tokens(s)).stream()
                        .filter(n -> Words.of(n).list().stream().noneMatch(w -> asked.contains(w.key()))).distinct().toList();
                return names.size() == 1 ? Optional.of(names.get(0)) : Optional.empty();
            });
        }
        if (frame.kind() == QuestionFrame.Kind.PERSON && frame.role() == QuestionFrame.Role.PREDICATE) {
            List<String> role = new ArrayList<>();
            for (String w : FunctionWords.content(frame.core())) {
                if (!FunctionWords.COPULAS.contains(w) && !FunctionWords.FINITE.contains(w)) {
                    role.add(stem(w));
                }
            }
            if (role.isEmpty()) {
                return Optional.empty();
            }
            List<String> sentences = new ArrayList<>();
            shown.ifPresent(sentences::add);
            sentences.addAll(read);
            Set<String> names = new LinkedHashSet<>();
            for (String s : sentences) {
                names.addAll(named(role, tokens(s)));
            }
            return names.size() == 1 ? Optional.of(names.iterator().next()) : Optional.empty();
        }
        return Optional.empty();
    }

    /** « 40 élèves » for the noun « eleves »: a number, at most one word, then the noun. */
    private static Optional<String> counted(String noun, List<String> t) {
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < t.size(); i++) {
            if (!number(t.get(i))) {
                continue;
            }
            for (int j = i + 1; j <= i + 2 && j < t.size(); j++) {
                if (stem5(key(t.get(j))).equals(stem5(noun))) {
                    found.add(String.join(" ", t.subList(i, j + 1)));
                    break;
                }
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /** The names of {@code t}: runs of two or more capitalised words. */
    private static List<String> names(List<String> t) {
        List<String> out = new ArrayList<>();
        for (int[] run : nameRuns(t)) {
            out.add(String.join(" ", t.subList(run[0], run[1])));
        }
        return out;
    }

    /** The runs {from, to} of two or more capitalised words of {@code t}, in order. */
    private static List<int[]> nameRuns(List<String> t) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            int end = i;
            while (end < t.size() && nameWord(t.get(end))) {
                end++;
            }
            if (end - i >= 2) {
                out.add(new int[] {i, end});
            }
            i = Math.max(end, i + 1);
        }
        return out;
    }

    /** The names of {@code t} that every word of the role describes, next to them. */
    private static List<String> named(List<String> role, List<String> t) {
        List<String> out = new ArrayList<>();
        for (int[] run : nameRuns(t)) {
            int i = run[0];
            int end = run[1];
            // « le ministre de la Culture Ivan Petrov »: a capitalised word of the role is not the name
            while (end - i > 2 && role.contains(stem(key(t.get(i))))) {
                i++;
            }
            int before = i - 1;
            while (before >= 0 && i - before <= WINDOW && !clauseBreak(t.get(before))) {
                before--;
            }
            boolean described = covers(role, t.subList(before + 1, i))
                    || end < t.size() && t.get(end).equals(",") && covers(role, after(t, end + 1));
            if (described) {
                out.add(String.join(" ", t.subList(i, end)));
            }
        }
        return out;
    }

    private static List<String> after(List<String> t, int from) {
        int to = from;
        while (to < t.size() && to - from < WINDOW && !clauseBreak(t.get(to))) {
            to++;
        }
        return t.subList(from, to);
    }

    private static boolean covers(List<String> role, List<String> window) {
        Set<String> stems = new HashSet<>();
        window.forEach(w -> stems.add(stem(key(w))));
        return !window.isEmpty() && stems.containsAll(role);
    }

    private static boolean clauseBreak(String token) {
        return token.length() == 1 && ";:«»\"()".contains(token);
    }

    /** A word of a name: a capital then at least one lower-case letter (« Durand », not « ONU »). */
    private static boolean nameWord(String token) {
        return token.length() > 1 && Character.isUpperCase(token.charAt(0))
                && token.chars().skip(1).anyMatch(Character::isLowerCase) && !token.contains("'")
                && !FunctionWords.function(key(token));
    }

    private static boolean number(String token) {
        return Character.isDigit(token.charAt(0)) || NUMBER_WORDS.contains(key(token));
    }

    private static List<String> tokens(String sentence) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(FrenchTypography.normalize(sentence));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static String key(String token) {
        return Folding.fold(token);
    }

    /** A word by its first four letters: « breton » and « Bretagne », « présidence » and its forms. */
    private static String stem(String key) {
        String k = key.replaceAll("^[a-z]'", "");
        return k.length() > 4 ? k.substring(0, 4) : k;
    }

    private static String stem5(String key) {
        return key.length() > 5 ? key.substring(0, 5) : key.replaceAll("s$", "");
    }
}
