package org.citebot.chat.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.citebot.chat.followup.FunctionWords.Agreement;
import org.citebot.question.AnswerType;
import org.citebot.question.TypedNouns;

/**
 * The rewrites of {@link FollowUps}: each turns a follow-up and the last question into the
 * full question the follow-up stands for. Word order and agreement follow French grammar as
 * far as function words tell it; a rewrite that finds no place for the new words appends them,
 * so nothing the user typed is lost.
 */
final class Rewrites {

    /** A rewritten question and the words it brought in. */
    record Rewritten(Words words, List<String> introduced) {
    }

    private static final TypedNouns NOUNS = TypedNouns.load();
    private static final Set<String> CLITICS = Set.of("l'", "le", "la", "les", "lui", "leur", "y", "en", "se", "s'",
            "ne", "n'", "me", "m'", "te", "t'", "nous", "vous");
    private static final Set<String> OBJECT_CLITICS = Set.of("l'", "le", "la", "les");
    static final Set<String> POSSESSIVES = Set.of("son", "sa", "ses", "leur", "leurs");
    private static final Set<String> INVERTED = Set.of("-t-il", "-il", "-t-elle", "-elle", "-t-ils", "-ils", "-t-elles",
            "-elles");
    private static final Set<String> NUMBER_WORDS = Set.of("un", "une", "deux", "trois", "quatre", "cinq", "six", "sept",
            "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "trente",
            "quarante", "cinquante", "soixante", "cent", "cents", "mille", "million", "millions");
    /** Words that point back to the last place: « là-bas », « dans ce pays ». */
    private static final Set<String> PLACE_NOUNS = Set.of("pays", "ville", "endroit", "lieu", "region", "capitale");

    private final NounPhrases phrases;
    private final TimePhrases times;
    private final Referents referents;

    Rewrites(NounPhrases phrases, TimePhrases times, Referents referents) {
        this.phrases = phrases;
        this.times = times;
        this.referents = referents;
    }

    // ---- a changed time: « et en 2018 ? », « et maintenant ? », « et avant ? »

    Rewritten time(Words q, Words m) {
        Words t = m;
        int shift = TimePhrases.yearShift(m);
        if (shift != 0) {
            java.util.regex.Matcher year = java.util.regex.Pattern.compile("\\b(1[0-9]|20)[0-9]{2}\\b").matcher(q.text());
            t = year.find() ? Words.of("en " + (Integer.parseInt(year.group()) + shift)) : m;
        }
        if (FunctionWords.DEMONSTRATIVES.containsKey(t.key(0))) {
            t = t.from(2); // « ceux de 2018 »
        }
        if (t.get(0).number() && t.key(0).length() == 4) {
            t = Words.of("en").plus(t);
        } else if (t.get(0).number() || t.key(0).equals("1er")) {
            t = Words.of("le").plus(t);
        }
        List<String> introduced = content(t);
        List<TimePhrases.Span> spans = times.of(q);
        if (t.size() <= 2 && TimePhrases.RELATIVE.contains(t.key(0)) && !spans.isEmpty()) {
            Words was = spans.get(0).in(q);
            String k = was.key(0);
            if (Set.of("en", "depuis", "avant", "apres", "des", "jusqu'", "pendant", "vers").contains(k)) {
                t = t.sub(0, 1).plus(was.from(1));
            } else if (!TimePhrases.ADVERBS.contains(k) && !TimePhrases.RELATIVE.contains(k)) {
                t = t.sub(0, 1).plus(was);
            }
        }
        Words rest = q;
        for (int i = spans.size() - 1; i >= 0; i--) {
            rest = rest.replace(spans.get(i).start(), spans.get(i).end(), Words.of(""));
        }
        return new Rewritten(Tenses.agree(rest, t).plus(t), introduced);
    }

    // ---- a swapped entity or role: « et celle de l'Alliance ? », « et à Lyon ? »

