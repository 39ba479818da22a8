package org.citebot.chat.followup;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.citebot.chat.followup.FunctionWords.Agreement;
import org.citebot.question.AnswerType;

/**
 * A bare question word: « pourquoi ? », « c'était quand ? », « combien ? », « par qui ? » ask
 * the last question again with that question word, the last answer in the place of the old
 * question phrase when it was the subject or an object (« qui a signé ? » → « Anne Martin » →
 * « quand ? » → « quand Anne Martin a signé ? »).
 */
final class AnswerSlots {

    private static final Set<String> NUMBER_WORDS = Set.of("un", "une", "deux", "trois", "quatre", "cinq", "six", "sept",
            "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "trente",
            "quarante", "cinquante", "soixante", "cent", "cents", "mille", "million", "millions");

    private final NounPhrases phrases;

    AnswerSlots(NounPhrases phrases) {
        this.phrases = phrases;
    }

    Optional<Rewritten> questionWord(Words q, Words m, Previous previous) {
        QuestionFrame asked = QuestionFrame.of(m);
        long said = asked.core().list().stream().filter(w -> !IDENTITY_FILLERS.contains(w.key())).count();
        boolean identity = asked.role() == QuestionFrame.Role.PREDICATE && said == 0
                || m.key(0).equals("qui") && (m.key(1).equals("c'") || m.key(1).equals("est") && m.key(2).equals("-ce"))
                || m.size() == 2 && m.key(0).equals("qui") && (m.key(1).equals("ca") || m.key(1).equals("cela"));
        if (identity) {
            // « c'est qui ? » after a name: who that is; after no name, a question of its own
            return identified(q, previous).map(who -> new Rewritten(Words.of(asked.kind() == QuestionFrame.Kind.THING
                    ? "qu'est-ce que" : "qui est").plus(who), List.of()));
        }
        QuestionFrame last = QuestionFrame.of(q);
        // « dans le cadre de quelle affaire ? »: the words leading in are part of the question phrase,
        // and its noun is the one thing the user said (the answer has to be about it)
        Optional<Words> ledIn = asked.ledIn(m);
        Words phrase = ledIn.orElse(asked.phrase());
        List<String> own = ledIn.isPresent() ? FunctionWords.content(asked.noun()) : List.of();
        if (asked.kind() == last.kind() && SAME_ASKED.contains(last.kind()) && last.role() != QuestionFrame.Role.NONE) {
            // « combien exactement ? » after « combien… »: the same question; « et combien de pompiers ? »
            // after « combien de postes… »: the same question about other things, no answer filled in
            // « d'ici quand ? » after « quand… »: a phrase of several words without a noun asks otherwise
            boolean otherPhrase = asked.noun().isEmpty() && asked.phrase().size() > 1 && last.noun().isEmpty()
                    && !asked.phrase().text().equals(last.phrase().text());
            return Optional.of(new Rewritten(asked.noun().isEmpty() && !otherPhrase ? q : last.core().insert(Math.min(last.at(),
                    last.core().size()), phrase), List.of()));
        }
        Words core = filledCore(last, previous);
        if (core.equals(last.core()) && last.role() == QuestionFrame.Role.SUBJECT && last.kind() == QuestionFrame.Kind.PERSON
                && last.noun().isEmpty() && !core.isEmpty() && FunctionWords.verb(core.get(0))) {
            // « qui a annoncé la suspension ? » unanswered, then « où ? »: « où est-ce qu'on a annoncé… »
            core = Words.of("est-ce qu'on").plus(core);
        }
        if (asked.kind() == QuestionFrame.Kind.QUANTITY && asked.noun().isEmpty()) {
            for (NounPhrases.Phrase p : phrases.of(core)) {
                if (p.determined() && p.agreement() == Agreement.PLURAL && !p.name()) {
                    Words counted = Words.of("combien").plus(Elisions.contract(Words.of("de").plus(core.sub(p.head(), p.end()))));
                    return Optional.of(new Rewritten(core.replace(p.start(), p.end(), counted), List.of()));
                }
            }
        }
        return Optional.of(new Rewritten(phrase.plus(core), own));
    }

    /** Kinds a follow-up may ask again of the same question (« quand exactement ? », « et combien de X ? »). */
    private static final Set<QuestionFrame.Kind> SAME_ASKED = Set.of(QuestionFrame.Kind.QUANTITY, QuestionFrame.Kind.DATE,
            QuestionFrame.Kind.PLACE, QuestionFrame.Kind.PERSON, QuestionFrame.Kind.REASON, QuestionFrame.Kind.MANNER);

