package org.citebot.answer.candidate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.citebot.question.AnswerType;
import org.citebot.question.TypedNouns;
import org.citebot.text.Folding;
import org.citebot.text.FrenchLexicon;
import org.citebot.text.WordLists;

/**
 * Whether a candidate holds a common noun of the kind asked: a role for « qui » (« le roi de
 * Moab »), a place noun for « où » (« dans la chambre de la reine », resource
 * {@code place-nouns.txt}), a typed noun otherwise ({@link TypedNouns}). A phrase without one
 * is seldom the answer (« à la beauté » for « où ? »); and whether a name asked as a person holds
 * words of another kind (resource {@code organization-words.txt}). Immutable and thread-safe.
 */
public final class KindWords {

    private static final Pattern NAME_BREAK = Pattern.compile("[^\\p{L}\\p{N}-]+");
    /** What separates words; {@link #words} follows it (tests compare them). */
    static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}-]+");
    /** A reign number (« Henri II », « Louis XIV »): capitals, but no acronym. */
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("[IVXLC]+");

    private final TypedNouns typed;
    private final Set<String> places;
    private final Set<String> organizations;
    private final Set<String> people;

    public KindWords(TypedNouns typed) {
        this.typed = typed;
        Set<String> p = new HashSet<>();
        for (String line : WordLists.lines(KindWords.class, "place-nouns.txt")) {
            for (String w : line.strip().split("\\s+")) {
                p.add(w);
            }
        }
        this.places = Set.copyOf(p);
        Set<String> o = new HashSet<>();
        for (String line : WordLists.lines(KindWords.class, "organization-words.txt")) {
            for (String w : line.strip().split("\\s+")) {
                o.add(w);
            }
        }
        this.organizations = Set.copyOf(o);
        Set<String> people = new HashSet<>();
        for (String line : WordLists.lines(KindWords.class, "people-nouns.txt")) {
            for (String w : line.strip().split("\\s+")) {
                people.add(w);
            }
        }
        this.people = Set.copyOf(people);
    }

    /**
     * Whether a name asked as a person holds a word of another kind: an acronym, an
     * organisation's or an event's word (« NBA G League », « Expédition du Nord »), a place
     * noun or a cardinal point.
     */
    public boolean notAPerson(String name) {
        for (String raw : NAME_BREAK.split(name)) {
            if (raw.length() >= 2 && NameFinder.isAcronym(raw) && !ROMAN_NUMERAL.matcher(raw).matches()) {
                return true;
            }
            String w = Folding.fold(raw);
            if (w.length() < 2) {
                continue;
            }
            if (organizations.contains(w) || organizations.contains(NameFinder.singular(w)) || places.contains(w)
                    || places.contains(NameFinder.singular(w))) {
                return true;
            }
            var kind = typed.typeOf(w);
            if (kind.isPresent() && (kind.get() == AnswerType.ORGANIZATION || kind.get() == AnswerType.PLACE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a phrase given as a « qui » answer names a thing: its head noun, after the
     * determiner, is a lower-case common noun that is neither a person's role ({@link TypedNouns})
     * nor a noun of people ({@code people-nouns.txt}): « des concerts », « des émissions de
     * cendres », not « des membres de l'équipage », « les Portugais », « le roi ».
     */
    public boolean thingPhrase(String phrase) {
        String[] words = WORD_BREAK.split(phrase.strip());
        int i = 0;
        while (i < words.length && (words[i].isEmpty() || DETERMINERS.contains(Folding.fold(words[i])))) {
            i++;
        }
        if (i >= words.length || !Character.isLowerCase(words[i].charAt(0))) {
            return false;
        }
        String head = Folding.fold(words[i]);
        return !people.contains(head) && !people.contains(NameFinder.singular(head))
                && typed.typeOf(head).filter(t -> t == AnswerType.PERSON).isEmpty();
    }

    /**
     * The pieces of {@code text} between {@link #WORD_BREAK}s that are not empty, in order: its runs
     * of letters and hyphens, read by code point without the pattern (a candidate's kind words
     * are asked once per candidate).
     */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp) || cp == '-') {
                start = start < 0 ? i : start;
            } else if (start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    private static final Set<String> DETERMINERS = FrenchLexicon.union(FrenchLexicon.ARTICLES, FrenchLexicon.DEMONSTRATIVES,
            FrenchLexicon.THIRD_PERSON_POSSESSIVES, Set.of("plusieurs", "certains", "certaines", "quelques", "nombreux",
            "nombreuses", "tous", "toutes"));

    /** Whether {@code text} holds a noun of {@code kind}. */
    public boolean holds(String text, AnswerType kind) {
        for (String w : words(Folding.fold(text))) {
            if (w.length() < 2) {
                continue;
            }
            if (kind == AnswerType.PLACE && (places.contains(w) || places.contains(NameFinder.singular(w)))) {
                return true;
            }
            if (typed.typeOf(w).filter(t -> t == kind).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
