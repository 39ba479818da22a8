package org.citebot.chat.followup;

import java.util.Optional;
import java.util.Set;
import org.citebot.chat.followup.FunctionWords.Agreement;
import org.citebot.question.TypedNouns;

/**
 * A question split into its question phrase (« combien de pompiers », « par qui », « quand »)
 * and the rest, its core (« l'Agence a-t-elle expulsés en 2018 »), with the role the question
 * phrase plays there: a follow-up keeps the core and puts another question word in front, the
 * previous answer taking the old question phrase's place when it was the subject or an object
 * (« qui a signé ? » → « Anne Martin » → « quand ? » → « quand Anne Martin a signé ? »).
 *
 * @param phrase    the question phrase as typed, without « est-ce que »
 * @param kind      what it asks for
 * @param role      the part it plays in the core
 * @param core      the question without its question phrase
 * @param at        where in the core the question phrase stood
 * @param noun      the noun the question phrase names (« pompiers volontaires » in « combien de
 *                  pompiers volontaires »), possibly empty
 * @param agreement gender and number of that noun, from « quel / quelle »
 */
record QuestionFrame(Words phrase, Kind kind, Role role, Words core, int at, Words noun, Agreement agreement) {

    /** What a question phrase asks for. */
    enum Kind { PERSON, THING, QUANTITY, DATE, PLACE, REASON, MANNER, CHOICE, YESNO }

    /** The part a question phrase plays in its clause. */
    enum Role {
        /** « qui a signé » */
        SUBJECT,
        /** « qui est le maire » : the answer is the subject, the phrase the predicate */
        PREDICATE,
        /** « qui Anne a-t-elle rencontré », « que dit-il » */
        OBJECT,
        /** « par qui », « avec qui », « à combien de » */
        PREPOSITIONAL,
        /** « quand », « où », « pourquoi », « comment »: no answer takes its place */
        ADVERBIAL,
        /** « il a rencontré qui », « elle compte combien de membres » */
        IN_SITU,
        /** no question word */
        NONE
    }

    private static final TypedNouns NOUNS = TypedNouns.load();
    private static final Set<String> CLAUSE_STARTERS = Set.of("se", "s'", "ne", "n'", "y", "en", "lui", "leur",
            "l'", "le", "la", "les", "me", "m'", "nous", "vous");

    /** Reads {@code w}, a question without its final « ? ». */
    static QuestionFrame of(Words w) {
        if (w.key(0).equals("c'") && w.key(1).equals("est") && Set.of("qui", "quoi").contains(w.key(2))) {
            Kind kind = w.key(2).equals("qui") ? Kind.PERSON : Kind.THING;
            Words core = Words.of("est").plus(w.from(3));
            return new QuestionFrame(w.sub(0, 3), kind, Role.PREDICATE, core, 0, Words.of(""), Agreement.UNKNOWN);
        }
        if (w.key(0).equals("est") && w.key(1).equals("-ce") && w.key(2).startsWith("qu")) {
            return new QuestionFrame(w.sub(0, 3), Kind.YESNO, Role.NONE, w.from(3), 0, Words.of(""), Agreement.UNKNOWN);
        }
        return fronted(w).or(() -> inSitu(w)).orElseGet(() -> new QuestionFrame(Words.of(""),
                Kind.YESNO, Role.NONE, w, 0, Words.of(""), Agreement.UNKNOWN));
    }

    /** The answer's place: where in the core a filler goes, or -1 when the phrase was adverbial. */
    int fillAt() {
        return switch (role) {
            case SUBJECT, PREDICATE -> 0;
            case IN_SITU -> at;
            case OBJECT -> afterVerb(core);
            case PREPOSITIONAL -> core.size();
            case ADVERBIAL, NONE -> -1;
        };
    }

    /** Most words that may lead into a question phrase: « dans le cadre de », « en réponse à ». */
    private static final int LEAD_IN_MAX = 3;

