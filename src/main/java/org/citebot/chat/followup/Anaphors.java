package org.citebot.chat.followup;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.citebot.chat.followup.FunctionWords.Agreement;
import org.citebot.question.AnswerType;
import org.citebot.text.FrenchLexicon;

/**
 * Words that point back to the last date or place: « alors », « à ce moment-là », « là-bas »,
 * « y », « dans ce pays » get the date or place answered in their place (« en 1998 », « à
 * Lyon »), else the last question's own; with neither, the message is not a follow-up.
 */
final class Anaphors {

    /** Words that point back to the last place: « là-bas », « dans ce pays ». */
    private static final Set<String> PLACE_NOUNS = Set.of("pays", "ville", "endroit", "lieu", "region", "capitale");

    /** Nouns after « ce / cette » that name a time or a kind of answer, not the last fact: « cette année ». */
    private static final Set<String> NOT_EVENTS = Set.of("annee", "annees", "an", "ans", "mois", "jour", "jours", "semaine",
            "semaines", "epoque", "moment", "date", "periode", "fois", "matin", "soir", "nuit", "heure", "question",
            "reponse", "article", "articles", "chiffre", "nombre", "nom", "personne", "gens", "type", "mec", "homme",
            "femme", "dame", "monsieur", "sujet", "source", "info", "infos", "information");

    /** Nouns of time after « le même / la même / au même »: the last date again. */
    private static final Set<String> SAME_TIME = Set.of("jour", "annee", "mois", "date", "moment", "epoque", "semaine");

    /** What may follow a closing « depuis » and stand for the last date: « depuis ça ? », « depuis lors ? ». */
    private static final Set<String> SINCE_THEN = Set.of("ca", "cela", "lors");

    private final NounPhrases phrases;
    private final TimePhrases times;

    Anaphors(NounPhrases phrases, TimePhrases times) {
        this.phrases = phrases;
        this.times = times;
    }

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
            if (k.equals("y") && i > 0 && !m.key(i - 1).equals("il") && Pronouns.verbAfter(m, i) && !m.key(i + 1).equals("a")) {
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
            if (k.equals("a") && m.key(i + 1).equals("l'") && m.key(i + 2).equals("epoque")) {
                return Optional.of(new int[] {i, i + 3, 0}); // « à l'époque »
            }
            if (k.equals("depuis") && (i == m.size() - 1 || i == m.size() - 2 && SINCE_THEN.contains(m.key(i + 1)))) {
                return Optional.of(new int[] {i + 1, m.size(), 2}); // « réduit depuis ? », « depuis ça ? »
            }
            if (Set.of("le", "la", "au").contains(k) && m.key(i + 1).equals("meme") && SAME_TIME.contains(m.key(i + 2))) {
                boolean at = i > 0 && m.key(i - 1).equals("a") && k.equals("la");
                return Optional.of(new int[] {at ? i - 1 : i, i + 3, 0}); // « le même jour », « à la même date »
            }
            if (Set.of("ce", "cette").contains(k) && Set.of("annee-la", "jour-la", "mois-la").contains(m.key(i + 1))) {
                return Optional.of(new int[] {i, i + 2, 0});
            }
            if (FrenchLexicon.DEMONSTRATIVES.contains(k) && i + 1 < m.size() && NounPhrases.head(m.get(i + 1))
                    && !NOT_EVENTS.contains(m.key(i + 1)) && !PLACE_NOUNS.contains(m.key(i + 1))
                    && !FunctionWords.OF.contains(m.key(i + 2)) && !m.key(i + 1).contains("-")) {
                return Optional.of(new int[] {i, i + 2, 3}); // « cette décision »: the last question's subject's
            }
        }
        return Optional.empty();
    }

    Optional<Rewritten> apply(Rewritten r, Words q, Previous previous) {
        Words out = r.words();
        Words tail = Words.of("");
        int from = 0;
        for (Optional<int[]> a = anaphorAt(out, from); a.isPresent(); a = anaphorAt(out, from)) {
            int[] s = a.get();
            boolean place = s[2] == 1;
            Words by = s[2] == 3 ? event(q, out.sub(s[0], s[1])) : place ? place(q, previous) : date(q, previous);
            if (by.isEmpty()) {
                return Optional.empty();
            }
            if (s[2] == 2 && Set.of("en", "a").contains(by.key(0))) {
                by = by.from(1); // « depuis 2014 », not « depuis en 2014 »
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

    /**
     * « cette décision » after « quand la mairie a-t-elle décidé de fermer l'école ? »: « la
     * décision de la mairie », the noun with the last question's subject (or that subject itself
     * when it holds the noun); nothing when the last question has no subject phrase.
     */
    private Words event(Words q, Words demonstrative) {
        Words core = QuestionFrame.of(q).core();
        List<NounPhrases.Phrase> found = phrases.of(core);
        Optional<NounPhrases.Phrase> subject = Referents.subject(core, found);
        if (subject.isEmpty() || subject.get().name() && found.size() > 1 && !found.get(0).name()) {
            return Words.of("");
        }
        Words of = Referents.definiteForm(phrases, core, subject.get(), found);
        Words.Word noun = demonstrative.get(1);
        if (of.indexOf(noun.key()) >= 0) {
            return of;
        }
        Agreement agreement = switch (demonstrative.key(0)) {
            case "cette" -> Agreement.FEMININE;
            case "ces" -> Agreement.PLURAL;
            default -> Agreement.MASCULINE;
        };
        return Elisions.apply(Words.of(FunctionWords.definite(agreement, noun.typed())).plus(Words.of(List.of(noun)))
                .plus(Elisions.contract(Words.of("de").plus(of))));
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
            int[] span = Swaps.complementSpan(q, found, p);
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
}
