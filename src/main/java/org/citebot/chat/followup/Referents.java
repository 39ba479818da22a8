package org.citebot.chat.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.citebot.chat.followup.FunctionWords.Agreement;
import org.citebot.question.AnswerType;

/**
 * Who or what a pronoun of a follow-up stands for, among the last exchange's answer and the
 * noun phrases of its question: « il a dit quoi ? » after « qui est le porte-parole de la
 * mairie ? » is the name answered; « elle compte combien d'élèves ? » after « où se trouve
 * l'école Jean-Moulin ? » is the school, the question's subject. Candidates are tried in that
 * order (answer, names of people, subject, other phrases) and must agree with the pronoun in
 * gender and number (« la porte-parole » makes the name answered feminine).
 */
final class Referents {

    /**
     * A candidate referent: its words, its gender and number, and whether it is a name of place
     * (« Lyon » in « la piscine à Lyon »), which no person pronoun of a birth or a post stands for.
     */
    record Referent(Words words, Agreement agreement, boolean place) {

        Referent(Words words, Agreement agreement) {
            this(words, agreement, false);
        }
    }

    private final NounPhrases phrases;

    Referents(NounPhrases phrases) {
        this.phrases = phrases;
    }

    /** The candidates of the last exchange, most likely first. */
    List<Referent> candidates(Previous previous, QuestionFrame frame) {
        List<Referent> out = new ArrayList<>();
        Words core = frame.core();
        List<NounPhrases.Phrase> found = phrases.of(core);
        boolean entityAsked = previous.type() == AnswerType.PERSON || previous.type() == AnswerType.ORGANIZATION
                || frame.kind() == QuestionFrame.Kind.PERSON;
        // « qui est Anne Martin ? » → « maire de Lyon » → « il a dit quoi ? »: Anne Martin, not the description
        boolean identity = frame.role() == QuestionFrame.Role.PREDICATE && frame.kind() == QuestionFrame.Kind.PERSON
                && !found.isEmpty() && found.get(0).name() && found.get(0).start() <= 1 && found.get(0).end() == core.size();
        if (previous.fact().isPresent() && entityAsked && !identity) {
            out.add(new Referent(Words.of(previous.fact().get()), answerAgreement(frame, found)));
        }
        // « combien de pompiers… » → « ils »: the firemen; « quel âge a X » → « il »: X, never the age
        boolean measure = frame.phrase().key(0).startsWith("quel")
                && (frame.kind() == QuestionFrame.Kind.QUANTITY || frame.kind() == QuestionFrame.Kind.DATE);
        if (!frame.noun().isEmpty() && !measure && (frame.role() == QuestionFrame.Role.SUBJECT
                || frame.kind() == QuestionFrame.Kind.QUANTITY)) {
            Words noun = frame.noun();
            out.add(new Referent(Words.of(FunctionWords.definite(frame.agreement(), noun.get(0).typed()))
                    .plus(noun), frame.agreement()));
        }
        // people's names before other phrases: « il », « elle » in a chat are mostly people; a name
        // after « à », « en » (« la piscine de l'Agence à Lyon ») is a place, taken up by « y » or « là »
        found.stream().filter(p -> p.name() && !phrases.placeName(core, p)).forEach(p -> out.add(referent(phrases, core, p, found)));
        subject(core, found).filter(Referents::referential).ifPresent(p -> out.add(referent(phrases, core, p, found)));
        for (boolean outer : new boolean[] {true, false}) { // whole phrases first, then their complements
            for (NounPhrases.Phrase p : found) {
                if (outer(p, found) == outer && referential(p)) {
                    Referent r = referent(phrases, core, p, found);
                    if (out.stream().noneMatch(o -> o.words().text().equals(r.words().text()))) {
                        out.add(r);
                    }
                }
            }
        }
        return out;
    }