    /**
     * {@code message} (the words this frame was read from) when it is only a question phrase naming
     * a noun of its own and the prepositional words leading into it: a preposition opens it, no
     * verb, nothing after the phrase (« dans le cadre de quelle affaire », « avec quelle
     * explication »). Such a phrase is an adjunct looking for a clause: it asks about the last
     * question's, and the whole of it is the question phrase put in front of that clause. Not for
     * a noun that only names the kind of answer (« au bout de combien de temps », « à partir de
     * quelle date ») nor for none (« à la demande de qui »): read so, an unanswerable held-out
     * follow-up was answered (docs/EXPERIMENTS.md, session 17).
     */
    Optional<Words> ledIn(Words message) {
        if (phrase.isEmpty() || noun.isEmpty() || kindNoun(noun.key(0)) || !FunctionWords.preposition(message, 0)
                || at != core.size() || core.size() > LEAD_IN_MAX || core.list().stream().anyMatch(FunctionWords::verb)) {
            return Optional.empty();
        }
        return Optional.of(message);
    }

    /** The preposition in front of the question phrase (« par » in « par qui »), or "". */
    String preposition() {
        return !phrase.isEmpty() && FunctionWords.preposition(phrase.key(0)) ? phrase.get(0).typed() : "";
    }

    /** The index after the first verb group of {@code w} (auxiliary, inversion, participles), or its size. */
    static int afterVerb(Words w) {
        int i = 0;
        while (i < w.size() && !FunctionWords.verb(w.get(i))) {
            i++;
        }
        if (i == w.size()) {
            return w.size();
        }
        i++;
        while (i < w.size() && (w.get(i).inversion() || w.key(i).equals("pas")
                || FunctionWords.verb(w.get(i)) && !FunctionWords.FINITE.contains(w.key(i)))) {
            i++;
        }
        return i;
    }

    private static Optional<QuestionFrame> fronted(Words w) {
        int p = 0;
        // « qu'est-ce que / qu'est-ce qui »
        if (w.key(0).equals("qu'") && w.key(1).equals("est") && w.key(2).equals("-ce")) {
            boolean subject = w.key(3).equals("qui");
            Words core = w.from(4);
            return Optional.of(new QuestionFrame(w.sub(0, 4), Kind.THING, subject ? Role.SUBJECT : Role.OBJECT,
                    core, 0, Words.of(""), Agreement.UNKNOWN));
        }
        if (FunctionWords.preposition(w, 0) && wordOpens(w, 1)) {
            p = 1;
        } else if (w.key(0).equals("a") && w.key(1).equals("partir") && w.key(2).equals("de") && w.key(3).equals("quand")) {
            return Optional.of(frame(w, 0, 4, Kind.DATE, Role.ADVERBIAL, Words.of(""), Agreement.UNKNOWN));
        } else if (w.key(0).equals("jusqu'") && w.key(1).equals("a") && w.key(2).equals("quand")
                || w.key(0).equals("d'") && w.key(1).equals("ici") && w.key(2).equals("quand")) {
            return Optional.of(frame(w, 0, 3, Kind.DATE, Role.ADVERBIAL, Words.of(""), Agreement.UNKNOWN));
        }
        if (!wordOpens(w, p)) {
            return Optional.empty();
        }
        return Optional.of(phraseAt(w, 0, p, true));
    }

    /** Whether word {@code i} can open a question phrase. */
    private static boolean wordOpens(Words w, int i) {
        String k = w.key(i);
        return FunctionWords.QUESTION_WORDS.contains(k) && !(k.equals("ou") && !w.get(i).typed().contains("ù") && i > 0
                && !w.key(i - 1).equals("d'") && !w.key(i - 1).equals("par"));
    }

