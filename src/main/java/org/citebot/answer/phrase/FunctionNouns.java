package org.citebot.answer.phrase;

import java.util.Set;
import org.citebot.text.Folding;
import org.citebot.text.pos.Pos;
import org.citebot.text.pos.TaggedSentence;

/**
 * Nouns that, where they stand, do the work of a grammatical word and so never answer alone:
 * the noun of a compound preposition (« au sein de », « en raison de », « à l'aide de »), the
 * bare object of a fixed verb phrase (« a eu lieu », « fait partie », « tenir compte »), and a
 * noun of part or kind before its complement (« une partie des membres », « une sorte de »).
 * Proposed alone they only crowd the right phrase out; the phrase they introduce is still cut
 * ({@link PhraseChunker}). Stateless.
 */
final class FunctionNouns {

    /** Nouns of compound prepositions, between a preposition and « de » (folded). */
    static final Set<String> OF_PREPOSITION = Set.of("sein", "cours", "lieu", "raison", "cause", "face", "suite",
            "place", "niveau", "cadre", "cote", "part", "faveur", "profit", "aide", "issue", "occasion", "instar",
            "insu", "egard", "encontre", "long", "biais", "detriment", "travers", "proximite", "hauteur", "moyen",
            "titre", "vue", "guise", "compter", "partir", "depit", "gre", "merci", "lumiere", "terme");
    /** Bare objects of fixed verb phrases, right after the verb without an article (folded). */
    static final Set<String> OF_VERB = Set.of("lieu", "partie", "part", "compte", "besoin", "peur", "envie",
            "raison", "tort", "conscience", "face", "appel", "reference", "allusion", "fin", "suite", "mention",
            "preuve", "confiance", "hommage", "attention", "naissance", "place", "cours", "usage", "recours", "acte",
            "etat", "objet", "figure", "gain", "mine", "feu", "droit", "affaire", "souvenir");
    /** Nouns of part or kind, alone before their « de » complement (folded). */
    static final Set<String> OF_PART = Set.of("partie", "plupart", "majorite", "moitie", "totalite", "ensemble",
            "reste", "serie", "sorte", "genre", "forme", "type", "nombre");

    private FunctionNouns() {
    }

    /**
     * Whether {@code b}, a {@link #isFunction function noun}, still makes a phrase with its
     * complements: « une partie des membres » does, « sein du conseil » does not.
     */
    static boolean keepsItsChains(TaggedSentence s, Phrase b) {
        return b.head() > b.start() && OF_PART.contains(Folding.fold(s.word(b.head())));
    }

    /** Whether base phrase {@code b} of {@code s} is such a noun, alone with at most its article. */
    static boolean isFunction(TaggedSentence s, Phrase b) {
        int head = b.head();
        if (b.end() != head + 1 || s.tag(head) != Pos.NOUN) {
            return false; // an adjective or a second noun makes a phrase of it
        }
        String noun = Folding.fold(s.word(head));
        boolean bare = head == b.start();
        boolean ofAfter = b.end() < s.size() && PhraseChunker.isOf(s, b.end());
        int before = b.start() - 1;
        if (ofAfter && before >= 0 && s.tag(before).preposition() && OF_PREPOSITION.contains(noun)) {
            return true;
        }
        if (bare && before >= 0 && (s.tag(before) == Pos.VERB || s.tag(before) == Pos.AUX)
                && OF_VERB.contains(noun)) {
            return true;
        }
        return ofAfter && !bare && OF_PART.contains(noun);
    }
}
