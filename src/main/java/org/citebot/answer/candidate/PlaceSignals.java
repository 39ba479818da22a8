package org.citebot.answer.candidate;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.answer.PassageEvidence;
import org.citebot.text.Folding;
import org.citebot.text.Span;
import org.citebot.text.WordLists;

/**
 * What tells a place for « où » questions, beyond the cues of {@link NameFinder}: names the
 * world knows as countries, regions or cities (resources {@code world-regions.txt} and
 * {@code world-cities.txt}, ICU4J's French names), the plural names of peoples (« les
 * Suédois »), which are no places, and sentences that say where the question's topic is
 * (« X est situé à Y », « X, ville de Y »). Immutable and thread-safe.
 */
public final class PlaceSignals {

    /** « nord de », « sud-ouest du », « cœur de » (folded): a part of the place named next. */
    private static final String PART_OF = "(?:nord|sud|est|ouest|centre|coeur)\\S*\\s+(?:de|du|des|d')";
    /** The alternative of {@link #LOCATED} right after the thing: « X, dans le sud de », « X en ». */
    private static final String AFTER_THING = "\\s*,?\\s*(?:dans|en|au|aux|pres d\\S*|non loin d\\S*)\\s+"
            + "(?:(?:le|la|les|l'|du|de|d')\\s*)?(?:" + PART_OF + "|$)";
    /** The alternative of {@link #LOCATED} that is a bare opening parenthesis: « X (Y) ». */
    private static final String OPEN_PARENTHESIS = "\\s*\\(\\s*$";
    /**
     * What stands between a thing and where it is, folded: « X est situé à », « X, qui se
     * trouve dans », « X, une cité de la province de », « X est à », « X se loge à » (not « des
     * loges », lodges), « X, dans le sud-ouest de », « X en », « X (Y) ». A bare « a » is left
     * out of « X à Y »: folded, it is also the verb (« X a prêté »).
     */
    static final Pattern LOCATED = Pattern.compile(
            "(?:situe|trouv|localis|implant|install|etabli|\\bbase|\\bsise?s?\\b|\\bse\\s+loge\\b"
                    + "|\\b(?:ville|capitale|cite|commune|village|region|province|pays|quartier|localite|bourg"
                    + "|departement|etat|ile|comte|banlieue|faubourg|port|chef-lieu)\\s+(?:de|du|des|d')"
                    + "|\\b(?:est|etait|sont|etaient|fut)\\s+(?:(?:dans|en|au|aux|a)\\s+(?:(?:le|la|les|l')\\s*)?)?$"
                    + "|^" + AFTER_THING + "|^" + OPEN_PARENTHESIS + ")");
    /**
     * Folded words one of which every match of {@link #LOCATED} holds, but for its alternatives
     * anchored at the start ({@link #LOCATED_AT_START}): one per alternative (« etai » for « etait »
     * and « etaient », « sis » for « sise », « sises », « loge » for « se loge »).
     */
    private static final String[] LOCATED_WORDS = {"situe", "trouv", "localis", "implant", "install", "etabli",
            "base", "sis", "loge", "ville", "capitale", "cite", "commune", "village", "region", "province", "pays",
            "quartier", "localite", "bourg", "departement", "etat", "ile", "comte", "banlieue", "faubourg", "port",
            "chef-lieu", "est", "etai", "sont", "fut"};
    /** The alternatives of {@link #LOCATED} anchored at its start ({@code ^}), for {@code lookingAt}. */
    private static final Pattern LOCATED_AT_START = Pattern.compile(AFTER_THING + "|" + OPEN_PARENTHESIS);
    /** The preposition (and article) a phrase candidate opens with, folded: « dans le ». */
    private static final Pattern OPENING_LOCATIVE = Pattern.compile(
            "(?:dans|en|au|aux|a|pres d\\S*|non loin d\\S*)\\s+(?:(?:le|la|les|l')\\s*)?(?:" + PART_OF + "\\s*)?");
    /** Characters a thing may stand before where it is said to be. */
    static final int LOCATED_WINDOW = 80;

    /**
     * How large a place is, as French says it: a country or a region takes « en » or « au »
     * (« en Bavière », « au Pérou »), a city « à » (« à Lyon »); the world's lists settle the
     * names they hold.
     */
    public enum Scale {
        /** A country, a region, a state, a continent. */
        LARGE,
        /** A city, a town, a village. */
        SMALL,
        /** Not told. */
        UNKNOWN
    }

