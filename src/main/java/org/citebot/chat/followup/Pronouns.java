package org.citebot.chat.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.citebot.chat.followup.FunctionWords.Agreement;
import org.citebot.text.FrenchLexicon;

/**
 * Pronouns with nothing in the message to stand for: « il a dit quoi ? », « elle est où ? »,
 * « il lui a dit quoi ? », « qui l'a annoncé ? », « c'est quoi son rôle ? » get the referent
 * {@link Referents} finds in the last exchange in their place, in French word order.
 */
final class Pronouns {

    private static final Set<String> CLITICS = Set.of("l'", "le", "la", "les", "lui", "leur", "y", "en", "se", "s'",
            "ne", "n'", "me", "m'", "te", "t'", "nous", "vous");
    private static final Set<String> OBJECT_CLITICS = Set.of("l'", "le", "la", "les");
    static final Set<String> POSSESSIVES = FrenchLexicon.THIRD_PERSON_POSSESSIVES;
    private static final Set<String> INVERTED = Set.of("-t-il", "-il", "-t-elle", "-elle", "-t-ils", "-ils", "-t-elles",
            "-elles");

    private final NounPhrases phrases;
    private final Referents referents;
    private final AnswerSlots slots;

    Pronouns(NounPhrases phrases, Referents referents, AnswerSlots slots) {
        this.phrases = phrases;
        this.referents = referents;
        this.slots = slots;
    }

    /** The first pronoun of {@code m} that nothing in {@code m} stands for. */
    Optional<Integer> pronoun(Words m) {
        List<Integer> all = pronouns(m);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Whether {@code m} has a personal subject pronoun (« il », « -t-elle ») that nothing in it stands for. */
    boolean subjectPronoun(Words m) {
        return pronouns(m).stream().anyMatch(i -> FunctionWords.SUBJECT_PRONOUNS.containsKey(m.key(i))
                || INVERTED.contains(m.key(i)));
    }

    /** The pronouns of {@code m} that nothing in {@code m} stands for, in order. */
    private List<Integer> pronouns(Words m) {
        List<NounPhrases.Phrase> found = phrases.of(m);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
            String k = m.key(i);
            if (FunctionWords.SUBJECT_PRONOUNS.containsKey(k) && !impersonal(m, i)
                    && !antecedent(found, i, FunctionWords.SUBJECT_PRONOUNS.get(k))) {
                out.add(i);
            } else if (INVERTED.contains(k) && !impersonal(m, i) && !antecedent(found, i, Agreement.UNKNOWN)) {
                out.add(i); // « Comment X et Y sont-ils… »: any phrase before an inversion is its subject
            } else if (FunctionWords.INDIRECT_PRONOUNS.contains(k) && verbAfter(m, i)
                    && !antecedent(found, i, Agreement.UNKNOWN) && !FunctionWords.preposition(m, i - 1)) {
                out.add(i);
            } else if (POSSESSIVES.contains(k) && i + 1 < m.size() && NounPhrases.head(m.get(i + 1))
                    && m.list().subList(0, i).stream().noneMatch(NounPhrases::nominal)) {
                out.add(i); // « c'est quoi son rôle ? »
            } else if (OBJECT_CLITICS.contains(k) && FunctionWords.FINITE.contains(m.key(i + 1))
                    && (i == 0 || FunctionWords.QUESTION_WORDS.contains(m.key(i - 1))
                    || FunctionWords.SUBJECT_PRONOUNS.containsKey(m.key(i - 1)) || m.key(i - 1).equals("ne")
                    || m.key(i - 1).equals("n'"))) {
                out.add(i);
            }
        }
        return out;
    }

    /** Verbs whose « il » stands for nothing: « il faut », « faut-il », « existe-t-il ». */
    private static final Set<String> IMPERSONAL = Set.of("faut", "agit", "semble", "parait", "existe", "suffit",
            "pleut", "neige", "s'agit", "reste", "restait", "restera");
    /** Words with which « il fait » is the weather or the time of day. */
    private static final Set<String> WEATHER = Set.of("temps", "beau", "chaud", "froid", "jour", "nuit", "soleil");