    /** The first candidate that agrees with {@code agreement} and is not {@code except}. */
    static Optional<Referent> agreeing(List<Referent> candidates, Agreement agreement, Optional<Referent> except) {
        return candidates.stream()
                .filter(r -> except.map(e -> !e.words().text().equals(r.words().text())).orElse(true))
                .filter(r -> r.agreement().agrees(agreement)).findFirst();
    }

    /** « X et Y »: the first two names (or singular phrases) together, for « ils » when no plural stands. */
    static Optional<Referent> coordinated(List<Referent> candidates) {
        List<Referent> single = new ArrayList<>();
        for (Referent r : candidates) {
            boolean overlaps = single.stream().anyMatch(s -> s.words().list().stream()
                    .anyMatch(w -> !FunctionWords.function(w.key()) && r.words().indexOf(w.key()) >= 0));
            if (r.agreement() != Agreement.PLURAL && !overlaps && single.size() < 2) {
                single.add(r);
            }
        }
        if (single.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new Referent(single.get(0).words().plus(Words.of("et")).plus(single.get(1).words()),
                Agreement.PLURAL));
    }

    /** The answer's gender: that of the role asked about (« qui est la porte-parole »), else unknown. */
    private static Agreement answerAgreement(QuestionFrame frame, List<NounPhrases.Phrase> found) {
        if (frame.role() == QuestionFrame.Role.PREDICATE && !found.isEmpty() && found.get(0).start() <= 1) {
            return found.get(0).agreement();
        }
        if (frame.agreement() != Agreement.UNKNOWN) {
            return frame.agreement();
        }
        return Agreement.SINGULAR;
    }

    /**
     * The subject of a core: the phrase before its verb, or, when the verb comes first
     * (« où se trouve l'école »), the phrase after it.
     */
    static Optional<NounPhrases.Phrase> subject(Words core, List<NounPhrases.Phrase> found) {
        if (found.isEmpty()) {
            return Optional.empty();
        }
        int verb = QuestionFrame.afterVerb(core);
        NounPhrases.Phrase first = found.get(0);
        if (first.start() < verb) {
            return Optional.of(first);
        }
        return found.stream().filter(p -> p.start() >= verb).findFirst();
    }

    /**
     * Whether a phrase can stand for something a pronoun takes up: a name or a phrase with a
     * determiner; a bare noun complement (« le titre de délégué », « un bureau d'études ») names a
     * kind, not someone or something.
     */
    private static boolean referential(NounPhrases.Phrase p) {
        return p.name() || p.determined();
    }

    private static boolean outer(NounPhrases.Phrase p, List<NounPhrases.Phrase> all) {
        return all.stream().noneMatch(o -> o != p && o.start() <= p.start() && o.end() >= p.end()
                && (o.start() < p.start() || o.end() > p.end()));
    }

    /**
     * A phrase's words with a definite determiner and its prepositional complements
     * ({@link NounPhrases#extent}): « des pompiers » becomes « les pompiers ».
     */
    static Words definiteForm(NounPhrases phrases, Words core, NounPhrases.Phrase p, List<NounPhrases.Phrase> found) {
        return referent(phrases, core, p, found).words();
    }

    /**
     * A phrase as a referent, whole with its prepositional complements (« la piscine de l'Agence à
     * Lyon »): « des pompiers » becomes « les pompiers », « du Sénat » « le Sénat ».
     */
    private static Referent referent(NounPhrases phrases, Words core, NounPhrases.Phrase p,
                                     List<NounPhrases.Phrase> found) {
        Words words = core.sub(p.start(), phrases.extent(core, p, found));
        if (p.determined()) {
            String det = core.key(p.start());
            String definite = switch (det) {
                case "des", "aux" -> "les";
                case "du", "au", "un" -> FunctionWords.definite(Agreement.MASCULINE, core.get(p.head()).typed());
                case "une" -> FunctionWords.definite(Agreement.FEMININE, core.get(p.head()).typed());
                default -> null;
            };
            if (definite != null) {
                words = Words.of(definite).plus(words.from(1));
            }
        }
        return new Referent(words, p.agreement(), phrases.placeName(core, p));
    }
}
