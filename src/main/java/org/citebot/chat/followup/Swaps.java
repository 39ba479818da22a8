package org.citebot.chat.followup;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.citebot.chat.followup.FunctionWords.Agreement;
import org.citebot.question.AnswerType;
import org.citebot.question.TypedNouns;

/**
 * A swapped entity or role: « et celle de l'Agence ? », « et à Lyon ? », « et le trésorier ? »,
 * « et Durand ? » put the new words in place of the phrase of the last question they stand
 * beside, gender and number carried over; a swap that finds no place appends the new words, so
 * nothing the user typed is lost.
 */
final class Swaps {

    private static final TypedNouns NOUNS = TypedNouns.load();

    private final NounPhrases phrases;

    Swaps(NounPhrases phrases) {
        this.phrases = phrases;
    }

    Rewritten swap(Words q, Words typed) {
        Words x = side(typed);
        List<NounPhrases.Phrase> found = phrases.of(q);
        String first = x.key(0);
        Optional<Words> swapped;
        if (x != typed && x.size() == 1 && !phrases.nameLike(x.get(0)) && !FunctionWords.function(first)) {
            // « et côté italien ? » after « le porte-parole de la fédération »: the adjective for the « de » complement
            swapped = complement(q, found, Words.of("de").plus(x)).map(w -> withoutOf(w, x));
        } else if (FunctionWords.DEMONSTRATIVES.containsKey(first)) {
            swapped = demonstrative(q, found, x);
        } else if (FunctionWords.CONTRACTED.contains(first) && x.size() > 1) {
            // « et du Sénat ? », « et aux élus ? »: a complement with its preposition inside its article
            swapped = complement(q, found, x).or(() -> first.startsWith("a")
                    ? complement(q, found, Words.of(first.equals("au") ? "du" : "des").plus(x.from(1))) : Optional.empty());
        } else if (FunctionWords.preposition(x, 0) && !FunctionWords.determiner(first)) {
            // « et à Lyon ? » for « à Paris »; « et pour l'Agence ? » for « de la mairie » when no « pour »
            // complement; « et pour la délégation de la fédération ? » for « sa délégation à Paris », a whole phrase
            boolean whole = first.equals("pour") && x.size() > 3 && FunctionWords.determiner(x.key(1))
                    && x.list().stream().skip(2).anyMatch(w -> FunctionWords.OF.contains(w.key()));
            swapped = complement(q, found, x).or(() -> whole ? determined(q, found, x.from(1)) : Optional.empty())
                    .or(() -> FunctionWords.OF.contains(first) ? Optional.empty()
                    : complement(q, found, Words.of("de").plus(x.from(1))));
        } else if (FunctionWords.determiner(first) && x.size() > 1) {
            swapped = determined(q, found, x);
        } else {
            swapped = bareName(q, found, x).or(() -> x.list().stream().allMatch(phrases::nameLike)
                    ? complement(q, found, Words.of("de").plus(x)) : Optional.empty());
        }
        Words out = swapped.orElseGet(() -> q.plus(x));
        out = whichThing(out, x);
        if (x.list().stream().noneMatch(Words.Word::number)) {
            out = TimeShifts.withoutCounts(out); // « et l'Agence ? » after « pourquoi la mairie a fermé 3 écoles ? »
        }
        return new Rewritten(out, FunctionWords.content(x));
    }

    /**
     * « qui est le salaire de Paul ? » made by swapping « son salaire » into « qui est le trésorier ? »:
     * a thing asked for after « qui est » is asked with « quel / quelle est ».
     */
    private Words whichThing(Words out, Words x) {
        if (!out.key(0).equals("qui") || !FunctionWords.COPULAS.contains(out.key(1)) || x.size() < 2) {
            return out;
        }
        String det = x.key(0);
        boolean determined = FunctionWords.determiner(det) || Pronouns.POSSESSIVES.contains(det);
        boolean predicate = out.size() >= 2 + x.size();
        for (int i = 0; predicate && i < x.size(); i++) {
            predicate = out.key(2 + i).equals(x.key(i)); // the new phrase is what « qui est » asks about
        }
        if (!determined || !predicate || person(x.get(1)) || phrases.nameLike(x.get(1))) {
            return out;
        }
        Agreement a = FunctionWords.DETERMINERS.getOrDefault(out.key(2), Agreement.UNKNOWN);
        String quel = switch (a) {
            case FEMININE -> "quelle";
            case PLURAL -> "quels";
            default -> "quel";
        };
        return Words.of(quel).plus(out.from(1));
    }