    private static boolean impersonal(Words m, int i) {
        String k = m.key(i);
        boolean weather = m.list().stream().anyMatch(w -> WEATHER.contains(w.key()));
        boolean happened = m.list().stream().anyMatch(w -> w.key().equals("passe") || w.key().equals("produit"))
                && m.list().stream().anyMatch(w -> w.key().equals("s'") || w.key().equals("se"));
        if (happened) {
            return true; // « que s'est-il passé ? »
        }
        if (k.equals("il")) {
            String next = m.key(i + 1);
            // « il s'agit » stands for nothing, « il s'appelle comment ? » for someone
            return next.equals("y") || next.equals("s'") && IMPERSONAL.contains(m.key(i + 2)) || IMPERSONAL.contains(next)
                    || next.equals("fait") && weather;
        }
        String verb = m.key(i - 1);
        return (k.equals("-t-il") || k.equals("-il")) && (verb.equals("a") && m.key(i - 2).equals("y")
                || IMPERSONAL.contains(verb) || verb.equals("fait") && weather);
    }

    private static boolean antecedent(List<NounPhrases.Phrase> found, int i, Agreement agreement) {
        return found.stream().anyMatch(p -> p.end() <= i && p.agreement().agrees(agreement));
    }

    static boolean verbAfter(Words m, int i) {
        int j = i + 1;
        while (j < m.size() && CLITICS.contains(m.key(j))) {
            j++;
        }
        return j < m.size() && FunctionWords.FINITE.contains(m.key(j)) || j < m.size() && FunctionWords.verb(m.get(j))
                && !NounPhrases.nominal(m.get(j));
    }