    /**
     * The frame whose question phrase starts at {@code start} (its preposition, if any) and whose
     * question word is at {@code q}.
     */
    private static QuestionFrame phraseAt(Words w, int start, int q, boolean front) {
        String k = w.key(q);
        boolean prep = q > start;
        int end = q + 1;
        Kind kind;
        Words noun = Words.of("");
        Agreement agreement = Agreement.UNKNOWN;
        switch (k) {
            case "quand" -> kind = Kind.DATE;
            case "ou" -> kind = Kind.PLACE;
            case "pourquoi" -> kind = Kind.REASON;
            case "comment" -> kind = Kind.MANNER;
            case "qui" -> kind = Kind.PERSON;
            case "que", "qu'", "quoi" -> kind = Kind.THING;
            case "combien" -> {
                kind = Kind.QUANTITY;
                int n = end;
                while (Set.of("y", "a", "-t-il", "il", "avait", "-il").contains(w.key(n)) && n - end < 3) {
                    n++;
                }
                if (FunctionWords.OF.contains(w.key(n)) && n + 1 < w.size() && NounPhrases.nominal(w.get(n + 1))) {
                    int e = n + 2;
                    while (e < w.size() && NounPhrases.nominal(w.get(e)) && e - n < 4) {
                        e++;
                    }
                    noun = w.sub(n + 1, e);
                    agreement = Agreement.PLURAL;
                    end = e;
                }
            }
            default -> { // quel, quelle…
                kind = Kind.CHOICE;
                agreement = FunctionWords.DETERMINERS.getOrDefault(k.endsWith("s") ? "les"
                        : k.endsWith("le") ? "la" : "le", Agreement.UNKNOWN);
                if (front && FunctionWords.COPULAS.contains(w.key(end))) {
                    // « quel est le budget de l'Agence »: the answer is the subject of « est »
                    return new QuestionFrame(w.sub(start, end), kind, Role.PREDICATE, w.from(end), 0, noun, agreement);
                }
                int e = end;
                while (e < w.size() && NounPhrases.nominal(w.get(e)) && !w.get(e).number()
                        && !QuotedFacts.NUMBER_WORDS.contains(w.key(e)) && e - end < 2) {
                    e++;
                }
                // « quelle agence de presse »: a bare « de » and a common noun belong to the noun
                if (e > end && (w.key(e).equals("de") || w.key(e).equals("d'")) && e + 1 < w.size()
                        && NounPhrases.nominal(w.get(e + 1)) && !FunctionWords.determiner(w.key(e + 1))
                        && Character.isLowerCase(w.get(e + 1).typed().charAt(0))) {
                    e += 2;
                } else if (e > end && front) {
                    e = ownComplement(w, e);
                }
                noun = w.sub(end, e);
                end = e;
                kind = noun.isEmpty() ? kind : typed(noun.key(0));
            }
        }
        // « quel pays a suspendu… »: a place or date noun before its verb is the subject, not « où »
        boolean nounSubject = front && !prep && !noun.isEmpty() && end < w.size()
                && (FunctionWords.verb(w.get(end)) && !NounPhrases.nominal(w.get(end)) || w.get(end).inversion());
        if ((kind == Kind.DATE || kind == Kind.PLACE || kind == Kind.REASON || kind == Kind.MANNER) && !nounSubject) {
            end = estCeQue(w, end);
            return frame(w, start, end, kind, Role.ADVERBIAL, noun, agreement);
        }
        if (front && k.equals("qui") && FunctionWords.COPULAS.contains(w.key(end))) {
            return frame(w, start, end, kind, Role.PREDICATE, noun, agreement);
        }
        end = estCeQue(w, end);
        Role role;
        if (!front) {
            role = Role.IN_SITU;
        } else if (prep) {
            role = Role.PREPOSITIONAL;
        } else if (k.equals("que") || k.equals("qu'") || k.equals("quoi")) {
            role = Role.OBJECT;
        } else {
            Words.Word next = end < w.size() ? w.get(end) : Words.Word.of("");
            boolean clitic = CLAUSE_STARTERS.contains(next.key()) && (!FunctionWords.determiner(next.key())
                    || FunctionWords.FINITE.contains(w.key(end + 1)));
            boolean verbNext = FunctionWords.verb(next) || clitic || next.inversion();
            role = verbNext ? Role.SUBJECT : Role.OBJECT;
        }
        return frame(w, start, end, kind, role, noun, agreement);
    }