    /** « côté Agence », « du côté de l'Agence »: the entity alone. */
    private static Words side(Words x) {
        int i = 0;
        if (x.key(0).equals("du") && x.key(1).equals("cote")) {
            i = 2;
        } else if (x.key(0).equals("cote")) {
            i = 1;
        }
        if (i > 0 && FunctionWords.OF.contains(x.key(i)) && i + 1 < x.size()) {
            return contractOf(x.from(i));
        }
        return i > 0 && i < x.size() ? x.from(i) : x;
    }

    /** {@code w} with the « de » in front of {@code x} dropped: « le porte-parole de italien » → « le porte-parole italien ». */
    private static Words withoutOf(Words w, Words x) {
        for (int i = 0; i + 1 < w.size(); i++) {
            if (FunctionWords.OF.contains(w.key(i)) && w.key(i + 1).equals(x.key(0))) {
                return w.replace(i, i + 1, Words.of(""));
            }
        }
        return w;
    }

    /** « de l'Agence » → « l'Agence », « du Sénat » → « le Sénat », « des élus » → « les élus ». */
    private static Words contractOf(Words w) {
        return switch (w.key(0)) {
            case "de", "d'" -> w.from(1);
            case "du" -> Words.of(FunctionWords.definite(Agreement.MASCULINE, w.get(1).typed())).plus(w.from(1));
            case "des" -> Words.of("les").plus(w.from(1));
            default -> w;
        };
    }

    /** « celle de l'Agence » in place of « le porte-parole de la mairie »: « la porte-parole de l'Agence ». */
    private Optional<Words> demonstrative(Words q, List<NounPhrases.Phrase> found, Words x) {
        Agreement agreement = FunctionWords.DEMONSTRATIVES.get(x.key(0));
        Words rest = x.from(1);
        List<NounPhrases.Phrase> nouns = found.stream().filter(p -> !p.name() && p.determined()).toList();
        Optional<NounPhrases.Phrase> target = nouns.stream()
                .filter(p -> p.agreement().agrees(agreement) && (Pronouns.POSSESSIVES.contains(q.key(p.start()))
                        || p.complement() < p.end() && phrases.nameLike(q.get(Math.min(p.end() - 1, q.size() - 1)))))
                .findFirst()
                .or(() -> nouns.stream().filter(p -> p.complement() < p.end() && p.agreement().agrees(agreement)).findFirst())
                .or(() -> nouns.stream().filter(p -> p.complement() < p.end()).findFirst())
                .or(() -> nouns.stream().filter(p -> p.agreement().agrees(agreement)).findFirst());
        return target.map(p -> {
            // « et celle de l'Agence ? » for « la délégation permanente régionale »: the noun, not the adjectives
            // that said whose it was; a phrase with a complement keeps them (« le secrétaire général »)
            Words head = q.sub(p.head(), p.complement() < p.end() ? p.complement() : p.head() + 1);
            Words phrase = Words.of(FunctionWords.definite(agreement, head.get(0).typed())).plus(head).plus(rest);
            return q.replace(p.start(), p.end(), phrase);
        });
    }