    /** Kind nouns (folded, singular) that ask for a large place: « quel pays », « quelle région ». */
    private static final Set<String> LARGE_KINDS = Set.of("pays", "nation", "etat", "region", "province",
            "continent", "royaume", "republique", "territoire", "departement", "colonie", "contree", "empire");
    /** Kind nouns (folded, singular) that ask for a small place: « quelle ville ». */
    private static final Set<String> SMALL_KINDS = Set.of("ville", "cite", "capitale", "commune", "village",
            "localite", "bourg", "bourgade", "agglomeration", "metropole", "municipalite");
    /**
     * A preposition opening the candidate, before a capitalised name: « en Bavière », « à Lyon ».
     * « aux » tells nothing: it opens peoples as often as countries (« aux Suédois »).
     */
    private static final Pattern OPENING_PREPOSITION = Pattern.compile("(?i)(à|au|aux|en)\\s+(?=\\p{Lu})");
    /** A century or reign number: « au VIe siècle » names no place. */
    private static final Pattern ORDINAL = Pattern.compile("[IVXLC]+(?:e|er|ème)?\\b");
    /** The word right before the candidate, when it is a preposition that tells the scale. */
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(à|au|en|(?:ville|village|commune|cité)\\s+d(?:e\\s+|['’]))\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final Set<String> regions;
    private final Set<String> cities;

    PlaceSignals() {
        this.regions = folded("world-regions.txt");
        this.cities = folded("world-cities.txt");
    }

    /** The lists read once for the extractors and the ranker (thousands of names, immutable). */
    public static PlaceSignals shared() {
        return Shared.INSTANCE;
    }

    /** Holds the shared lists, read on first use (class initialisation is lazy and thread-safe). */
    private static final class Shared {
        static final PlaceSignals INSTANCE = new PlaceSignals();
    }

    private static Set<String> folded(String resource) {
        Set<String> out = new HashSet<>();
        for (String line : WordLists.lines(PlaceSignals.class, resource)) {
            out.add(Folding.fold(line));
        }
        return Set.copyOf(out);
    }

    /** The scale a question's kind noun asks for: « pays » LARGE, « ville » SMALL, « lieu » UNKNOWN. */
    public static Scale asked(java.util.Optional<String> focus) {
        if (focus.isEmpty()) {
            return Scale.UNKNOWN;
        }
        String f = Folding.fold(focus.get());
        String one = NameFinder.singular(f);
        if (LARGE_KINDS.contains(f) || LARGE_KINDS.contains(one)) {
            return Scale.LARGE;
        }
        return SMALL_KINDS.contains(f) || SMALL_KINDS.contains(one) ? Scale.SMALL : Scale.UNKNOWN;
    }

    /**
     * The scale of the place {@code candidate} names in {@code text}: a name the world's lists
     * hold as a country or region (LARGE) or as a city (SMALL), else what the preposition before
     * the name says (« en », « au »: LARGE; « à », « la ville de »: SMALL). Only for a
     * capitalised name: « au lycée de Lyon » is told by neither.
     */
    public Scale scaleOf(String text, Span candidate) {
        String phrase = candidate.of(text);
        java.util.regex.Matcher opening = OPENING_PREPOSITION.matcher(phrase);
        String preposition = null;
        String name = phrase;
        if (opening.lookingAt()) {
            preposition = opening.group(1);
            name = phrase.substring(opening.end());
        }
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0)) || ORDINAL.matcher(name).lookingAt()) {
            return Scale.UNKNOWN;
        }
        String k = Folding.fold(name);
        if (regions.contains(k)) {
            return Scale.LARGE;
        }
        if (cities.contains(k)) {
            return Scale.SMALL;
        }
        if (preposition == null) {
            java.util.regex.Matcher before = PREPOSITION_BEFORE.matcher(text)
                    .region(Math.max(0, candidate.start() - 16), candidate.start());
            if (!before.find()) {
                return Scale.UNKNOWN;
            }
            preposition = before.group(1);
        }
        String p = Folding.fold(preposition);
        if (p.equals("aux")) {
            return Scale.UNKNOWN;
        }
        return p.equals("a") || p.length() > 3 ? Scale.SMALL : Scale.LARGE;
    }

    /** Whether {@code name} is a country, region or city the world knows (case and accents ignored). */
    boolean worldPlace(String name) {
        String k = Folding.fold(name);
        return regions.contains(k) || cities.contains(k);
    }

    /** A plural people's name (« Suédois », « Mexicains ») that the world does not know as a place. */
    boolean people(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.charAt(0)) && name.indexOf(' ') < 0
                && NameFinder.peopleEnding(name) && !worldPlace(name);
    }

    /**
     * Whether the sentence says where one of the question's topical words is, the candidate
     * being that place: the word stands before the candidate, in the same sentence, and what
     * lies between says « est situé à », « se trouve dans », « , ville de » ({@link #LOCATED}).
     * « Où est X ? » is answered by « X, ville de Bourgogne ».
     */
    public static boolean locatedBy(String text, PassageEvidence evidence, Span candidate) {
        Span sentence = evidence.passage().passage().sentence();
        Matcher p = OPENING_LOCATIVE.matcher(Folding.fold(candidate.of(text)));
        String opening = p.lookingAt() ? p.group() : "";
        for (PassageEvidence.Hit h : evidence.hits()) {
            if (!h.topical() || !sentence.contains(h.span())) {
                continue;
            }
            int gap = candidate.start() - h.span().end();
            if (gap < 0 || gap > LOCATED_WINDOW) {
                continue;
            }
            // a phrase candidate opens with its preposition: « X, dans le sud de Y »
            String between = Folding.fold(text.substring(h.span().end(), candidate.start())) + opening;
            boolean parenthesis = between.indexOf('(') >= 0 && !between.strip().equals("(");
            if (between.indexOf(';') < 0 && !parenthesis && located(between)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@link #LOCATED} finds a match in {@code between} (folded). The pattern tries its
     * thirty alternatives at every character, a sixth of a « où » question's answer: it is tried
     * only when a word one of its alternatives needs stands in {@code between}
     * ({@link #LOCATED_WORDS}) or an alternative anchored at the start matches there. Same
     * answers: the words and the anchored alternatives are what every match holds.
     */
    static boolean located(String between) {
        for (String word : LOCATED_WORDS) {
            if (between.contains(word)) {
                return LOCATED.matcher(between).find();
            }
        }
        return LOCATED_AT_START.matcher(between).lookingAt();
    }
}
