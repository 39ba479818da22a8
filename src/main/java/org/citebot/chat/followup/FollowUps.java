package org.citebot.chat.followup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.question.QuestionAnalyzer;
import org.citebot.question.TypedNouns;
import org.citebot.text.Folding;

/**
 * Reads a chat message against the chat's last exchange and says whether it is a follow-up,
 * and which full question it stands for.
 *
 * <ul>
 *   <li>« source ? », « d'où vient l'info ? »: the sources of the last answer ({@link Kind#SOURCES});</li>
 *   <li>« tu es sûr ? », « vraiment ? »: the last question again ({@link Kind#AGAIN});</li>
 *   <li>a changed time, « et en 2018 ? », « et maintenant ? », « et avant ? »: the last question
 *       at that time ({@link Kind#TIME});</li>
 *   <li>a swapped entity or role, « et celle de l'Agence ? », « et à Lyon ? », « et le
 *       trésorier ? »: the last question about it, gender carried over ({@link Kind#SWAP});</li>
 *   <li>a bare question word, « pourquoi ? », « c'était quand ? », « combien ? », or a question
 *       phrase led in by a preposition and naming a noun of its own, « dans le cadre de quelle
 *       affaire ? »: that question about the last fact ({@link Kind#QUESTION_WORD});</li>
 *   <li>a pronoun with nothing in the message to stand for, « il a dit quoi ? », « elle est
 *       où ? »: the message with the last answer or the last question's subject in its place
 *       ({@link Kind#PRONOUN}); « alors », « là-bas » likewise stand for the last date or place
 *       ({@link Kind#ANAPHOR}).</li>
 * </ul>
 * Before these are told apart, the message is put in written French ({@link HurriedTyping}:
 * slips, shorthand, « stp », « tu peux me dire … ») and fixed wordings are rewritten into the
 * shapes above ({@link Rephrasings}); « lesquels ? » and « et l'autre ? » are written on the last
 * question's own words ({@link WhichOnes}).
 * Anything else, in particular a message with its own question word and its own subject, is a
 * new question. Only the last exchange is read: nothing older carries over, so a wrong guess
 * lasts one turn.
 *
 * <p>Thread-safe and stateless after construction.
 */
public final class FollowUps {

    /** What a follow-up asks. */
    public enum Kind { SOURCES, AGAIN, TIME, SWAP, QUESTION_WORD, PRONOUN, ANAPHOR, CONTEXT }

    /**
     * A follow-up: its kind, the full question it stands for, the words it brought in (the
     * swapped entity, the new time), which the answer has to be about, and the content words of
     * the last question it left out (the entity or time swapped away), folded.
     */
    public record FollowUp(Kind kind, String question, List<String> introduced, List<String> replaced) {
        public FollowUp {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(question, "question");
            introduced = List.copyOf(introduced);
            replaced = List.copyOf(replaced);
        }

        /**
         * This follow-up read as {@code other}, one of its {@link AlternativeReadings}: of the words
         * it brought in, those {@code other} still has (a first name left out is no longer asked
         * about), so that an answer is checked against the words asked.
         */
        public FollowUp reading(String other) {
            Objects.requireNonNull(other, "other");
            Set<String> words = new HashSet<>(FunctionWords.content(Words.of(other)));
            return new FollowUp(kind, other, introduced.stream().filter(words::contains).toList(), replaced);
        }
    }