    /** « à Lyon » in place of the last complement of the same kind (« à Paris »), else appended. */
    private Optional<Words> complement(Words q, List<NounPhrases.Phrase> found, Words x) {
        String kind = prepositionKind(x.key(0));
        int[] best = null;
        for (NounPhrases.Phrase p : found) {
            int[] span = complementSpan(q, found, p);
            if (span != null && prepositionKind(q.key(span[0])).equals(kind)) {
                best = span;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(q.replace(best[0], best[1], Elisions.contract(x)));
    }

    /**
     * « le trésorier » for the phrase naming a person the same way (« le président » of « le
     * président du club »), « l'Agence » or « la préfecture » for the last complement (« du
     * club », « de la mairie ») or, failing one, the last name.
     */
    private Optional<Words> determined(Words q, List<NounPhrases.Phrase> found, Words x) {
        boolean ownComplement = x.list().stream().anyMatch(w -> FunctionWords.OF.contains(w.key()));
        Optional<Words> sameHead = sameHead(q, found, x);
        if (ownComplement && sameHead.isPresent()) {
            return sameHead;
        }
        Optional<Words> sameNoun = ownComplement || person(x.get(1)) ? Optional.empty() : sameNoun(q, found, x);
        if (sameNoun.isPresent()) {
            return sameNoun;
        }
        if (person(x.get(1)) && !phrases.nameLike(x.get(1))) {
            Optional<NounPhrases.Phrase> role = found.stream()
                    .filter(p -> p.determined() && !phrases.nameLike(q.get(p.head())) && person(q.get(p.head())))
                    .findFirst();
            if (role.isPresent()) {
                NounPhrases.Phrase p = role.get();
                // « et le vice-ministre ? » for « le ministre italien des… »: the role's adjectives stay with
                // a title built on the same role; « et la trésorière ? » for « le secrétaire général du
                // club »: another role drops them (« la trésorière générale » is nobody)
                boolean sameRole = x.key(x.size() - 1).endsWith(q.key(p.head()));
                int upTo = ownComplement ? p.end() : sameRole ? p.head() + 1 : Math.max(p.head() + 1, p.complement());
                return Optional.of(q.replace(p.start(), upTo, x));
            }
        }
        if (ownComplement && !phrases.nameLike(x.get(1))) {
            // « et la réponse du syndicat ? » after « quelle est la décision de la direction ? »: a whole
            // phrase with its own complement stands for the last one with a complement, not inside it
            Optional<NounPhrases.Phrase> whole = found.stream().filter(p -> p.determined() && !p.name()
                    && p.complement() < p.end() && !phrases.nameLike(q.get(p.head()))).findFirst();
            if (whole.isPresent()) {
                return Optional.of(q.replace(whole.get().start(), whole.get().end(), x));
            }
        }
        Optional<Words> complement = complement(q, found, Words.of("de").plus(x));
        if (complement.isPresent()) {
            return complement;
        }
        NounPhrases.Phrase target = null;
        for (NounPhrases.Phrase p : found) {
            if (phrases.nameLike(q.get(p.head())) && (p.determined() || p.name())) {
                target = p;
            }
        }
        if (target == null) {
            return subject(q, x);
        }
        String det = q.key(target.start());
        if (target.determined() && FunctionWords.CONTRACTED.contains(det)) {
            String prep = det.startsWith("a") ? "à" : "de";
            return Optional.of(q.replace(target.start(), target.end(), Elisions.contract(Words.of(prep).plus(x))));
        }
        Words out = q.replace(target.start(), target.end(), x);
        // « en quelle année Durand a-t-il… » → « et l'Agence ? »: the inversion agrees with its new subject
        boolean subjectOfInversion = target.end() + 1 < q.size() && q.get(target.end() + 1).inversion();
        return Optional.of(subjectOfInversion ? agreeingInversion(out, phrases.agreement(x)) : out);
    }

    /**
     * « la délégation de la fédération à Rome » for « sa délégation à Paris »: a phrase with the same head
     * noun, and the place after it when the new phrase names its own place.
     */
    private Optional<Words> sameHead(Words q, List<NounPhrases.Phrase> found, Words x) {
        String head = x.key(1);
        boolean ownPlace = x.list().stream().skip(2).anyMatch(w -> FunctionWords.LOCATIVE.contains(w.key()));
        for (NounPhrases.Phrase p : found) {
            if (!p.determined() || p.head() >= q.size() || !q.key(p.head()).equals(head)) {
                continue;
            }
            int end = p.end();
            if (ownPlace && end < q.size() && FunctionWords.LOCATIVE.contains(q.key(end))) {
                int from = end + (q.key(end).equals("aupres") && FunctionWords.OF.contains(q.key(end + 1)) ? 2 : 1);
                for (NounPhrases.Phrase after : found) {
                    if (after.start() == from) {
                        end = after.end();
                    }
                }
            }
            return Optional.of(q.replace(p.start(), end, x));
        }
        return Optional.empty();
    }

    /**
     * « et la deuxième fois ? » after « … réduit pour la première fois ? », « et la salle
     * principale ? » after « … la petite salle de la mairie ? »: a phrase of the last question
     * saying the same noun with other words around it is the one replaced (its complement kept),
     * not a name or a complement elsewhere.
     */
    private Optional<Words> sameNoun(Words q, List<NounPhrases.Phrase> found, Words x) {
        if (x.size() < 3) {
            return Optional.empty(); // « et la mission ? » says nothing new beside the noun
        }
        java.util.Set<String> said = new java.util.HashSet<>(FunctionWords.content(x.from(1)));
        for (NounPhrases.Phrase p : found) {
            if (!p.determined() || p.name() || phrases.nameLike(q.get(p.head()))) {
                continue;
            }
            Words own = q.sub(p.head(), p.complement());
            if (own.list().stream().anyMatch(w -> said.contains(w.key())) && !own.text().equals(x.from(1).text())) {
                return Optional.of(q.replace(p.start(), p.complement(), x));
            }
        }
        return Optional.empty();
    }

    /**
     * « et l'Agence ? » after « en quelle année le conseil a-t-il été créé ? »: with no complement
     * or name to stand beside, a thing (not a person) stands for the subject of the last question.
     */
    private Optional<Words> subject(Words q, Words x) {
        QuestionFrame frame = QuestionFrame.of(q);
        // « qui est le trésorier du club ? » → « et son adjoint ? »: after « qui est », a person too
        boolean predicate = frame.role() == QuestionFrame.Role.PREDICATE;
        if (frame.at() != 0 || frame.phrase().isEmpty() || person(x.get(1)) && !predicate) {
            return Optional.empty();
        }
        Words core = frame.core();
        List<NounPhrases.Phrase> found = phrases.of(core);
        int verb = QuestionFrame.afterVerb(core);
        // « en quelle année a été créé le conseil ? », « qui est le maire ? »: a core that opens with its
        // verb has its subject (or what « est » says) right after the verb group
        boolean verbFirst = !core.isEmpty() && FunctionWords.verb(core.get(0));
        return Referents.subject(core, found)
                .filter(p -> p.determined() && (predicate || !person(core.get(p.head())))
                        && (p.start() < verb || verbFirst && p.start() == verb))
                .map(p -> frame.phrase().plus(agreeingInversion(core.replace(p.start(), p.end(), x),
                        phrases.agreement(x))));
    }

    /**
     * « -t-il » becomes « -t-elle » after a feminine subject put in place of a masculine one, and a
     * participle after « été » agrees (« a-t-il été créé » → « a-t-elle été créée »).
     */
    private static Words agreeingInversion(Words w, Agreement agreement) {
        Words out = invertedPronoun(w, agreement);
        if (out == w || agreement != Agreement.FEMININE && agreement != Agreement.MASCULINE) {
            return out;
        }
        for (int i = 1; i < out.size(); i++) {
            String typed = out.get(i).typed();
            if (!out.key(i - 1).equals("ete")) {
                continue;
            }
            if (agreement == Agreement.FEMININE && typed.endsWith("é")) {
                return out.replace(i, i + 1, Words.of(List.of(Words.Word.of(typed + "e"))));
            }
            if (agreement == Agreement.MASCULINE && typed.endsWith("ée")) {
                return out.replace(i, i + 1, Words.of(List.of(Words.Word.of(typed.substring(0, typed.length() - 1)))));
            }
        }
        return out;
    }

    /** The auxiliary or copula in the plural: « a » → « ont », « est » → « sont ». */
    private static final java.util.Map<String, String> PLURAL_VERBS = java.util.Map.of("a", "ont", "est", "sont",
            "avait", "avaient", "etait", "étaient", "sera", "seront", "va", "vont", "doit", "doivent", "peut", "peuvent");

    private static Words invertedPronoun(Words w, Agreement agreement) {
        String pronoun = switch (agreement) {
            case FEMININE -> "elle";
            case MASCULINE -> "il";
            case PLURAL -> "ils";
            default -> "";
        };
        for (int i = 0; i < w.size() && !pronoun.isEmpty(); i++) {
            String k = w.key(i);
            if (Set.of("-t-il", "-t-elle", "-il", "-elle", "-ils", "-elles").contains(k)) {
                String link = k.startsWith("-t-") && !pronoun.endsWith("s") ? "-t-" : "-";
                Words out = w.replace(i, i + 1, Words.of(List.of(Words.Word.of(link + pronoun))));
                String plural = PLURAL_VERBS.get(w.key(i - 1));
                if (agreement == Agreement.PLURAL && plural != null) {
                    out = out.replace(i - 1, i, Words.of(List.of(Words.Word.of(plural)))); // « a-t-il » → « ont-ils »
                }
                return out;
            }
        }
        return w;
    }

    /** Nouns of people: the list of kinds, or a French ending of agents (« trésorier », « directrice », « juriste »). */
    static boolean person(Words.Word w) {
        String k = w.key();
        if (FunctionWords.function(k)) {
            return false; // « combien » ends as « musicien » does
        }
        int hyphen = k.lastIndexOf('-');
        if (hyphen > 0 && hyphen < k.length() - 3 && person(Words.Word.of(w.typed().substring(hyphen + 1)))) {
            return true; // « vice-ministre », « ex-président »
        }
        return NOUNS.typeOf(k).filter(t -> t == AnswerType.PERSON).isPresent()
                || PERSON_ENDING.matcher(k).matches() && !THING_ENDING.matcher(k).matches() && !THINGS.contains(k);
    }

    /** Endings of things among those of agents: « gouvernement », « moment ». */
    private static final java.util.regex.Pattern THING_ENDING = java.util.regex.Pattern.compile(".+ments?");
    /** Things with an agent's ending: « le salaire », « l'affaire », « le montant ». */
    private static final Set<String> THINGS = Set.of("salaire", "salaires", "affaire", "affaires", "anniversaire",
            "commentaire", "commentaires", "horaire", "horaires", "formulaire", "inventaire", "itineraire", "dictionnaire",
            "questionnaire", "vocabulaire", "montant", "montants", "restaurant", "instant", "accident", "argent", "couloir",
            "territoire", "histoire", "memoire", "victoire", "gloire", "budgetaire", "calendrier", "quartier", "dossier",
            "papier", "courrier", "metier", "chantier", "sentier", "palais", "relais", "mois", "bois",
            "choix", "fois", "hauteur", "longueur", "largeur", "valeur", "couleur", "erreur", "rumeur", "humeur", "odeur",
            "honneur", "bonheur", "malheur", "moteur", "secteur", "capteur", "ordinateur", "ascenseur", "heure", "heures",
            "seuil", "interieur", "exterieur", "niveau", "talent");

    private static final java.util.regex.Pattern PERSON_ENDING = java.util.regex.Pattern.compile(
            ".{3,}(ier|iere|eur|euse|rice|iste|ien|ienne|aire|ant|ante|ent|ente|ais|aise|ois|oise)s?");

    /** « Durand » for the first name of the last question. */
    private Optional<Words> bareName(Words q, List<NounPhrases.Phrase> found, Words x) {
        if (!x.list().stream().allMatch(phrases::nameLike)) {
            return Optional.empty();
        }
        return found.stream().filter(NounPhrases.Phrase::name).findFirst()
                .map(p -> q.replace(p.start(), p.end(), x));
    }

    /** The preposition and phrase of a complement, as {@code [start, end)}, or null. */
    static int[] complementSpan(Words q, List<NounPhrases.Phrase> found, NounPhrases.Phrase p) {
        String before = q.key(p.start() - 1);
        if (p.start() > 0 && FunctionWords.preposition(q, p.start() - 1) && !FunctionWords.determiner(before)) {
            return new int[] {p.start() - 1, p.end()};
        }
        String det = q.key(p.start());
        boolean nested = found.stream().anyMatch(o -> o != p && o.start() < p.start() && o.end() >= p.end());
        if (p.determined() && (det.equals("au") || det.equals("aux") || nested && (det.equals("du") || det.equals("des")))) {
            return new int[] {p.start(), p.end()};
        }
        return null;
    }

    /** « a », « au », « en », « dans »… are one kind (places); « de », « du », « des » another; others themselves. */
    private static String prepositionKind(String key) {
        if (FunctionWords.LOCATIVE.contains(key)) {
            return "locative";
        }
        return FunctionWords.OF.contains(key) ? "of" : key;
    }
}
