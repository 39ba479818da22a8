package org.citebot.question;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.citebot.text.Folding;
import org.citebot.text.FrenchTypography;
import org.citebot.text.WordLists;

/**
 * Guesses whether a question word is a verb form (« basés », « trouve », « dirige »), from
 * French inflection endings and the verbs questions use most. A verb of the question is often
 * paraphrased in the article (« se sont vus » / « rencontre »); a noun or a name rarely is, so
 * only non-verbs are trusted to tell which passage a question is about.
 */
public final class VerbForms {

    /**
     * Past participles, infinitives, present plural and imperfect endings, read with their
     * accents (« basés » is a participle, « bases » a noun).
     */
    private static final Pattern ENDINGS = Pattern.compile(".{2,}(é|és|ée|ées|er|ir|ent|ait|aient|ons|ez)$");
    /** Frequent question verbs whose forms the endings miss. */
    private static final Set<String> COMMON = Set.of("trouve", "trouvent", "situe", "situent", "vit", "vivent",
            "fait", "font", "dit", "disent", "va", "vont", "vient", "viennent", "prend", "prennent", "met", "mettent",
            "joue", "jouent", "travaille", "travaillent", "dirige", "dirigent", "commence", "commencent", "reste",
            "restent", "devient", "deviennent", "s'appelle", "appelle", "nomme", "compte", "comptent", "possede",
            "possedent", "vus", "vu", "eu", "pu", "su", "lu", "mis", "pris");

    /**
     * Nouns, adjectives and adverbs with a verb's ending that questions use and
     * {@code typed-nouns.txt} lacks (« le premier roi », « quel métier », « souvent »): the
     * resource {@code not-verbs.txt}.
     */
    private static final Set<String> NOT_VERB_WORDS = Set.copyOf(WordLists.lines(VerbForms.class, "not-verbs.txt"));

    /**
     * The nouns that say what a question asks for (« armée », « président », « régions »): the
     * endings take them for verbs ({@code docs/EXPERIMENTS.md}).
     */
    private static final TypedNouns TYPED_NOUNS = TypedNouns.load();

    private VerbForms() {
    }

    public static boolean likely(String word) {
        if (word.isEmpty() || Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        String lower = FrenchTypography.normalize(word).toLowerCase(Locale.FRENCH);
        String w = Folding.fold(word);
        return COMMON.contains(w) || ENDINGS.matcher(lower).matches() && !NOT_VERBS.matcher(w).matches()
                && !NOT_VERB_WORDS.contains(w) && TYPED_NOUNS.typeOf(w).isEmpty();
    }

    /**
     * Nouns and adjectives with verb-like endings: « frontières », « affaire », « université »,
     * « accréditations », « gouvernement », « présidence », « ambassadeur ».
     */
    private static final Pattern NOT_VERBS = Pattern.compile(
            ".*(ieres?|aires?|ites?|ures?|iques?|ogies?|ismes?|tions?|sions?|ments?|ences?|ances?|eurs?|ages?)$");
}
