package org.citebot.answer.phrase;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.citebot.text.Folding;
import org.citebot.text.pos.Pos;
import org.citebot.text.pos.TaggedSentence;

/**
 * Whether a sentence names a phrase as an instance of the noun a « quel / quelle N » question asks,
 * and with what the question does not already say (issue 15):
 * <ul>
 *   <li>{@link How#APPOSED}: a name right after the asked noun and its adjectives, « l'agence [Kestrel] »,
 *       « la chaîne publique [Télé Azur] » for « quelle chaîne… ? »;</li>
 *   <li>{@link How#HEADED}: a phrase headed by the asked noun written with a capital, « le [Conseil de
 *       sécurité] », « le [Secrétariat général] », « du [Pôle Nord] ».</li>
 * </ul>
 * Not a naming: « N de X » with a lower-case N (« la route de C », « l'équipe de Montréal », « la
 * marionnette de X »), which French uses for a name as much as for an owner or a place, and which
 * gave a wrong held-out answer when read as one (docs/EXPERIMENTS.md, « Questions that name the
 * kind of thing asked »). A phrase whose content words are all in the question (« la chaîne régionale »
 * for « quelle chaîne régionale… ? ») tells the user nothing; an indefinite phrase (« une instance de
 * concertation ») classifies rather than names.
 *
 * <p>Stateless and thread-safe.
 */
public final class NamedInstances {

    /** How a phrase is named an instance of the asked noun. */
    public enum How {
        /** A name in apposition after the asked noun. */
        APPOSED,
        /** A definite phrase headed by the asked noun written with a capital. */
        HEADED,
        /** Neither. */
        NONE
    }

    /**
     * Adjectives that may stand between the asked noun and its apposed name (« la chaîne publique
     * régionale X »).
     */
    static final int ADJECTIVES_BETWEEN = 2;
    /** Determiners that classify rather than name (folded). */
    private static final Set<String> INDEFINITE = Set.of("un", "une", "des", "quelques", "plusieurs",
            "certains", "certaines", "autre", "autres", "chaque", "tout", "toute", "aucun", "aucune");

    /**
     * Asked nouns of kind, part or name (folded): « quel type de vin », « quel nom » ask for
     * another noun or a word, which a phrase headed by them does not name (« le type Tokay »).
     */
    private static final Set<String> UNNAMABLE = Set.of("nom", "noms", "espece", "especes", "categorie",
            "categories", "sortes", "genres", "formes", "types", "parties", "series");

    private NamedInstances() {
    }

    /** Whether a thing can be named an instance of {@code noun}: not a noun of kind, part or name. */
    public static boolean namable(String noun) {
        String w = Folding.fold(noun).toLowerCase(Locale.ROOT);
        return !UNNAMABLE.contains(w) && !FunctionNouns.OF_PART.contains(w);
    }

    /**
     * How tokens {@code [a, b)} of {@code s} are named an instance of {@code noun}, given the
     * question's content words {@code asked} (as {@link #words} folds them).
     */
    public static How of(TaggedSentence s, int a, int b, String noun, Set<String> asked) {
        int i = a;
        while (i < b && (s.tag(i) == Pos.DET || s.tag(i).preposition())) {
            i++;
        }
        if (i >= b || novel(s, i, b, noun, asked).isEmpty() || !phraseOnly(s, i, b)) {
            return How.NONE;
        }
        if (NounMatch.same(s.word(i), noun)) {
            if (indefinite(s, i - 1)) {
                return How.NONE;
            }
            int k = i + 1;
            while (k < b && s.tag(k) == Pos.ADJ && k - i <= ADJECTIVES_BETWEEN) {
                k++;
            }
            if (k < b && name(s, k, b)) {
                return How.APPOSED;
            }
            if (capitalised(s, i)) {
                return How.HEADED; // « le Conseil de sécurité »: the capital names it
            }
            return How.NONE;
        }
        if (!name(s, i, b)) {
            return How.NONE;
        }
        int k = i - 1;
        int adjectives = 0;
        while (k >= 0 && s.tag(k) == Pos.ADJ && adjectives < ADJECTIVES_BETWEEN) {
            k--;
            adjectives++;
        }
        return k >= 0 && s.tag(k).nominal() && NounMatch.same(s.word(k), noun) && !indefinite(s, k - 1)
                ? How.APPOSED : How.NONE;
    }

    /**
     * The content words of tokens {@code [from, to)} the question does not hold, folded: what the
     * phrase tells the user beyond the question's own words.
     */
    static List<String> novel(TaggedSentence s, int from, int to, String noun, Set<String> asked) {
        List<String> words = new ArrayList<>();
        for (int t = from; t < to; t++) {
            Pos p = s.tag(t);
            boolean content = p.nominal() || p == Pos.ADJ || p == Pos.NUM || p == Pos.X;
            if (content && !asked.contains(key(s.word(t))) && !NounMatch.same(s.word(t), noun)) {
                words.add(key(s.word(t)));
            }
        }
        return words;
    }

    /** The question's words as {@link #of} compares them: folded, without number and gender endings. */
    public static Set<String> words(List<String> keywords) {
        Set<String> words = new java.util.HashSet<>();
        for (String k : keywords) {
            for (String w : k.split("[\\s'’-]+")) {
                if (!w.isBlank()) {
                    words.add(key(w));
                }
            }
        }
        return words;
    }

    /** The novel words of tokens {@code [a, b)} joined: two phrases naming one thing share it. */
    public static String fact(TaggedSentence s, int a, int b, String noun, Set<String> asked) {
        return String.join(" ", novel(s, a, b, noun, asked));
    }

    private static String key(String word) {
        String w = NounMatch.base(word);
        return w.isEmpty() ? Folding.fold(word).toLowerCase(Locale.ROOT) : w;
    }

    /** Whether tokens {@code [from, to)} are a noun phrase: no verb, pronoun, conjunction or clause mark. */
    private static boolean phraseOnly(TaggedSentence s, int from, int to) {
        for (int t = from; t < to; t++) {
            Pos p = s.tag(t);
            if (p == Pos.VERB || p == Pos.AUX || p == Pos.PRON || p == Pos.ADP_PRON || p == Pos.CCONJ
                    || p == Pos.SCONJ || p == Pos.PUNCT && !s.word(t).equals("-")) {
                return false;
            }
        }
        return true;
    }

    /** Whether tokens {@code [from, to)} are a name: capitalised words and numbers after the first. */
    private static boolean name(TaggedSentence s, int from, int to) {
        for (int t = from; t < to; t++) {
            boolean part = s.tag(t) == Pos.PROPN || capitalised(s, t) || t > from && s.tag(t) == Pos.NUM
                    || t > from && s.word(t).equals("-");
            if (!part) {
                return false;
            }
        }
        return capitalised(s, from) || s.tag(from) == Pos.PROPN;
    }

    private static boolean capitalised(TaggedSentence s, int t) {
        String w = s.word(t);
        return t > 0 && !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    /** Whether token {@code t} is an indefinite determiner. */
    private static boolean indefinite(TaggedSentence s, int t) {
        return t >= 0 && s.tag(t) == Pos.DET
                && INDEFINITE.contains(Folding.fold(s.word(t)).toLowerCase(Locale.ROOT).replaceAll("['’]", ""));
    }
}
