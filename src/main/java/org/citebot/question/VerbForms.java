package org.citebot.question;

import java.util.Set;
import java.util.regex.Pattern;
import org.citebot.text.Folding;

/**
 * Guesses whether a question word is a verb form (« basés », « trouve », « dirige »), from
 * French inflection endings and the verbs questions use most. A verb of the question is often
 * paraphrased in the article (« se sont vus » / « rencontre »); a noun or a name rarely is, so
 * only non-verbs are trusted to tell which passage a question is about.
 */
public final class VerbForms {

    /** Past participles, infinitives, present and imperfect plural and third-person endings. */
    private static final Pattern ENDINGS = Pattern.compile(".{3,}(e|es|ee|ees|er|ir|ent|ait|aient|ons|ez|it)$");
    /** Frequent question verbs whose forms the endings miss. */
    private static final Set<String> COMMON = Set.of("trouve", "trouvent", "situe", "situent", "vit", "vivent",
            "fait", "font", "dit", "disent", "va", "vont", "vient", "viennent", "prend", "prennent", "met", "mettent",
            "joue", "jouent", "travaille", "travaillent", "dirige", "dirigent", "commence", "commencent", "reste",
            "restent", "devient", "deviennent", "s'appelle", "appelle", "nomme", "compte", "comptent", "possede",
            "possedent", "vus", "vu", "eu", "pu", "su", "lu", "mis", "pris");

    private VerbForms() {
    }

    public static boolean likely(String word) {
        String w = Folding.fold(word);
        return COMMON.contains(w) || ENDINGS.matcher(w).matches() && !NOT_VERBS.matcher(w).matches();
    }

    /** Nouns and adjectives with verb-like endings: « frontière », « affaire », « université ». */
    private static final Pattern NOT_VERBS = Pattern.compile(".*(iere|aire|ite|ite|ete|ee?s?|ure|ique|ogie|isme)$");
}