    Rewritten swap(Words q, Words typed) {
        Words x = side(typed);
        List<NounPhrases.Phrase> found = phrases.of(q);
        String first = x.key(0);
        Optional<Words> swapped;
        if (FunctionWords.DEMONSTRATIVES.containsKey(first)) {
            swapped = demonstrative(q, found, x);
        } else if (FunctionWords.preposition(x, 0) && !FunctionWords.determiner(first)) {
            // « et à Lyon ? » for « à Paris »; « et pour l'Alliance ? » for « de la mairie » when no « pour » complement
            swapped = complement(q, found, x).or(() -> FunctionWords.OF.contains(first) ? Optional.empty()
                    : complement(q, found, Words.of("de").plus(x.from(1))));
        } else if (FunctionWords.determiner(first) && x.size() > 1) {
            swapped = determined(q, found, x);
        } else {
            swapped = bareName(q, found, x).or(() -> x.list().stream().allMatch(phrases::nameLike)
                    ? complement(q, found, Words.of("de").plus(x)) : Optional.empty());
        }
        return new Rewritten(swapped.orElseGet(() -> q.plus(x)), content(x));
    }

    /** « côté Alliance », « du côté de l'Alliance »: the entity alone. */
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

    /** « de l'Alliance » → « l'Alliance », « du Sénat » → « le Sénat », « des élus » → « les élus ». */
    private static Words contractOf(Words w) {
        return switch (w.key(0)) {
            case "de", "d'" -> w.from(1);
            case "du" -> Words.of(FunctionWords.definite(Agreement.MASCULINE, w.get(1).typed())).plus(w.from(1));
            case "des" -> Words.of("les").plus(w.from(1));
            default -> w;
        };
    }