    private static final Pattern SOURCES = Pattern.compile(
            "^(et )?(la |les |tes |vos |quelles? sont (tes |vos |les )?|ta |votre )?(sources?|references?)( stp| svp)?( \\?)?$"
                    + "|^d'?ou (ca|cela|c'est|ca vient|cela vient|ca sort|c'est tire|tu tiens ca|vous tenez ca|tu sais ca|sort (ca|cette info\\w*|l'info\\w*)"
                    + "|vien(nen)?t (ca|cela|cette info\\w*|l'info\\w*|ces infos|tes infos|vos infos|la reponse|ta reponse"
                    + "|votre reponse|cette reponse|ce chiffre|cette donnee))( \\?)?$"
                    + "|^de quels? articles? (ca vient|vient (ca|l'info\\w*|cette info\\w*))( \\?)?$"
                    + "|^qui (l'a|a) dit( ca| cela)?( \\?)?$|^c'est (dit|ecrit) ou.*|^(c'est )?dans quels? articles?.{0,20}$"
                    + "|^selon qui( \\?)?$|^tu (le )?tiens ca d'ou.*|^(c'est|cest) source( \\?)?$|^une source( \\?)?$"
                    // « le chiffre vient d'où ? », « ça sort d'où ? », « tu as une source ? », « quelle source ? »
                    + "|^(ca|cela|l'info\\w*|cette info\\w*|ces infos|le chiffre|ce chiffre|la reponse|ta reponse|cette reponse"
                    + "|la date|cette date|le nom|ce nom) (vient|viennent|sort|provient|est tiree?) d'?ou( \\?)?$"
                    + "|^(tu as|vous avez|t'as|as-tu|avez-vous) (une|des|la|tes|vos) sources?( \\?)?$"
                    + "|^(quelle|quelles) sources?( \\?)?$|^sur quoi (tu te bases|vous vous basez)( \\?)?$"
                    // « d'après quel article ? », « quel journal dit ça ? », « c'est dans quel journal ? »
                    + "|^(d'apres|selon) (quels?|quelles?) (articles?|journal|journaux|medias?|sources?)( \\?)?$"
                    + "|^(quels?|quelles?) (articles?|journal|journaux|medias?|sources?) (le )?(dit|disent|a dit|ont dit|rapporte|rapportent|parle|parlent)( ca| cela| de ca)?( \\?)?$"
                    + "|^(c'est )?dans quels? (journal|journaux|medias?)( \\?)?$");
    /**
     * « tu es sûr ? », « vraiment ? », « c'est vrai ? »: doubt asks the last question again, so
     * that its answer comes back with the sentence that states it.
     */
    private static final Pattern DOUBT = Pattern.compile(
            "^(tu es|t'es|vous etes|tu en es|vous en etes|t'en es|es-tu|etes-vous|c'est) (sur|sure|certaine?|certains)( de (ca|cela|toi|vous))?( \\?)?$"
                    + "|^(sur|sure|certaine?|vraiment|c'est vrai|c'est bien vrai|c'est verifie|t'es sur de toi|tu confirmes|vous confirmez)( \\?)?$");
    /**
     * « qui l'a dit ? », « qui a dit ça ? »: after an answer naming someone or something said, where
     * the answer comes from (its sources); after a date, a number, a place, a yes or no, who said
     * what the last answer states (a pronoun: « qui a dit que l'Agence regrette… ? »).
     */
    private static final Pattern WHO_SAID = Pattern.compile("^(et )?qui (l'a|a) (dit|declare|affirme)( ca| cela)?( \\?)?$");
    /**
     * « il s'appelle comment déjà ? », « c'est quoi son nom ? » after a question about someone:
     * the name just asked for, the last question again.
     */
    private static final Pattern NAME_AGAIN = Pattern.compile(
            "^(et )?((il|elle) s'appelle comment|comment (il|elle) s'appelle|comment s'appelle-t-(il|elle)|c'est quoi son nom"
                    + "|quel est son nom|son nom)( deja| encore| exactement| au juste)?( \\?)?$");
    /**
     * « et les sanctions, elles venaient de qui ? »: a topic set apart in front and taken up by a
     * subject pronoun that agrees with its determiner, after an « et » that goes on with the last
     * exchange (without it, « l'école, elle a fermé quand ? » stands on its own).
     */
    private static final Pattern LEFT_DISLOCATION = Pattern.compile(
            "(?iu)^(?:et|mais)\\s+(((?:les|le|la|ces|cette|cet|ce)(?=\\s)|l['’])\\s*[^,?!.]{1,80}?)\\s*,\\s*(il|elle|ils|elles)\\s+"
                    + "(\\S[^?!.]*?)[\\s?!.]*$");
    /** Words that open a message without being part of it: « et », « mais », « alors »… */
    /** Content words from which a message is read as a question of its own, never widened. */
    private static final int WIDENED_MAX_OWN_WORDS = 2;
    /** The last question's words a widened message takes at most (a question has fewer). */
    private static final int WIDENED_MAX_ADDED_WORDS = 12;
    static final Set<String> OPENERS = Set.of("et", "mais", "alors", "donc", "ok", "bon", "sinon", "ah", "oh",
            "euh", "puis");
    /** Stressed pronouns that repeat the subject pronoun after them: « lui, il… », « elle, elle… ». */
    private static final Set<String> STRESSED = Set.of("lui", "elle", "eux", "elles");
    /** Words that may stand beside a bare question word: « c'était quand ? », « pourquoi ça ? ». */
    private static final Set<String> FILLERS = Set.of("c'", "ca", "cela", "ce", "-ce", "etait", "est", "fut", "sera",
            "a", "eu", "lieu", "s'", "se", "passe", "passee", "produit", "arrive", "arrivee", "date", "il", "y", "-t-il",
            "alors", "donc", "exactement", "precisement", "au", "juste", "deja", "encore", "en", "tout", "total",
            "environ", "la", "ete", "fait", "etaient", "sont");

