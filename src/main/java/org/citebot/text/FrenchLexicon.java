package org.citebot.text;

import java.time.DayOfWeek;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The closed classes of French that several stages read: month and weekday names, articles,
 * demonstratives, possessives, « de » and its contractions, and the words French elides before a
 * vowel. Words are folded (lower case, no accents) and elided forms are written without their
 * apostrophe (« l », « d », « qu »); {@link #apostrophed} gives them as a tokenizer writes them.
 *
 * <p>Why constants rather than a file loaded at start-up: these are grammar, not corpus knowledge
 * nor a deployer's choice — twelve months, seven days, a dozen determiners that no French text
 * will add to — so nothing varies between instances and every reader shares these immutable
 * sets. Lists that are learned or tuned (place nouns, verb families, measure units) stay
 * resource files beside the class that reads them ({@link WordLists}).
 *
 * <p>Each caller builds the set it means from these ({@link #union}), naming it by what it
 * is for: « the determiners a question's noun phrase opens with » is not « the words an answer
 * may start with », and the two lists differ on purpose.
 */
public final class FrenchLexicon {

    /** Months, folded, with their number (1 for « janvier »). */
    public static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("janvier", 1),
            Map.entry("fevrier", 2), Map.entry("mars", 3), Map.entry("avril", 4), Map.entry("mai", 5),
            Map.entry("juin", 6), Map.entry("juillet", 7), Map.entry("aout", 8), Map.entry("septembre", 9),
            Map.entry("octobre", 10), Map.entry("novembre", 11), Map.entry("decembre", 12));

    /**
     * The month names as a regular-expression alternation that accepts both the accented and
     * the plain spelling (« février », « fevrier »); case is left to the caller's flags.
     */
    public static final String MONTH_PATTERN = "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre"
            + "|octobre|novembre|d[ée]cembre";

    /** Weekdays, folded, with their day. */
    public static final Map<String, DayOfWeek> WEEKDAYS = Map.of("lundi", DayOfWeek.MONDAY, "mardi",
            DayOfWeek.TUESDAY, "mercredi", DayOfWeek.WEDNESDAY, "jeudi", DayOfWeek.THURSDAY, "vendredi",
            DayOfWeek.FRIDAY, "samedi", DayOfWeek.SATURDAY, "dimanche", DayOfWeek.SUNDAY);

    /** The weekday names as a regular-expression alternation. */
    public static final String WEEKDAY_PATTERN = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";

    /** Definite articles: « le », « la », « les », « l' ». */
    public static final Set<String> DEFINITE_ARTICLES = Set.of("le", "la", "les", "l");

    /** « de » and its contractions with the article: what joins a noun to its complement. */
    public static final Set<String> OF = Set.of("de", "d", "du", "des");

    /** Every article: definite, indefinite (« un », « une », « des ») and partitive (« du », « de », « d' »). */
    public static final Set<String> ARTICLES = union(DEFINITE_ARTICLES, Set.of("un", "une"), OF);

    /** Demonstrative determiners. */
    public static final Set<String> DEMONSTRATIVES = Set.of("ce", "cet", "cette", "ces");

    /** Possessive determiners of the third person: what news text writes of the people it reports on. */
    public static final Set<String> THIRD_PERSON_POSSESSIVES = Set.of("son", "sa", "ses", "leur", "leurs");

    /** Every possessive determiner. */
    public static final Set<String> POSSESSIVES = union(THIRD_PERSON_POSSESSIVES,
            Set.of("mon", "ma", "mes", "ton", "ta", "tes", "notre", "nos", "votre", "vos"));

    /**
     * The finite forms of « avoir » a news text or a question about one writes (third person: the
     * present, imperfect, future, conditional and simple past), folded: what opens a compound
     * tense (« a annoncé », « avaient été »).
     */
    public static final Set<String> AVOIR_FINITE = Set.of("a", "ont", "avait", "avaient", "aura", "auront",
            "aurait", "auraient", "eut", "eurent");

    /** The finite forms of « être », as {@link #AVOIR_FINITE}, folded: the copula and the passive's auxiliary. */
    public static final Set<String> ETRE_FINITE = Set.of("est", "sont", "etait", "etaient", "fut", "furent", "sera",
            "seront", "serait", "seraient");

    /**
     * The finite forms of the verbs that take an infinitive to make a tense or a mood (« va
     * suspendre », « peut expulser », « doit quitter »), as {@link #AVOIR_FINITE}, folded.
     */
    public static final Set<String> MODAL_FINITE = Set.of("va", "vont", "allait", "allaient", "peut", "peuvent",
            "pouvait", "pouvaient", "doit", "doivent", "devait", "devaient");

    /** Words French elides before a vowel, folded and without the apostrophe (« l' » is « l »). */
    public static final Set<String> ELIDED = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu",
            "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu");

    private FrenchLexicon() {
    }

    /** The words of all {@code sets} as one immutable set. */
    @SafeVarargs
    public static Set<String> union(Set<String>... sets) {
        Set<String> out = new LinkedHashSet<>();
        for (Set<String> s : sets) {
            out.addAll(s);
        }
        return Set.copyOf(out);
    }

    /** {@code set} with {@code words} added, as one immutable set. */
    public static Set<String> with(Set<String> set, String... words) {
        return union(set, Set.of(words));
    }

    /**
     * {@code words} as a tokenizer writes them: an elided form with its apostrophe (« d » →
     * « d' »), the others unchanged.
     */
    public static Set<String> apostrophed(Set<String> words) {
        return words.stream().map(w -> ELIDED.contains(w) ? w + "'" : w).collect(Collectors.toUnmodifiableSet());
    }
}