    /** What may stand beside « c'est qui » without naming anything: « c'est qui exactement ? ». */
    private static final Set<String> IDENTITY_FILLERS = Set.of("est", "etait", "exactement", "precisement", "donc",
            "alors", "au", "juste", "ca", "cela", "lui", "elle", "ce", "-ce", "celui-la", "celle-la", "encore");

    /**
     * Whom « c'est qui ? » asks about: the name answered when a person or a body was asked for,
     * else the one name of the last question (« quand Anne Martin a-t-elle signé ? » → « 3 mai »
     * → « c'est qui ? » is about Anne Martin, not about the date).
     */
    private Optional<Words> identified(Words q, Previous previous) {
        boolean entity = previous.type() == AnswerType.PERSON || previous.type() == AnswerType.ORGANIZATION
                || QuestionFrame.of(q).kind() == QuestionFrame.Kind.PERSON;
        if (previous.fact().isPresent() && entity) {
            return previous.fact().map(Words::of);
        }
        List<NounPhrases.Phrase> names = phrases.of(q).stream().filter(NounPhrases.Phrase::name).toList();
        if (names.size() == 1) {
            return Optional.of(names.get(0).in(q)); // two names: which one is asked about is a guess
        }
        return Optional.empty();
    }

    /** The core of a question with the last answer in the question phrase's place. */
    Words filledCore(QuestionFrame frame, Previous previous) {
        Words core = frame.core();
        int at = frame.fillAt();
        Words fill = filler(frame, previous);
        boolean placeNamed = frame.role() == QuestionFrame.Role.ADVERBIAL && frame.kind() == QuestionFrame.Kind.PLACE
                && !frame.noun().isEmpty() && !frame.preposition().isEmpty() && previous.fact().isPresent();
        if (placeNamed && !fill.isEmpty()) {
            // « sur quel pays l'Agence se concentre-t-elle ? » → « la Chine » → « depuis quand ? »: the
            // place answered is what the clause is about (« … se concentre sur la Chine »), kept with its preposition
            return core.plus(Elisions.contract(Words.of(frame.preposition()).plus(fill)));
        }
        if (at < 0 || fill.isEmpty()) {
            return core;
        }
        if (frame.role() == QuestionFrame.Role.PREPOSITIONAL) {
            return core.plus(Elisions.contract(Words.of(frame.preposition()).plus(fill)));
        }
        if (frame.role() == QuestionFrame.Role.IN_SITU && !frame.preposition().isEmpty()) {
            fill = Elisions.contract(Words.of(frame.preposition()).plus(fill));
        }
        return core.insert(Math.min(at, core.size()), fill);
    }

    /**
     * What takes the question phrase's place: the fact answered, or, when declined, « les
     * pompiers » for « combien de pompiers », « cela » for « quoi ».
     */
    private static Words filler(QuestionFrame frame, Previous previous) {
        Words noun = frame.noun();
        if (previous.fact().isPresent()) {
            Words fact = Words.of(previous.fact().get());
            if (frame.kind() != QuestionFrame.Kind.QUANTITY || noun.isEmpty() || fact.isEmpty()) {
                return fact;
            }
            // « 8 nouveaux pompiers » for « combien de pompiers volontaires »: the number, the question's noun
            int last = fact.size() - 1;
            while (last >= 0 && !number(fact.get(last))) {
                last--;
            }
            boolean range = fact.key(0).equals("de") && last > 0 && fact.key(last - 1).equals("a");
            int at = range ? last : number(fact.get(0)) ? 0 : -1;
            if (at >= 0) {
                return fact.sub(at, at + 1).plus(noun);
            }
            boolean named = fact.list().stream().anyMatch(w -> stem(w.key()).equals(stem(noun.key(0))));
            return named ? fact : fact.plus(noun);
        }
        if (!noun.isEmpty() && !QuestionFrame.MEASURES.contains(noun.key(0))) {
            return Words.of(FunctionWords.definite(frame.agreement(), noun.get(0).typed())).plus(noun);
        }
        if (frame.kind() == QuestionFrame.Kind.THING
                && (frame.role() == QuestionFrame.Role.OBJECT || frame.role() == QuestionFrame.Role.IN_SITU)) {
            return Words.of("cela"); // « Anne Martin a dit quoi ? » unanswered, then « quand ? »: « … a dit cela »
        }
        return Words.of("");
    }

    private static boolean number(Words.Word w) {
        return w.number() || NUMBER_WORDS.contains(w.key());
    }

    private static String stem(String key) {
        return key.length() > 4 ? key.substring(0, key.length() - 2) : key;
    }
}
