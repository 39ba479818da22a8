package org.citebot.chat.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.citebot.chat.followup.FunctionWords.Agreement;

/**
 * The noun phrases of a question, found by rule (no tagger: questions are short and their
 * function words say most): a determiner and the words up to the next verb, preposition or
 * function word, with its « de » complements (« la salle principale de la mairie »); a
 * number and its noun (« 8 conseillers »); a run of names (« Claire Martin », « durand »
 * when the corpus writes it with a capital). Complements are phrases of their own as well, so
 * « de la mairie » can be swapped inside « le porte-parole de la mairie ».
 */
final class NounPhrases {

    /**
     * One noun phrase: words {@code [start, end)}.
     *
     * @param head       the first word after the determiner
     * @param complement where its first « de » complement starts, or {@code end} when it has none
     * @param agreement  gender and number, read from the determiner
     * @param name       a run of names without determiner
     */
    record Phrase(int start, int end, int head, int complement, Agreement agreement, boolean name) {

        boolean determined() {
            return head > start;
        }

        Words in(Words words) {
            return words.sub(start, end);
        }
    }

    /** Adverbs of time: never part of a noun phrase (« la mission maintenant »). */
    static final Set<String> TIME_ADVERBS = Set.of("maintenant", "aujourd'hui", "actuellement", "desormais",
            "auparavant", "alors", "autrefois", "hier", "demain", "recemment", "avant", "apres", "encore", "deja",
            "toujours", "jamais", "ensuite", "puis", "exactement", "precisement", "la-bas", "ici");

    private final CorpusVocabulary vocabulary;