    /**
     * {@code m} with its pronouns replaced: the subject by the referent that agrees with it,
     * « lui / leur » by « à » and another referent, an object « l' » of a verb of saying by « que »
     * and the last question as a statement; empty when a pronoun has no referent.
     */
    Optional<Rewritten> pronouns(Words q, Words m, Previous previous) {
        QuestionFrame frame = QuestionFrame.of(q);
        // someone the message names is not what its pronouns stand for (« il a rencontré Durand »)
        Set<String> named = Set.copyOf(FunctionWords.content(m));
        List<Referents.Referent> candidates = referents.candidates(previous, frame).stream()
                .filter(r -> FunctionWords.content(r.words()).stream().noneMatch(named::contains)).toList();
        List<Integer> at = pronouns(m);
        boolean says = m.list().stream().anyMatch(w -> FunctionWords.SAYING.contains(w.key()));
        // « il a été publié quand ? »: a verb of saying in the passive has what was said for its
        // subject (the article, the report), not who said it
        boolean saidThing = false;
        for (int i = 1; i < m.size(); i++) {
            saidThing |= FunctionWords.SAYING.contains(m.key(i)) && m.key(i - 1).equals("ete");
        }
        if (saidThing) {
            says = false;
            List<Referents.Referent> things = candidates.stream().filter(r -> r.words().list().stream()
                    .noneMatch(w -> phrases.nameLike(w) || Swaps.person(w))).toList();
            candidates = things.isEmpty() ? candidates : things;
        }
        if (frame.kind() == QuestionFrame.Kind.PERSON && frame.role() == QuestionFrame.Role.SUBJECT
                && previous.fact().isEmpty() && sameVerb(frame, m) && subjectPronoun(m) && !saidThing) {
            return Optional.empty(); // « qui a signé ? » unanswered, then « il a signé quand ? »: nobody to stand for
        }
        // « il a dit quoi ? »: someone who speaks, a name or a person, not « l'expulsion » nor « le titre de délégué »
        List<Referents.Referent> speakers = !says ? candidates : candidates.stream().filter(this::speaker).toList();
        // « il est né quand ? », « il est ministre de quoi ? »: only a person is born, dies or holds a
        // post, never « le titre » nor « l'Agence »; with nobody named (the person the last question
        // asked for unknown), nobody to stand for
        boolean personal = !saidThing && (lifeEvent(m) || personNounAfterCopula(m));
        if (personal) {
            speakers = candidates.stream().filter(this::person).toList();
        }
        // « elle l'a annoncé quand ? » after « pourquoi la mairie ferme-t-elle l'école ? »: with no one
        // named, the one who speaks is the last question's subject
        List<Referents.Referent> subjects = !speakers.isEmpty() || personal ? speakers : subjectOf(frame.core());
        Optional<Referents.Referent> subject = Optional.empty();
        for (int i : at) {
            String k = m.key(i);
            if (FunctionWords.SUBJECT_PRONOUNS.containsKey(k) || INVERTED.contains(k)) {
                subject = Referents.agreeing(subjects, agreement(k), Optional.empty())
                        .or(() -> agreement(k) == Agreement.PLURAL ? Referents.coordinated(subjects) : Optional.empty());
                if (subject.isEmpty()) {
                    return Optional.empty();
                }
                break;
            }
        }
        Words out = m;
        Words tail = Words.of("");
        boolean fronted = false;
        for (int n = at.size() - 1; n >= 0; n--) { // right to left: earlier indices stay valid
            int i = at.get(n);
            String k = m.key(i);
            if (FunctionWords.INDIRECT_PRONOUNS.contains(k)) {
                Agreement a = k.equals("leur") ? Agreement.PLURAL : Agreement.SINGULAR;
                Optional<Referents.Referent> other = Referents.agreeing(candidates, a, subject);
                if (other.isEmpty()) {
                    return Optional.empty();
                }
                out = out.replace(i, i + 1, Words.of(""));
                tail = Elisions.contract(Words.of("à").plus(other.get().words())).plus(tail);
            } else if (POSSESSIVES.contains(k)) {
                Agreement owner = k.startsWith("leur") ? Agreement.PLURAL : Agreement.SINGULAR;
                Optional<Referents.Referent> of = Referents.agreeing(candidates, owner, Optional.empty());
                if (of.isEmpty()) {
                    return Optional.empty();
                }
                int end = i + 1;
                while (end < m.size() && (end == i + 1 || NounPhrases.nominal(m.get(end)))) {
                    end++;
                }
                Agreement owned = k.equals("sa") ? Agreement.FEMININE : k.equals("ses") || k.equals("leurs")
                        ? Agreement.PLURAL : Agreement.MASCULINE;
                Words noun = m.sub(i + 1, end);
                Words phrase = Words.of(FunctionWords.definite(owned, noun.get(0).typed())).plus(noun)
                        .plus(Elisions.contract(Words.of("de").plus(of.get().words())));
                out = out.replace(i, end, phrase);
            } else if (OBJECT_CLITICS.contains(k)) {
                out = out.replace(i, i + 1, Words.of(""));
                Optional<Words> sameVerbObject = objectOfTheSameVerb(frame, m);
                Optional<Words> clause = saidClause(frame);
                if (clause.isPresent() && sameVerb(frame, m)) {
                    // « elle l'a dit où ? » after « qui a dit que l'école fermait ? »: « l' » is what was said
                    tail = clause.get().plus(tail);
                    fronted = true;
                } else if (sameVerbObject.isPresent()) {
                    // « il l'a annoncée où ? » after « qui a annoncé la suspension ? »: « l' » is « la suspension »,
                    // said after a participle that no longer agrees with it (« a annoncé la suspension »)
                    int after = Math.min(QuestionFrame.afterVerb(out), out.size());
                    out = unagreed(out, after - 1).insert(after, sameVerbObject.get());
                } else if (m.list().stream().anyMatch(w -> FunctionWords.SAYING.contains(w.key()))) {
                    tail = Words.of("que").plus(declarative(frame, previous)).plus(tail);
                    fronted = true; // « il l'a dit quand ? » → « quand X a dit que … »
                } else {
                    Agreement a = FunctionWords.DETERMINERS.getOrDefault(k, Agreement.UNKNOWN);
                    Optional<Referents.Referent> object = Referents.agreeing(candidates, a, subject);
                    if (object.isEmpty()) {
                        return Optional.empty();
                    }
                    tail = object.get().words().plus(tail);
                }
            }
        }
        boolean objectSaid = at.stream().anyMatch(i -> OBJECT_CLITICS.contains(m.key(i)));
        // a verb of its own, not « est » or « a » (« elle est où ? » asks where she is, not where she is the spokeswoman)
        int lastVerb = QuestionFrame.afterVerb(frame.core()) - 1;
        boolean lexical = lastVerb >= 0 && lastVerb < frame.core().size()
                && !FunctionWords.FINITE.contains(frame.core().key(lastVerb)) && !FunctionWords.COPULAS.contains(frame.core().key(lastVerb));
        Optional<Words> unsaid = objectSaid || !lexical ? Optional.empty() : objectOfTheSameVerb(frame, m);
        if (unsaid.isPresent()) {
            // « il a annoncé quand ? » after « qui a annoncé la suspension ? »: the object left unsaid is the last one
            int after = QuestionFrame.afterVerb(out);
            if (after > 0 && after <= out.size() && (after == out.size() || ADVERBS.contains(out.key(after)))) {
                out = out.insert(after, unsaid.get());
            }
        }
        if (subject.isPresent()) {
            for (int i = 0; i < out.size(); i++) {
                String k = out.key(i);
                boolean standalone = FunctionWords.SUBJECT_PRONOUNS.containsKey(k);
                if ((standalone || INVERTED.contains(k)) && !impersonal(out, i)) {
                    out = standalone ? out.replace(i, i + 1, subject.get().words()) : inverted(out, i, subject.get().words());
                    break;
                }
            }
        }
        if (fronted && out.size() > 1 && ADVERBS.contains(out.key(out.size() - 1))) {
            out = out.sub(out.size() - 1, out.size()).plus(out.sub(0, out.size() - 1)); // « … a dit où que » → « où … a dit que »
        }
        return Optional.of(new Rewritten(frontWho(out.plus(tail)), List.of()));
    }