    /**
     * The end of a « de » complement with its article after a question phrase's noun (« quelle
     * délégation de la fédération », « quel jour de la semaine », « quel membre du bureau »), or {@code e}.
     */
    private static int ownComplement(Words w, int e) {
        String of = w.key(e);
        int noun;
        if ((of.equals("de") || of.equals("d'")) && Set.of("l'", "la", "le", "les").contains(w.key(e + 1))) {
            noun = e + 2;
        } else if (of.equals("du") || of.equals("des")) {
            noun = e + 1;
        } else {
            return e;
        }
        if (noun >= w.size() || !NounPhrases.nominal(w.get(noun)) || FunctionWords.verb(w.get(noun)) && !NounPhrases.nominal(w.get(noun))) {
            return e;
        }
        return noun + 1;
    }

    /** What « combien de » measures rather than counts things: « depuis combien de temps ? », « combien de fois ? ». */
    static final Set<String> MEASURES = Set.of("temps", "fois", "semaine", "semaines", "minute", "minutes");

    /** Whether a noun only says what kind of answer is asked (« année », « ville », « personne »). */
    static boolean kindNoun(String key) {
        return MEASURES.contains(key) || NOUNS.typeOf(key).isPresent() || typed(key) == Kind.REASON || typed(key) == Kind.MANNER
                || TOPICS.contains(key);
    }

    /** Nouns of « à quel sujet ? », « à quel propos ? »: what something was about, no noun of its own. */
    static final Set<String> TOPICS = Set.of("sujet", "propos", "theme", "occasion");

    /** The kind a « quel » noun asks for: « quelle année » a date, « quel pays » a place. */
    private static Kind typed(String noun) {
        if (Set.of("raison", "raisons", "motif", "motifs", "cause", "causes", "but", "buts", "objectif", "objectifs")
                .contains(noun)) {
            return Kind.REASON;
        }
        if (Set.of("facon", "maniere").contains(noun)) {
            return Kind.MANNER;
        }
        return NOUNS.typeOf(noun).map(t -> switch (t) {
            case DATE -> Kind.DATE;
            case PLACE -> Kind.PLACE;
            case PERSON -> Kind.PERSON;
            case QUANTITY -> Kind.QUANTITY;
            default -> Kind.CHOICE;
        }).orElse(Kind.CHOICE);
    }

    private static int estCeQue(Words w, int end) {
        if (w.key(end).equals("est") && w.key(end + 1).equals("-ce") && Set.of("que", "qu'", "qui").contains(w.key(end + 2))) {
            return end + 3;
        }
        return end;
    }

    private static QuestionFrame frame(Words w, int start, int end, Kind kind, Role role, Words noun, Agreement agreement) {
        Words core = w.sub(0, start).plus(w.from(end));
        return new QuestionFrame(w.sub(start, end), kind, role, core, start, noun, agreement);
    }

    /** A question phrase inside the clause: « il a dit quoi », « elle compte combien de membres ». */
    private static Optional<QuestionFrame> inSitu(Words w) {
        for (int i = 1; i < w.size(); i++) {
            String k = w.key(i);
            if (!wordOpens(w, i) && !(k.equals("ou") && w.get(i).typed().contains("ù"))) {
                continue;
            }
            boolean relative = (k.equals("qui") || k.equals("que") || k.equals("qu'"))
                    && i + 1 < w.size() && !FunctionWords.preposition(w.key(i + 1));
            if (relative) {
                continue; // « la personne qui a signé »
            }
            int start = FunctionWords.preposition(w, i - 1) ? i - 1 : i;
            return Optional.of(phraseAt(w, start, i, false));
        }
        return Optional.empty();
    }
}
