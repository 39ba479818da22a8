package org.citebot.answer.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.citebot.answer.PassageEvidence;
import org.citebot.index.Passage;
import org.citebot.index.ScoredPassage;
import org.citebot.text.Folding;
import org.citebot.text.Span;
import org.citebot.text.WordLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceSignalsTest {

    private final PlaceSignals places = new PlaceSignals();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Pérou           | true
            perou           | true
            États-Unis      | true
            etats-unis      | true
            Asie du Sud-Est | true
            Lisbonne        | true
            Buenos Aires    | true
            Côte d'Ivoire   | true
            Côte d’Ivoire   | true
            Martin          | false
            Musée           | false
            """)
    void knowsTheWorldsCountriesRegionsAndCities(String name, boolean place) {
        assertEquals(place, places.worldPlace(name));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Suédois      | true
            Japonais     | true
            Mexicains    | true
            Norvégiens   | true
            Coréens      | true
            Pérou        | false
            Lyon         | false
            Berlin       | false
            """)
    void tellsThePluralNameOfAPeople(String name, boolean people) {
        assertEquals(people, places.people(name));
    }

    /** Sentence | the question's topical word | the candidate | whether the sentence says it is there */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Le musée Dupré est situé à Villeneuve depuis 1950.                 | Dupré    | à Villeneuve | true
            Le musée Dupré, qui se trouve dans la vallée, attire des foules.   | Dupré    | dans la vallée | true
            Il est né à Borel, une petite ville de Bourgogne.                  | Borel    | Bourgogne    | true
            Le musée Dupré est à Villeneuve.                                   | Dupré    | à Villeneuve | true
            Le musée Dupré a prêté ses tableaux à Villeneuve.                  | Dupré    | à Villeneuve | false
            À Villeneuve se trouve le musée Dupré.                             | Dupré    | Villeneuve   | false
            Borel, dans le sud-ouest de la Bourgogne, compte mille habitants.  | Borel    | Bourgogne    | true
            Borel, dans le sud-ouest de la Bourgogne, compte mille habitants.  | Borel    | dans le sud-ouest de la Bourgogne | true
            Borel (Bourgogne) compte mille habitants.                          | Borel    | Bourgogne    | true
            Borel en Bourgogne compte mille habitants.                         | Borel    | Bourgogne    | true
            Borel (une commune, depuis 1950) reçoit la Bourgogne.              | Borel    | Bourgogne    | false
            Borel a battu la Bourgogne.                                        | Borel    | Bourgogne    | false
            """)
    void findsTheSentenceSayingWhereTheTopicIs(String sentence, String topic, String candidate, boolean located) {
        int at = sentence.indexOf(topic);
        List<PassageEvidence.Hit> hits = List.of(new PassageEvidence.Hit(new Span(at, at + topic.length()), 0, 1.0,
                true));
        Span all = new Span(0, sentence.length());
        PassageEvidence evidence = new PassageEvidence(new ScoredPassage(new Passage("d", 0, all, all, all), 1.0), 1,
                1, 1, hits, 1, true, 1, 1, 0);
        int c = sentence.indexOf(candidate);
        assertEquals(located, PlaceSignals.locatedBy(sentence, evidence, new Span(c, c + candidate.length())));
    }

    /**
     * The word check in front of {@link PlaceSignals#LOCATED} changes no outcome: on every piece of
     * these folded sentences (each start and end, so every alternative meets its anchors) and on
     * strings drawn from the pattern's own words, {@code located} is what the pattern finds.
     */
    @Test
    void theWordCheckAgreesWithThePattern() {
        List<String> texts = List.of(
                " est situe a ", ", qui se trouve dans la vallee, ", ", une petite ville de bourgogne ",
                " est a ", " a prete ses tableaux a ", ", dans le sud-ouest de ", " (", " ( une commune, ",
                " en ", ", pres de la ", "non loin du centre de ", " se loge a ", " possede des loges en ",
                " etait au ", " sont dans les ", " fut en l' ", " sis ", " sise rue ", " basee a ",
                " chef-lieu du ", " la capitale d'un pays de ", " etaient aux ", " etablie a ", " (  ",
                " l'ile de ", " ouest de ", " dans le coeur de ", " au nord-est des ", " c'est ",
                "le port d'attache, implante en ", "localisee a la localite de ", "quartier des ");
        List<String> pieces = new java.util.ArrayList<>();
        for (String t : texts) {
            for (int i = 0; i <= t.length(); i++) {
                for (int j = i; j <= t.length(); j++) {
                    pieces.add(t.substring(i, j));
                }
            }
        }
        java.util.Random random = new java.util.Random(15);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(5); k >= 0; k--) {
                b.append(texts.get(random.nextInt(texts.size())));
            }
            int from = random.nextInt(b.length() + 1);
            pieces.add(b.substring(from, from + random.nextInt(b.length() - from + 1)));
        }
        for (String piece : pieces) {
            assertEquals(PlaceSignals.LOCATED.matcher(piece).find(), PlaceSignals.located(piece), piece);
        }
    }

    /** « des loges » (lodges) says nothing of where a thing is; « se loge à » does. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Le club Dupré possède des loges en Bretagne.                     | Dupré | Bretagne | false
            Le club Dupré se loge à Villeneuve.                              | Dupré | Villeneuve | true
            """)
    void aLodgeIsNoLocation(String sentence, String topic, String candidate, boolean located) {
        findsTheSentenceSayingWhereTheTopicIs(sentence, topic, candidate, located);
    }

    /** Question's focus | the scale it asks for */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            pays     | LARGE
            Pays     | LARGE
            région   | LARGE
            états    | LARGE
            ville    | SMALL
            villes   | SMALL
            capitale | SMALL
            lieu     | UNKNOWN
            endroit  | UNKNOWN
            """)
    void tellsTheScaleAQuestionAsksFor(String focus, PlaceSignals.Scale scale) {
        assertEquals(scale, PlaceSignals.asked(java.util.Optional.of(focus)));
    }

    /** Sentence | the candidate | its scale */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Il part vivre au Pérou.                          | Pérou                | LARGE
            Il part vivre en Bavière.                        | Bavière              | LARGE
            Il part vivre en Bavière.                        | en Bavière           | LARGE
            Il part vivre à Lisbonne.                        | Lisbonne             | SMALL
            Il part vivre à Villeneuve.                      | Villeneuve           | SMALL
            Il part vivre à Villeneuve.                      | à Villeneuve         | SMALL
            Il s'installe dans la ville de Villeneuve.       | Villeneuve           | SMALL
            Il s'installe en Lisbonne, dit la légende.       | Lisbonne             | SMALL
            Il écrit aux Dupont.                             | Dupont               | UNKNOWN
            Il vit au VIe siècle.                            | VIe siècle           | UNKNOWN
            Il étudie au lycée de Villeneuve.                | au lycée de Villeneuve | UNKNOWN
            Il parle de Villeneuve.                          | Villeneuve           | UNKNOWN
            """)
    void tellsTheScaleOfAPlace(String sentence, String candidate, PlaceSignals.Scale scale) {
        int c = sentence.indexOf(candidate);
        assertEquals(scale, places.scaleOf(sentence, new Span(c, c + candidate.length())));
    }

    /** The shipped lists are ICU's French names: a new ICU version shows here what to add or drop. */
    @Test
    void theWorldListsAreIcusFrenchNames() {
        Set<String> icu = new HashSet<>();
        LocaleDisplayNames names = LocaleDisplayNames.getInstance(ULocale.FRENCH);
        for (Region.RegionType type : List.of(Region.RegionType.TERRITORY, Region.RegionType.CONTINENT,
                Region.RegionType.SUBCONTINENT)) {
            for (Region r : Region.getAvailable(type)) {
                icu.add(key(names.regionDisplayName(r.toString())));
            }
        }
        var zones = com.ibm.icu.text.TimeZoneNames.getInstance(ULocale.FRENCH);
        for (String id : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            String city = zones.getExemplarLocationName(id);
            if (city != null) {
                icu.add(key(city));
            }
        }
        for (String resource : List.of("world-regions.txt", "world-cities.txt")) {
            for (String line : WordLists.lines(PlaceSignals.class, resource)) {
                assertTrue(icu.contains(key(line)), line + " of " + resource + " is no ICU name");
            }
        }
    }

    /** A name without the note ICU may add in brackets (« Knox [Indiana] »), folded. */
    private static String key(String name) {
        return Folding.fold(name.replaceAll(" [\\[(].*$", ""));
    }
}