    /** Participles of a life's events: only a person is born or dies (« il est né où ? »). */
    private static final Set<String> LIFE = Set.of("ne", "nee", "nes", "nees", "mort", "morte", "morts", "decede",
            "decedee", "decedes");

    /** Whether {@code m} says someone was born or died: « il est né où ? », « est-elle décédée ? ». */
    static boolean lifeEvent(Words m) {
        for (int i = 1; i < m.size(); i++) {
            boolean afterCopula = FunctionWords.COPULAS.contains(m.key(i - 1))
                    || INVERTED.contains(m.key(i - 1)) && FunctionWords.COPULAS.contains(m.key(i - 2));
            if (LIFE.contains(m.key(i)) && afterCopula) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code m} says what someone is by a person noun after the copula: « il est ministre de quoi ? ». */
    private boolean personNounAfterCopula(Words m) {
        for (int i = 0; i + 1 < m.size(); i++) {
            if (FunctionWords.COPULAS.contains(m.key(i)) && Swaps.person(m.get(i + 1)) && !phrases.nameLike(m.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The word a referent is about: the one after its determiner (« le titre de délégué » is a « titre »). */
    private static Words.Word head(Referents.Referent r) {
        Words w = r.words();
        return FunctionWords.determiner(w.key(0)) && w.size() > 1 ? w.get(1) : w.get(0);
    }

    /** Whether a referent can speak: a person, or a name (« l'Agence », « Anne Martin »). */
    private boolean speaker(Referents.Referent r) {
        Words.Word head = head(r);
        return phrases.nameLike(head) || Swaps.person(head);
    }

    /**
     * Whether a referent is a person: a person noun, or a name without determiner that is no place
     * (« l'Agence », « à Lyon » are none).
     */
    private boolean person(Referents.Referent r) {
        Words.Word head = head(r);
        return Swaps.person(head) || phrases.nameLike(head) && !FunctionWords.determiner(r.words().key(0)) && !r.place();
    }

    /** The subject of a core as the one candidate referent, or none. */
    private List<Referents.Referent> subjectOf(Words core) {
        List<NounPhrases.Phrase> found = phrases.of(core);
        return Referents.subject(core, found).filter(NounPhrases.Phrase::determined)
                .map(p -> List.of(new Referents.Referent(Referents.definiteForm(phrases, core, p, found), p.agreement()))).orElse(List.of());
    }

    /** The object of the last question's verb, when the message uses the same verb (by its first five letters). */
    private Optional<Words> objectOfTheSameVerb(QuestionFrame frame, Words m) {
        Words core = frame.core();
        int after = QuestionFrame.afterVerb(core);
        if (after == 0 || after > core.size()) {
            return Optional.empty();
        }
        if (FrenchLexicon.AVOIR_FINITE.contains(core.key(after - 1))) {
            // « a » with a participle the endings miss (« a suspendu »): the auxiliary is no verb to
            // compare, and « l'a annoncé » would take the last object for what was said
            return Optional.empty();
        }
        String verb = stem5(core.key(after - 1));
        boolean same = m.list().stream().anyMatch(w -> FunctionWords.verb(w) && stem5(w.key()).equals(verb));
        if (!same) {
            return Optional.empty();
        }
        return phrases.of(core).stream().filter(p -> p.start() >= after).findFirst().map(p -> p.in(core));
    }

    /**
     * {@code w} with the participle at {@code i} in its plain form, once the object it agreed with
     * before the verb (« l'a annoncée ») is said after it: « annoncée » → « annoncé », « prise » → « pris ».
     */
    private static Words unagreed(Words w, int i) {
        if (i < 0 || i >= w.size()) {
            return w;
        }
        String typed = w.get(i).typed();
        String plain = typed.replaceAll("(?iu)(é)(e|es|s)$", "$1").replaceAll("(?iu)^(.{2,}(?:is|it))(e|es)$", "$1");
        return plain.equals(typed) ? w : w.replace(i, i + 1, Words.of(List.of(Words.Word.of(plain))));
    }

    /** Question words that may close a message and open its question instead. */
    private static final Set<String> ADVERBS = Set.of("ou", "quand", "comment", "pourquoi");

    /** The « que » clause the last question's verb introduces (« qui a dit que l'école fermait »), if any. */
    private static Optional<Words> saidClause(QuestionFrame frame) {
        Words core = frame.core();
        for (int i = 0; i < Math.min(core.size(), 4); i++) {
            if (core.key(i).equals("que") || core.key(i).equals("qu'")) {
                return i > 0 && FunctionWords.SAYING.contains(core.key(i - 1)) ? Optional.of(core.from(i)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether {@code m} uses the verb of the last question's core (by its first five letters). */
    private static boolean sameVerb(QuestionFrame frame, Words m) {
        Words core = frame.core();
        int after = QuestionFrame.afterVerb(core);
        if (after == 0 || after > core.size()) {
            return false;
        }
        String verb = stem5(core.key(after - 1));
        return m.list().stream().anyMatch(w -> FunctionWords.verb(w) && stem5(w.key()).equals(verb));
    }

    private static String stem5(String key) {
        return key.length() > 5 ? key.substring(0, 5) : key;
    }

    private static Agreement agreement(String pronoun) {
        return FunctionWords.SUBJECT_PRONOUNS.get(pronoun.replace("-t-", "").replace("-", ""));
    }

    /** « que dit-il » → « X dit quoi »; « où est-elle » → « où X est-elle ». */
    private static Words inverted(Words m, int i, Words referent) {
        QuestionFrame f = QuestionFrame.of(m);
        boolean simple = i + 1 >= m.size() || !FunctionWords.verb(m.get(i + 1)) || NounPhrases.nominal(m.get(i + 1));
        if (f.at() == 0 && !f.noun().isEmpty() && f.role() != QuestionFrame.Role.IN_SITU && i == f.phrase().size() + 1
                && simple) {
            return m.replace(i, i + 1, referent); // « quel âge a-t-il » → « quel âge a X »
        }
        String q = f.phrase().isEmpty() ? "" : f.phrase().key(0);
        if ((q.equals("que") || q.equals("qu'")) && f.role() == QuestionFrame.Role.OBJECT && f.at() == 0) {
            Words core = f.core();
            int inv = i - f.phrase().size();
            if (inv >= 0 && inv < core.size() && core.get(inv).inversion()) {
                core = core.replace(inv, inv + 1, Words.of(""));
            }
            return referent.plus(core).plus(Words.of("quoi"));
        }
        int v = i - 1;
        while (v > 0 && CLITICS.contains(m.key(v - 1))) {
            v--;
        }
        return m.insert(Math.max(v, 0), referent);
    }

    /** The last question as a statement: « la mairie a suspendu son marché ». */
    private Words declarative(QuestionFrame frame, Previous previous) {
        Words core = slots.filledCore(frame, previous);
        List<Words.Word> kept = core.list().stream().filter(w -> !w.inversion()).toList();
        return Words.of(kept);
    }

    /** « X a rencontré qui à Genève » → « qui X a rencontré à Genève »: « qui » inside a question is read only up front. */
    private static Words frontWho(Words w) {
        QuestionFrame f = QuestionFrame.of(w);
        if (f.role() == QuestionFrame.Role.IN_SITU && f.kind() == QuestionFrame.Kind.PERSON
                && f.at() + f.phrase().size() < w.size() && f.at() > 0) {
            return f.phrase().plus(f.core());
        }
        return w;
    }
}