    /** « celle de l'Alliance » in place of « le porte-parole de la mairie »: « la porte-parole de l'Alliance ». */
    private Optional<Words> demonstrative(Words q, List<NounPhrases.Phrase> found, Words x) {
        Agreement agreement = FunctionWords.DEMONSTRATIVES.get(x.key(0));
        Words rest = x.from(1);
        List<NounPhrases.Phrase> nouns = found.stream().filter(p -> !p.name() && p.determined()).toList();
        Optional<NounPhrases.Phrase> target = nouns.stream()
                .filter(p -> p.agreement().agrees(agreement) && (POSSESSIVES.contains(q.key(p.start()))
                        || p.complement() < p.end() && phrases.nameLike(q.get(Math.min(p.end() - 1, q.size() - 1)))))
                .findFirst()
                .or(() -> nouns.stream().filter(p -> p.complement() < p.end() && p.agreement().agrees(agreement)).findFirst())
                .or(() -> nouns.stream().filter(p -> p.complement() < p.end()).findFirst())
                .or(() -> nouns.stream().filter(p -> p.agreement().agrees(agreement)).findFirst());
        return target.map(p -> {
            Words head = q.sub(p.head(), p.complement());
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
        return Optional.of(q.replace(best[0], best[1], contract(x)));
    }

    /**
     * « le trésorier » for the phrase naming a person the same way (« le président » of « le
     * président du club »), « l'Alliance » or « la préfecture » for the last complement (« du
     * club », « de la mairie ») or, failing one, the last name.
     */
    private Optional<Words> determined(Words q, List<NounPhrases.Phrase> found, Words x) {
        boolean ownComplement = x.list().stream().anyMatch(w -> FunctionWords.OF.contains(w.key()));
        if (person(x.get(1)) && !phrases.nameLike(x.get(1))) {
            Optional<NounPhrases.Phrase> role = found.stream()
                    .filter(p -> p.determined() && !phrases.nameLike(q.get(p.head())) && person(q.get(p.head())))
                    .findFirst();
            if (role.isPresent()) {
                NounPhrases.Phrase p = role.get();
                return Optional.of(q.replace(p.start(), ownComplement ? p.end() : p.complement(), x));
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
            return Optional.empty();
        }
        String det = q.key(target.start());
        if (target.determined() && FunctionWords.CONTRACTED.contains(det)) {
            String prep = det.startsWith("a") ? "à" : "de";
            return Optional.of(q.replace(target.start(), target.end(), contract(Words.of(prep).plus(x))));
        }
        return Optional.of(q.replace(target.start(), target.end(), x));
    }

    /** Nouns of people: the list of kinds, or a French ending of agents (« trésorier », « directrice », « juriste »). */
    private static boolean person(Words.Word w) {
        String k = w.key();
        return NOUNS.typeOf(k).filter(t -> t == AnswerType.PERSON).isPresent() || PERSON_ENDING.matcher(k).matches();
    }

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
    private static int[] complementSpan(Words q, List<NounPhrases.Phrase> found, NounPhrases.Phrase p) {
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

    /** « de le Sénat » → « du Sénat », « à les élèves » → « aux élèves ». */
    static Words contract(Words w) {
        if (w.size() < 2) {
            return w;
        }
        String p = w.key(0);
        String d = w.key(1);
        if ((p.equals("de") || p.equals("a")) && (d.equals("le") || d.equals("les"))) {
            String merged = p.equals("de") ? (d.equals("le") ? "du" : "des") : (d.equals("le") ? "au" : "aux");
            return Words.of(merged).plus(w.from(2));
        }
        if (p.equals("de") && FunctionWords.elides(w.get(1).typed()) && !FunctionWords.determiner(d)) {
            return Words.of("d'").plus(w.from(1));
        }
        return w;
    }

    // ---- a bare question word: « pourquoi ? », « c'était quand ? », « combien ? »

    Optional<Rewritten> questionWord(Words q, Words m, Previous previous) {
        QuestionFrame asked = QuestionFrame.of(m);
        boolean identity = asked.role() == QuestionFrame.Role.PREDICATE && asked.core().size() <= 1
                || m.key(0).equals("qui") && (m.key(1).equals("c'") || m.key(1).equals("est") && m.key(2).equals("-ce"));
        if (identity) {
            // « c'est qui ? » after a name: who that is; after no name, a question of its own
            return previous.fact().map(fact -> new Rewritten(Words.of(asked.kind() == QuestionFrame.Kind.THING
                    ? "qu'est-ce que" : "qui est").plus(Words.of(fact)), List.of()));
        }
        Words core = filledCore(QuestionFrame.of(q), previous);
        if (asked.kind() == QuestionFrame.Kind.QUANTITY && asked.noun().isEmpty()) {
            for (NounPhrases.Phrase p : phrases.of(core)) {
                if (p.determined() && p.agreement() == Agreement.PLURAL && !p.name()) {
                    Words counted = Words.of("combien").plus(contract(Words.of("de").plus(core.sub(p.head(), p.end()))));
                    return Optional.of(new Rewritten(core.replace(p.start(), p.end(), counted), List.of()));
                }
            }
        }
        return Optional.of(new Rewritten(asked.phrase().plus(core), List.of()));
    }

    /** The core of a question with the last answer in the question phrase's place. */
    private Words filledCore(QuestionFrame frame, Previous previous) {
        Words core = frame.core();
        int at = frame.fillAt();
        Words fill = filler(frame, previous);
        if (at < 0 || fill.isEmpty()) {
            return core;
        }
        if (frame.role() == QuestionFrame.Role.PREPOSITIONAL) {
            return core.plus(contract(Words.of(frame.preposition()).plus(fill)));
        }
        if (frame.role() == QuestionFrame.Role.IN_SITU && !frame.preposition().isEmpty()) {
            fill = contract(Words.of(frame.preposition()).plus(fill));
        }
        return core.insert(Math.min(at, core.size()), fill);
    }

    /** What takes the question phrase's place: the fact answered, or « les diplomates » when declined. */
    private static Words filler(QuestionFrame frame, Previous previous) {
        Words noun = frame.noun();
        if (previous.fact().isPresent()) {
            Words fact = Words.of(previous.fact().get());
            if (frame.kind() != QuestionFrame.Kind.QUANTITY || noun.isEmpty() || fact.isEmpty()) {
                return fact;
            }
            // « 8 nouveaux diplomates » for « combien de diplomates russes »: the number, the question's noun
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
        if (!noun.isEmpty()) {
            return Words.of(FunctionWords.definite(frame.agreement(), noun.get(0).typed())).plus(noun);
        }
        return Words.of("");
    }

    private static boolean number(Words.Word w) {
        return w.number() || NUMBER_WORDS.contains(w.key());
    }

    private static String stem(String key) {
        return key.length() > 4 ? key.substring(0, key.length() - 2) : key;
    }

    // ---- pronouns: « il a dit quoi ? », « elle est où ? », « il lui a dit quoi ? »

    /** The first pronoun of {@code m} that nothing in {@code m} stands for. */
    Optional<Integer> pronoun(Words m) {
        List<Integer> all = pronouns(m);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
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
            return next.equals("y") || next.equals("s'") || IMPERSONAL.contains(next) || next.equals("fait") && weather;
        }
        String verb = m.key(i - 1);
        return (k.equals("-t-il") || k.equals("-il")) && (verb.equals("a") && m.key(i - 2).equals("y")
                || IMPERSONAL.contains(verb) || verb.equals("fait") && weather);
    }

    private static boolean antecedent(List<NounPhrases.Phrase> found, int i, Agreement agreement) {
        return found.stream().anyMatch(p -> p.end() <= i && p.agreement().agrees(agreement));
    }

    private static boolean verbAfter(Words m, int i) {
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
        Set<String> named = Set.copyOf(content(m));
        List<Referents.Referent> candidates = referents.candidates(previous, frame).stream()
                .filter(r -> content(r.words()).stream().noneMatch(named::contains)).toList();
        List<Integer> at = pronouns(m);
        Optional<Referents.Referent> subject = Optional.empty();
        for (int i : at) {
            String k = m.key(i);
            if (FunctionWords.SUBJECT_PRONOUNS.containsKey(k) || INVERTED.contains(k)) {
                subject = Referents.agreeing(candidates, agreement(k), Optional.empty())
                        .or(() -> agreement(k) == Agreement.PLURAL ? Referents.coordinated(candidates) : Optional.empty());
                if (subject.isEmpty()) {
                    return Optional.empty();
                }
                break;
            }
        }
        Words out = m;
        Words tail = Words.of("");
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
                tail = contract(Words.of("à").plus(other.get().words())).plus(tail);
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
                        .plus(contract(Words.of("de").plus(of.get().words())));
                out = out.replace(i, end, phrase);
            } else if (OBJECT_CLITICS.contains(k)) {
                out = out.replace(i, i + 1, Words.of(""));
                Optional<Words> sameVerbObject = objectOfTheSameVerb(frame, m);
                if (sameVerbObject.isPresent()) {
                    // « il l'a annoncée où ? » after « qui a annoncé la suspension ? »: « l' » is « la suspension »
                    out = out.insert(Math.min(QuestionFrame.afterVerb(out), out.size()), sameVerbObject.get());
                } else if (m.list().stream().anyMatch(w -> FunctionWords.SAYING.contains(w.key()))) {
                    tail = Words.of("que").plus(declarative(frame, previous)).plus(tail);
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
        return Optional.of(new Rewritten(frontWho(out.plus(tail)), List.of()));
    }

    /** The object of the last question's verb, when the message uses the same verb (by its first five letters). */
    private Optional<Words> objectOfTheSameVerb(QuestionFrame frame, Words m) {
        Words core = frame.core();
        int after = QuestionFrame.afterVerb(core);
        if (after == 0 || after > core.size()) {
            return Optional.empty();
        }
        String verb = stem5(core.key(after - 1));
        boolean same = m.list().stream().anyMatch(w -> FunctionWords.verb(w) && stem5(w.key()).equals(verb));
        if (!same) {
            return Optional.empty();
        }
        return phrases.of(core).stream().filter(p -> p.start() >= after).findFirst().map(p -> p.in(core));
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

    /** The last question as a statement: « la Russie a suspendu sa mission ». */
    private Words declarative(QuestionFrame frame, Previous previous) {
        Words core = filledCore(frame, previous);
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

    // ---- « alors », « là-bas »: the last date or place

    boolean hasAnaphor(Words m) {
        return anaphorAt(m, 0).isPresent();
    }

    /** The next anaphor from {@code from}: {@code [start, end)} and whether it is a place. */
    private Optional<int[]> anaphorAt(Words m, int from) {
        for (int i = from; i < m.size(); i++) {
            String k = m.key(i);
            String typed = m.get(i).typed().toLowerCase(java.util.Locale.ROOT);
            if (typed.equals("là") || k.equals("la-bas")) {
                return Optional.of(new int[] {i, i + 1, 1});
            }
            if (k.equals("y") && i > 0 && !m.key(i - 1).equals("il") && verbAfter(m, i) && !m.key(i + 1).equals("a")) {
                return Optional.of(new int[] {i, i + 1, 1});
            }
            if (k.equals("dans") && Set.of("ce", "cette", "cet").contains(m.key(i + 1)) && PLACE_NOUNS.contains(m.key(i + 2))) {
                return Optional.of(new int[] {i, i + 3, 1});
            }
            if (k.equals("alors") && i > 0 && !m.key(i + 1).equals("que") && !m.key(i + 1).equals("qu'")) {
                return Optional.of(new int[] {i, i + 1, 0});
            }
            if (k.equals("a") && Set.of("ce", "cette").contains(m.key(i + 1))
                    && Set.of("moment-la", "epoque", "date", "epoque-la", "periode").contains(m.key(i + 2))) {
                return Optional.of(new int[] {i, i + 3, 0});
            }
            if (Set.of("ce", "cette").contains(k) && Set.of("annee-la", "jour-la", "mois-la").contains(m.key(i + 1))) {
                return Optional.of(new int[] {i, i + 2, 0});
            }
        }
        return Optional.empty();
    }

    Optional<Rewritten> anaphors(Rewritten r, Words q, Previous previous) {
        Words out = r.words();
        Words tail = Words.of("");
        int from = 0;
        for (Optional<int[]> a = anaphorAt(out, from); a.isPresent(); a = anaphorAt(out, from)) {
            int[] s = a.get();
            boolean place = s[2] == 1;
            Words by = place ? place(q, previous) : date(q, previous);
            if (by.isEmpty()) {
                return Optional.empty();
            }
            if (place && out.key(s[0]).equals("y")) {
                out = out.replace(s[0], s[1], Words.of(""));
                tail = tail.plus(by);
                from = s[0];
                continue;
            }
            if (place && FunctionWords.OF.contains(out.key(s[0] - 1)) && FunctionWords.LOCATIVE.contains(by.key(0))) {
                by = by.from(1);
            }
            out = out.replace(s[0], s[1], by);
            from = s[0] + by.size();
        }
        return Optional.of(new Rewritten(out.plus(tail), r.introduced()));
    }

    /** The last place: the place answered (« à Lyon »), else the last question's place, else nothing. */
    private Words place(Words q, Previous previous) {
        if (previous.type() == AnswerType.PLACE && previous.fact().isPresent()) {
            Words fact = Words.of(previous.fact().get());
            return FunctionWords.preposition(fact.key(0)) ? fact : Words.of("à").plus(fact);
        }
        List<NounPhrases.Phrase> found = phrases.of(q);
        Words last = Words.of("");
        for (NounPhrases.Phrase p : found) {
            int[] span = complementSpan(q, found, p);
            if (span != null && FunctionWords.LOCATIVE.contains(q.key(span[0]))) {
                last = q.sub(span[0], span[1]);
            }
        }
        return last;
    }

    /** The last date: the date answered (« en 2018 », « le 7 mars »), else the last question's, else nothing. */
    private Words date(Words q, Previous previous) {
        if (previous.type() == AnswerType.DATE && previous.fact().isPresent()) {
            Words fact = Words.of(previous.fact().get());
            if (FunctionWords.preposition(fact.key(0)) || fact.key(0).equals("le")) {
                return fact;
            }
            return Words.of(fact.get(0).number() && fact.key(0).length() < 4 || fact.key(0).equals("1er") ? "le" : "en")
                    .plus(fact);
        }
        List<TimePhrases.Span> spans = times.of(q);
        return spans.isEmpty() ? Words.of("") : spans.get(0).in(q);
    }

    /** The content words of {@code w}: what an answer has to be about. */
    static List<String> content(Words w) {
        List<String> out = new ArrayList<>();
        for (Words.Word word : w.list()) {
            if (!FunctionWords.function(word.key()) && !TimePhrases.RELATIVE.contains(word.key())
                    && !TimePhrases.ADVERBS.contains(word.key()) && word.key().length() > 1) {
                out.add(word.key());
            }
        }
        return out;
    }
}