    /** Longer messages are questions of their own (follow-ups are short; pasted text is not one). */
    static final int MAX_LENGTH = 300;

    private final CorpusVocabulary vocabulary;
    private final NounPhrases phrases;
    private final TimePhrases times;
    private final TimeShifts timeShifts;
    private final Swaps swaps;
    private final Pronouns pronouns;
    private final Anaphors anaphors;
    private final AnswerSlots slots;

    public FollowUps(CorpusVocabulary vocabulary) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.phrases = new NounPhrases(vocabulary);
        this.times = new TimePhrases(phrases);
        this.timeShifts = new TimeShifts(times);
        this.swaps = new Swaps(phrases);
        this.slots = new AnswerSlots(phrases);
        this.pronouns = new Pronouns(phrases, new Referents(phrases), slots);
        this.anaphors = new Anaphors(phrases, times);
    }

    public CorpusVocabulary vocabulary() {
        return vocabulary;
    }

    /** {@link #read(String, String, Supplier)} when only the last question is known. */
    public Optional<FollowUp> read(String message, String previousQuestion) {
        return read(message, previousQuestion, () -> Previous.question(previousQuestion));
    }

    /**
     * The follow-up {@code message} is, read against the last exchange, or empty when it is a
     * new question. {@code previous} (the last question with its answer) is asked for only when
     * the reading needs the last answer: a question word, a pronoun, « alors » (recovering the
     * last answer may cost a search). Never throws on user text.
     */
    public Optional<FollowUp> read(String message, String lastQuestion, Supplier<Previous> previous) {
        // The last question as the answerer read it (« dis-moi qui est… » → « qui est… »): the
        // rewrite builds on its words.
        String previousQuestion = lastQuestion == null ? null : compounds(QuestionAnalyzer.written(lastQuestion));
        String text = message == null ? "" : message.strip();
        if (text.isEmpty() || text.startsWith("/") || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        text = compounds(withoutEmphasis(HurriedTyping.normalize(text)));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String folded = Folding.fold(text).replaceAll("\\s+", " ").replaceAll("\\s*([?!.]\\s*)+$", " ?")
                .replaceAll("^\\s+", "").strip();
        QuestionFrame.Kind lastKind = QuestionFrame.of(Words.of(previousQuestion == null ? "" : previousQuestion)).kind();
        boolean whoSaid = WHO_SAID.matcher(folded).matches() && lastKind != QuestionFrame.Kind.PERSON
                && lastKind != QuestionFrame.Kind.THING;
        if (!whoSaid && (SOURCES.matcher(folded).matches() || SOURCES.matcher(folded.replaceAll(" \\?$", "")).matches())) {
            return Optional.of(new FollowUp(Kind.SOURCES, previousQuestion, List.of(), List.of()));
        }
        boolean nameAgain = NAME_AGAIN.matcher(folded).matches() && lastKind == QuestionFrame.Kind.PERSON;
        if ((DOUBT.matcher(folded).matches() || nameAgain) && previousQuestion != null && !previousQuestion.isBlank()) {
            return Optional.of(new FollowUp(Kind.AGAIN, previousQuestion, List.of(), List.of()));
        }
        Optional<String> picked = WhichOnes.read(text, previousQuestion);
        if (picked.isPresent()) {
            List<String> replaced = new ArrayList<>(FunctionWords.content(Words.of(previousQuestion)));
            FunctionWords.content(Words.of(picked.get())).forEach(replaced::remove);
            return Optional.of(new FollowUp(Kind.QUESTION_WORD, picked.get(), List.of(), replaced));
        }
        String rephrased = Rephrasings.of(text, previousQuestion);
        Words all = Words.of(rephrased);
        int skip = 0;
        while (skip < all.size() - 1 && OPENERS.contains(all.key(skip))) {
            skip++;
        }
        boolean and = skip > 0 && all.key(0).equals("et");
        Words m = all.from(skip);
        if (STRESSED.contains(m.key(0)) && FunctionWords.SUBJECT_PRONOUNS.containsKey(m.key(1))) {
            m = m.from(1); // « et lui, il pense quoi ? »: the pronoun said twice
        }
        if (and) {
            m = trailingWho(m);
        }
        if (m.isEmpty() || m.size() == 1 && STRESSED.contains(m.key(0))) {
            return Optional.empty(); // « et lui ? » names nobody new: read as typed
        }
        Words asked = m;
        return classify(asked, and, lastKind).flatMap(kind -> rewrite(kind, asked, previousQuestion, previous))
                .or(() -> topicTakenUp(rephrased, previousQuestion));
    }

    /**
     * The message read in the light of the last question when no rule read it as a follow-up: the
     * message with the last question's content words it lacks after it (« ils se sont dit quoi ? »
     * after « où X a-t-il rencontré Y ? » → « ils se sont dit quoi X rencontré Y ? »). Not a
     * question a person would write; a wider search for a message that may lean on the last
     * exchange in a way no rule knows. Empty when the message is a command, says enough of its own
     * (more than {@link #WIDENED_MAX_OWN_WORDS} content words), the last message is longer than a
     * question ({@link #MAX_LENGTH}), or it adds no word.
     */
    public Optional<FollowUp> widened(String message, String lastQuestion) {
        String text = message == null ? "" : message.strip();
        if (text.isEmpty() || text.startsWith("/") || text.length() > MAX_LENGTH || lastQuestion == null
                || lastQuestion.length() > MAX_LENGTH) {
            return Optional.empty(); // a long last message is no question to lean on (and no reading to show)
        }
        Words typed = Words.of(HurriedTyping.normalize(text));
        Set<String> own = new HashSet<>(FunctionWords.content(typed));
        if (own.size() > WIDENED_MAX_OWN_WORDS) {
            return Optional.empty(); // says enough of its own to be a question of its own
        }
        List<String> added = new ArrayList<>();
        StringBuilder out = new StringBuilder(text.replaceAll("\\s*[?!.]+\\s*$", ""));
        for (Words.Word w : Words.of(QuestionAnalyzer.written(lastQuestion)).list()) {
            // each word read alone, as a person would add it: an inversion's « -t-elle » is none
            if (added.size() < WIDENED_MAX_ADDED_WORDS
                    && FunctionWords.content(Words.of(w.typed())).contains(w.key()) && own.add(w.key())) {
                added.add(w.key());
                out.append(' ').append(w.typed());
            }
        }
        return added.isEmpty() ? Optional.empty()
                : Optional.of(new FollowUp(Kind.CONTEXT, out.append(" ?").toString(), added, List.of()));
    }

    /**
     * « et l'Agence elle-même ? », « et la mairie elle meme ? »: the stressed pronoun after a phrase
     * only insists on it; the phrase alone is what the message swaps in. Alone after « et », the
     * pronoun stays (« et lui-même ? » is « et lui ? »).
     */
    static String withoutEmphasis(String text) {
        return EMPHASIS.matcher(text).replaceAll("$1");
    }

    /**
     * « porte parole » typed for « porte-parole »: two words that make a known compound noun
     * (typed nouns: « porte-parole », « premier-ministre ») are joined, so that the phrase is read as
     * one noun naming a person, in the message and in the last question alike.
     */
    static String compounds(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = PAIR.matcher(text);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        int from = 0;
        while (from < text.length() && m.find(from)) {
            String joined = Folding.fold(m.group(1) + "-" + m.group(2));
            if (COMPOUNDS.typeOf(joined).isPresent()) {
                out.append(text, copied, m.end(1)).append('-');
                copied = m.start(2);
                from = m.end(2);
            } else {
                from = m.start(2); // the second word may open the next pair
            }
        }
        return out.append(text.substring(copied)).toString();
    }

    private static final TypedNouns COMPOUNDS = TypedNouns.load();
    /** Two words side by side; the second is left for the next pair to start from. */
    private static final Pattern PAIR = Pattern.compile("(?<![\\p{L}'’-])(\\p{L}{3,}) (\\p{L}{3,})(?![\\p{L}'’-])");

    private static final Pattern EMPHASIS = Pattern.compile(
            "(?iu)(\\S)(?<!\\bet)(?<!\\bmais)\\s+(?:lui|elle|eux|elles)[- ]m[eê]mes?(?=[\\s?!.,]|$)");

    /**
     * « et les accréditations, elles sont passées de combien à combien ? » after a question « … en
     * 2018 ? »: a question of its own about the topic set apart in front (« les accréditations
     * sont passées de combien à combien »), read at the last question's time when it names none
     * and asks no time of its own:
     * the « et » goes on with the last exchange, as « et en 2018 ? » does.
     */
    private Optional<FollowUp> topicTakenUp(String message, String previousQuestion) {
        Matcher d = LEFT_DISLOCATION.matcher(message);
        if (!d.matches() || previousQuestion == null || !agrees(Folding.fold(d.group(2)), Folding.fold(d.group(3)))) {
            return Optional.empty();
        }
        Words topic = Words.of(d.group(1));
        Words w = topic.plus(Words.of(d.group(4)));
        Words last = Words.of(previousQuestion);
        // « et la préfecture, elle a réagi quand ? » asks its own time
        if (times.of(w).isEmpty() && QuestionFrame.of(w).kind() != QuestionFrame.Kind.DATE) {
            for (TimePhrases.Span t : times.of(last)) {
                w = w.plus(last.sub(t.start(), t.end()));
            }
        }
        Words out = Elisions.apply(w);
        return Optional.of(new FollowUp(Kind.PRONOUN, out.question(), FunctionWords.content(topic), List.of()));
    }

    /** Whether a subject pronoun may take up a phrase opening with {@code determiner} (folded). */
    private static boolean agrees(String determiner, String pronoun) {
        return switch (determiner) {
            case "le", "ce", "cet" -> pronoun.equals("il");
            case "la", "cette" -> pronoun.equals("elle");
            case "les", "ces" -> pronoun.startsWith("il") || pronoun.startsWith("elle");
            default -> !pronoun.endsWith("s");
        };
    }


    /**
     * « l'équipe en comptait combien avant ? » after « combien de personnes compte l'équipe ? »:
     * « en » is what the last « combien » counted, « la mission comptait combien de personnes avant ».
     */
    private static Words countedAgain(Words w, Words last) {
        QuestionFrame frame = QuestionFrame.of(last);
        if (frame.kind() != QuestionFrame.Kind.QUANTITY || frame.noun().isEmpty()) {
            return w;
        }
        int en = -1;
        int howMany = -1;
        for (int i = 0; i < w.size(); i++) {
            if (w.key(i).equals("en") && en < 0 && Pronouns.verbAfter(w, i) && !w.get(i + 1).number()) {
                en = i;
            } else if (w.key(i).equals("combien") && !FunctionWords.OF.contains(w.key(i + 1))) {
                howMany = i;
            }
        }
        if (en < 0 || howMany < en) {
            return w;
        }
        Words counted = Words.of("combien").plus(Elisions.contract(Words.of("de").plus(frame.noun())));
        return w.replace(howMany, howMany + 1, counted).replace(en, en + 1, Words.of(""));
    }

    /** Which kind of follow-up {@code m} is, if any. */
    private Optional<Kind> classify(Words m, boolean and, QuestionFrame.Kind lastKind) {
        if (times.whole(m) || demonstrativeOfTime(m) || TimePhrases.yearShift(m) != 0) {
            return Optional.of(Kind.TIME);
        }
        QuestionFrame frame = QuestionFrame.of(m);
        boolean asks = frame.role() != QuestionFrame.Role.NONE;
        // « combien de membres ? » names what it counts: a question of its own unless it opens with « et »
        // « dans quelle ville ? » after « quel pays accueille… »: a bare question phrase of the same
        // kind narrows the last question down
        boolean narrows = frame.core().isEmpty() && !frame.noun().isEmpty() && (frame.kind() == lastKind
                || lastKind == QuestionFrame.Kind.PLACE && FunctionWords.LOCATIVE.contains(frame.phrase().key(0)));
        boolean ownNoun = !frame.noun().isEmpty() && !and && !narrows && !QuestionFrame.kindNoun(frame.noun().key(0));
        // « quel âge a-t-il ? »: a question phrase naming its noun, about someone a pronoun stands for
        // « il a été quoi ? »: « quoi / qui » about the one a subject pronoun stands for, not about the last fact
        boolean aboutSomeone = (!frame.noun().isEmpty() || frame.kind() == QuestionFrame.Kind.THING
                || frame.kind() == QuestionFrame.Kind.PERSON) && pronouns.subjectPronoun(m);
        // « dans le cadre de quelle affaire ? », « avec quelle explication ? »: a question phrase led in
        // by a preposition, with nothing else, asks about the last question's clause
        boolean ledIn = frame.ledIn(m).isPresent() && verbless(m);
        if (asks && !aboutSomeone && (ledIn || !ownNoun && fillersOnly(frame.core()))) {
            return Optional.of(Kind.QUESTION_WORD);
        }
        if (pronouns.pronoun(m).isPresent()) {
            return Optional.of(Kind.PRONOUN);
        }
        if (anaphors.hasAnaphor(m)) {
            return Optional.of(Kind.ANAPHOR);
        }
        boolean verbless = verbless(m);
        String first = m.key(0);
        boolean elliptic = FunctionWords.DEMONSTRATIVES.containsKey(first) || FunctionWords.determiner(first)
                || FunctionWords.preposition(m, 0);
        if (!asks && verbless && (and || elliptic && m.size() <= 6)) {
            return Optional.of(Kind.SWAP);
        }
        return Optional.empty();
    }

    /**
     * « il l'a dit quand ? » after « qui a dit que l'école fermait ? » left unanswered: nobody to
     * put for « il », but the message asks only its question word about the last question's own
     * words (« quand est-ce qu'on a dit que l'école fermait ? »), as « quand ? » would.
     */
    private Optional<Rewritten> aboutTheUnnamed(Words q, Words m, Previous previous) {
        QuestionFrame last = QuestionFrame.of(q);
        QuestionFrame asked = QuestionFrame.of(m);
        if (last.kind() != QuestionFrame.Kind.PERSON || previous.fact().isPresent() || asked.phrase().isEmpty()
                || asked.kind() == QuestionFrame.Kind.PERSON || asked.kind() == QuestionFrame.Kind.THING
                || Pronouns.lifeEvent(m)) {
            return Optional.empty(); // « il est né quand ? » asks about the unnamed person, not the last fact
        }
        Set<String> lastWords = new HashSet<>();
        FunctionWords.content(q).forEach(w -> lastWords.add(w.length() > 5 ? w.substring(0, 5) : w));
        boolean nothingNew = FunctionWords.content(asked.core()).stream()
                .allMatch(w -> lastWords.contains(w.length() > 5 ? w.substring(0, 5) : w) || FILLERS.contains(w));
        return nothingNew ? slots.questionWord(q, asked.phrase(), previous) : Optional.empty();
    }

    /** Whether {@code core} says nothing beside a bare question word (« c'était », « au juste »). */
    private static boolean fillersOnly(Words core) {
        return core.list().stream().allMatch(w -> FILLERS.contains(w.key()));
    }

    /** « et l'Agence, c'est qui ? »: the phrase before a closing « c'est qui / qui c'est », else {@code m}. */
    private static Words trailingWho(Words m) {
        int n = m.size();
        boolean cestQui = n > 3 && m.key(n - 3).equals("c'") && m.key(n - 2).equals("est")
                && Set.of("qui", "quoi").contains(m.key(n - 1));
        boolean quiCest = n > 3 && m.key(n - 3).equals("qui") && m.key(n - 2).equals("c'") && m.key(n - 1).equals("est");
        boolean alors = n > 1 && m.key(n - 1).equals("alors");
        if (cestQui || quiCest) {
            return m.sub(0, n - 3);
        }
        return alors ? m.sub(0, n - 1) : m;
    }

    /** A phrase with neither verb nor question word: « le porte-parole de Paul Durand ». */
    private static boolean elliptic(Words w) {
        return QuestionFrame.of(w).role() == QuestionFrame.Role.NONE && verbless(w);
    }

    /** No verb: a word after a determiner or « de » is a noun whatever its ending (« le trésorier »). */
    private static boolean verbless(Words m) {
        for (int i = 0; i < m.size(); i++) {
            boolean afterDeterminer = i > 0 && (FunctionWords.determiner(m.key(i - 1)) || FunctionWords.OF.contains(m.key(i - 1)));
            if (FunctionWords.verb(m.get(i)) && !afterDeterminer) {
                return false;
            }
        }
        return true;
    }

    private boolean demonstrativeOfTime(Words m) {
        return FunctionWords.DEMONSTRATIVES.containsKey(m.key(0)) && FunctionWords.OF.contains(m.key(1))
                && times.whole(m.from(2));
    }

    private Optional<FollowUp> rewrite(Kind kind, Words m, String previousQuestion, Supplier<Previous> answered) {
        Words q = Words.of(previousQuestion);
        int skip = 0;
        while (skip < q.size() - 1 && OPENERS.contains(q.key(skip))) {
            skip++;
        }
        q = q.from(skip);
        if (q.isEmpty()) {
            return Optional.empty();
        }
        Words last = q;
        Optional<Rewritten> rewritten = switch (kind) {
            case TIME -> Optional.of(timeShifts.time(q, m));
            case SWAP -> Optional.of(swaps.swap(q, m));
            case QUESTION_WORD -> slots.questionWord(q, m, answered.get());
            case PRONOUN -> pronouns.pronouns(q, m, answered.get()).flatMap(r -> anaphors.apply(r, last, answered.get()))
                    .map(r -> elliptic(r.words()) ? swaps.swap(last, r.words()) : r)
                    .or(() -> aboutTheUnnamed(last, m, answered.get()));
            case ANAPHOR -> anaphors.apply(new Rewritten(m, List.of()), q, answered.get());
            case SOURCES, AGAIN, CONTEXT -> throw new IllegalStateException("sources, doubts and widened messages are not rewritten");
        };
        if (rewritten.isEmpty()) {
            return Optional.empty(); // a pronoun with nothing to stand for: the message as it is
        }
        Rewritten r = new Rewritten(Elisions.apply(countedAgain(rewritten.get().words(), q)), rewritten.get().introduced());
        if (r.words().text().length() > QuestionAnalyzer.MAX_LENGTH) {
            return Optional.empty(); // rewrites of rewrites must not grow without end: read as typed
        }
        if (r.words().text().equals(m.text())) {
            return Optional.empty(); // nothing to stand for: the message as it is
        }
        List<String> replaced = new ArrayList<>(FunctionWords.content(q));
        FunctionWords.content(r.words()).forEach(replaced::remove);
        return Optional.of(new FollowUp(kind, r.words().question(), r.introduced(), replaced));
    }
}