    NounPhrases(CorpusVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Every noun phrase of {@code w}, outer ones before the complements they hold. */
    List<Phrase> of(Words w) {
        List<Phrase> out = new ArrayList<>();
        int i = 0;
        while (i < w.size()) {
            // « la mairie et le club partent »: after a coordination a plural verb may follow a singular phrase
            boolean plural = w.sub(0, i).indexOf("et") >= 0;
            int end = phrase(w, i, out, plural);
            i = end > i ? end : i + 1;
        }
        return out;
    }

    /**
     * Reads the phrase starting at {@code i} (adding it and its complements), returns its end or
     * {@code i}; {@code plural} when a plural phrase or a coordination holds it, so that a
     * plural verb may follow it.
     */
    private int phrase(Words w, int i, List<Phrase> out, boolean plural) {
        String k = w.key(i);
        if (FunctionWords.determiner(k) && !clitic(w, i) && i + 1 < w.size() && head(w.get(i + 1))) {
            int at = out.size();
            Agreement agreement = agreement(w.sub(i, i + 2));
            boolean around = plural || agreement == Agreement.PLURAL;
            int end = modifiers(w, i + 2, !around);
            int complement = end;
            end = complements(w, end, out, around);
            out.add(at, new Phrase(i, end, i + 1, complement, agreement, false));
            return end;
        }
        if (w.get(i).number() && i + 1 < w.size() && nominal(w.get(i + 1)) && !month(w.key(i + 1))) {
            int end = modifiers(w, i + 2, false);
            out.add(new Phrase(i, end, i + 1, end, Agreement.PLURAL, false));
            return end;
        }
        if (nameLike(w.get(i)) && !FunctionWords.function(k) && !FunctionWords.verb(w.get(i))) {
            int end = i + 1;
            while (end < w.size() && nameLike(w.get(end)) && !FunctionWords.function(w.key(end))) {
                end++;
            }
            out.add(new Phrase(i, end, i, end, Agreement.SINGULAR, true));
            return end;
        }
        return i;
    }

    /**
     * The end of the adjectives and nouns following a head; a word an inversion follows is the
     * verb (« la ville ferme-t-elle », « la mairie suspend-elle »), whatever its ending. In a
     * {@code singular} phrase a word ending as a plural verb does (« -ent ») is an adjective
     * (« le juge compétent », « un accord récent »): no plural verb agrees with it.
     */
    private static int modifiers(Words w, int from, boolean singular) {
        int end = from;
        while (end < w.size() && (nominal(w.get(end)) || singular && pluralEnding(w.get(end)))
                && !w.get(end).number() && !(end + 1 < w.size() && w.get(end + 1).inversion())) {
            end++;
        }
        return end;
    }

    /**
     * A word the verb endings read as a present plural (« -ent ») that is no auxiliary nor a verb
     * questions use most (« comptent », « disent »): after a singular noun, an adjective
     * (« compétent », « récent », « urgent »).
     */
    private static boolean pluralEnding(Words.Word word) {
        String k = word.key();
        return k.length() > 5 && k.endsWith("ent") && !word.inversion() && !word.elided() && !word.capitalised()
                && !FunctionWords.function(k) && !FunctionWords.FINITE.contains(k) && !TIME_ADVERBS.contains(k);
    }

    /**
     * A word ending as a past participle (« délégué », « employés ») right after « de »: a noun, as
     * no participle follows « de » alone (an infinitive does: « de fermer »).
     */
    private static boolean participleNoun(Words.Word word) {
        String typed = word.typed().toLowerCase(Locale.ROOT);
        return head(word) && !word.capitalised() && typed.matches(".{3,}(é|ée|és|ées)");
    }

    /** Extends a phrase ending at {@code end} over its « de » complements, adding them as phrases. */
    private int complements(Words w, int end, List<Phrase> out, boolean plural) {
        while (FunctionWords.OF.contains(w.key(end)) && end + 1 < w.size()) {
            int start = w.key(end).equals("de") || w.key(end).equals("d'") ? end + 1 : end;
            int inner = phrase(w, start, out, plural);
            if (inner == start && start == end + 1 && (nominal(w.get(start)) || participleNoun(w.get(start)))) {
                // « de presse », « d'espionnage », « de délégué »: a bare noun complement
                boolean singular = !plural && !w.key(start).endsWith("s") && !w.key(start).endsWith("x");
                inner = modifiers(w, start + 1, singular);
                out.add(new Phrase(start, inner, start, inner, Agreement.UNKNOWN, false));
            }
            if (inner <= start) {
                break;
            }
            end = inner;
        }
        return end;
    }

    /**
     * Prepositions that tie a complement to a noun as often as to a verb (« la piscine à Lyon »,
     * « la piscine en Suisse », « la plainte contre l'Agence »); « au » and « aux » open their
     * phrase themselves. Not « auprès de »: « le juge auprès de la cour » whole is read less
     * well by the answerer than without it (docs/EXPERIMENTS.md, session 17).
     */
    private static final Set<String> NOUN_PREPOSITIONS = Set.of("a", "au", "aux", "en", "contre", "pour");

    /**
     * The end of {@code p} with the prepositional complements that follow it: « la piscine de
     * l'Agence à Lyon ». What a pronoun taking the phrase up stands for, whole; a complement is a
     * name or a phrase with a determiner, never a number nor a month (« à 10 heures », « en mai »
     * belong to the verb) nor a person's name, and a name takes none (« Anne Martin à Lyon » is a
     * person and a place).
     *
     * @param found the phrases of {@code w}, as {@link #of} gives them
     */
    int extent(Words w, Phrase p, List<Phrase> found) {
        int end = p.end();
        if (p.name()) {
            return end;
        }
        while (NOUN_PREPOSITIONS.contains(w.key(end)) && FunctionWords.preposition(w, end)) {
            int start = w.key(end).equals("au") || w.key(end).equals("aux") ? end : end + 1;
            // « parler de l'accord à Anne Martin »: a person after « à » is the verb's, not the noun's
            int next = found.stream().filter(q -> q.start() == start && !month(w.key(q.head()))
                    && (q.name() && !personName(w, q) || FunctionWords.determiner(w.key(q.start()))))
                    .mapToInt(Phrase::end).max().orElse(end);
            if (next <= end) {
                break;
            }
            end = next;
        }
        return end;
    }

    /**
     * Whether a name phrase is a person's: the articles write its last word after a first name
     * (« Martin » in « Anne Martin »), as {@link CorpusVocabulary#fullName} finds.
     */
    boolean personName(Words w, Phrase p) {
        return p.name() && vocabulary.fullName(w.key(p.end() - 1)).isPresent();
    }

    /**
     * Whether a name phrase names a place: it follows a preposition of place (« à Lyon », « en
     * Suisse », « vers Genève ») and is no person's name (« parler à Anne Martin »).
     */
    boolean placeName(Words w, Phrase p) {
        int before = p.start() - 1;
        return p.name() && before >= 0 && FunctionWords.LOCATIVE.contains(w.key(before))
                && FunctionWords.preposition(w, before) && !personName(w, p);
    }

    /** « le », « la », « l' », « les » before a verb are object pronouns, not determiners. */
    private static boolean clitic(Words w, int i) {
        return Set.of("le", "la", "les", "l'").contains(w.key(i)) && i + 1 < w.size()
                && FunctionWords.FINITE.contains(w.key(i + 1));
    }

    /** A word that can follow a determiner: whatever its ending (« l'entrée »), not a function word. */
    static boolean head(Words.Word word) {
        String k = word.key();
        return !k.isEmpty() && !word.inversion() && !word.elided() && !FunctionWords.function(k)
                && !TIME_ADVERBS.contains(k) && !FunctionWords.FINITE.contains(k);
    }

    /** A word that can stand in a noun phrase: not a function word, verb, question word or adverb of time. */
    static boolean nominal(Words.Word word) {
        String k = word.key();
        return !k.isEmpty() && !word.inversion() && !word.elided() && !FunctionWords.function(k)
                && !TIME_ADVERBS.contains(k) && !FunctionWords.verb(word) && !k.equals("pas") && !k.equals("plus");
    }

    /**
     * The gender and number of a phrase by its determiner; « l' » before a name the articles
     * take up with « elle » or « il » (« l'Agence a dit qu'elle… ») has that gender.
     */
    Agreement agreement(Words phrase) {
        Agreement a = FunctionWords.DETERMINERS.getOrDefault(phrase.key(0), Agreement.UNKNOWN);
        if (phrase.key(0).equals("l'") && phrase.size() > 1) {
            Agreement g = vocabulary.gender(phrase.get(1).key());
            if (g == Agreement.UNKNOWN && !nameLike(phrase.get(1))) {
                g = genderByEnding(phrase.get(1).key());
            }
            return g == Agreement.UNKNOWN ? a : g;
        }
        return a;
    }

    /**
     * The gender of a common noun after « l' » by its ending, where French endings are all but
     * regular (Grevisse, Le Bon Usage, § 481–482): « -tion », « -sion », « -té », « -ure », « -ence »,
     * « -ance », « -ette », « -ade » feminine; « -ment », « -isme », « -eau », « -cle », « -oir »,
     * « -ier », « -at » masculine. Unknown otherwise (« -age » has « l'image », « -eur » both).
     */
    static Agreement genderByEnding(String folded) {
        if (folded.length() < 5) {
            return Agreement.UNKNOWN;
        }
        for (String e : FEMININE_ENDINGS) {
            if (folded.endsWith(e)) {
                return Agreement.FEMININE;
            }
        }
        for (String e : MASCULINE_ENDINGS) {
            if (folded.endsWith(e)) {
                return Agreement.MASCULINE;
            }
        }
        return Agreement.UNKNOWN;
    }

    /** Folded feminine endings (« -té » is « -te » once folded). */
    private static final List<String> FEMININE_ENDINGS = List.of("tion", "sion", "xion", "ite", "ure", "ence",
            "ance", "ette", "ade");
    private static final List<String> MASCULINE_ENDINGS = List.of("ment", "isme", "eau", "cle", "oir", "ier", "at");

    boolean nameLike(Words.Word word) {
        return word.capitalised() || vocabulary.isName(word.key());
    }

    private static boolean month(String key) {
        return FunctionWords.MONTHS.contains(key);
    }
}
