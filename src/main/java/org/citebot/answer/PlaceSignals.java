package org.citebot.answer;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
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
final class PlaceSignals {

    /**
     * What stands between a thing and where it is, folded: « X est situé à », « X, qui se
     * trouve dans », « X, une cité de la province de », « X est à ».
     */
    private static final Pattern LOCATED = Pattern.compile(
            "(?:situe|trouv|localis|implant|install|etabli|\\bbase|\\bsise?s?\\b|\\bloge"
                    + "|\\b(?:ville|capitale|cite|commune|village|region|province|pays|quartier|localite|bourg"
                    + "|departement|etat|ile|comte|banlieue|faubourg|port|chef-lieu)\\s+(?:de|du|des|d')"
                    + "|\\b(?:est|etait|sont|etaient|fut)\\s*$)");
    /** Characters a thing may stand before where it is said to be. */
    static final int LOCATED_WINDOW = 80;

    private final Set<String> regions;
    private final Set<String> cities;

    PlaceSignals() {
        this.regions = folded("world-regions.txt");
        this.cities = folded("world-cities.txt");
    }

    private static Set<String> folded(String resource) {
        Set<String> out = new HashSet<>();
        for (String line : WordLists.lines(PlaceSignals.class, resource)) {
            out.add(Folding.fold(line));
        }
        return Set.copyOf(out);
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
    static boolean locatedBy(String text, PassageEvidence evidence, Span candidate) {
        Span sentence = evidence.passage().passage().sentence();
        for (PassageEvidence.Hit h : evidence.hits()) {
            if (!h.topical() || !sentence.contains(h.span())) {
                continue;
            }
            int gap = candidate.start() - h.span().end();
            if (gap < 0 || gap > LOCATED_WINDOW) {
                continue;
            }
            String between = Folding.fold(text.substring(h.span().end(), candidate.start()));
            if (between.indexOf(';') < 0 && between.indexOf('(') < 0 && LOCATED.matcher(between).find()) {
                return true;
            }
        }
        return false;
    }
}
