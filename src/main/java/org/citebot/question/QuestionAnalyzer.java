package org.citebot.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.text.FrenchLexicon;

/**
 * Reads a French question as people type it in a chat and says what it asks for.
 *
 * <p>Rules over folded words (no case, no accents), tried from the most specific cue to the
 * least: definitions (« qu'est-ce que », « qui est » + a name), reasons (« pourquoi »),
 * « combien », « quand », « où », « qui », « quel / quelle + nom » (the noun decides through
 * {@link TypedNouns}), then yes/no forms (« est-ce que », inversions « a-t-elle »). A misspelt
 * interrogative (« combein », « pourqoi ») is recognised within one edit ({@link QuestionWordSlips}).
 *
 * <p>Thread-safe and stateless after construction.
 */
public final class QuestionAnalyzer {

    /** Longest question analysed; chat input beyond it is cut (hostile or pasted text). */
    public static final int MAX_LENGTH = 500;

    private static final Set<String> QUEL = Set.of("quel", "quelle", "quels", "quelles", "lequel", "laquelle",
            "lesquels", "lesquelles");
    private static final Set<String> COPULA = Set.of("est", "sont", "etait", "etaient", "fut", "furent", "sera",
            "seront", "a", "ont", "c");
    private static final Set<String> DETERMINERS = FrenchLexicon.union(FrenchLexicon.ARTICLES, FrenchLexicon.DEMONSTRATIVES,
            FrenchLexicon.THIRD_PERSON_POSSESSIVES);
    private static final Set<String> PREPOSITIONS = Set.of("a", "au", "aux", "de", "du", "des", "d", "en", "dans",
            "par", "pour", "avec", "sur", "chez", "vers", "depuis", "selon", "jusqu", "pendant", "entre", "sous");
    private static final Set<String> STOP = Set.of("le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "et",
            "ou", "a", "au", "aux", "en", "dans", "par", "pour", "avec", "sur", "est", "sont", "qui", "que", "qu",
            "quoi", "quel", "quelle", "quels", "quelles", "combien", "quand", "comment", "pourquoi", "ce", "c",
            "ca", "se", "s", "il", "elle", "ils", "elles", "on", "y", "ont", "ete", "etait", "est-ce", "t", "n",
            "ne", "pas", "son", "sa", "ses", "leur", "leurs", "cette", "cet", "ces", "j", "je", "tu", "vous",
            "nous", "me", "m", "lui", "eu", "fait", "dont", "lequel", "laquelle", "entre", "depuis", "selon",
            "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu");
    private static final Set<String> PERSON_QUI_PREFIX = Set.of("par", "a", "de", "avec", "pour", "chez", "contre",
            "envers", "sur");
    /** Words that make a date question ask for an article's publication date. */
    private static final Set<String> PUBLICATION = Set.of("publie", "publiee", "publication", "paru", "parue",
            "parution");
    /** What is published: not a topic word in such a question. */
    private static final Set<String> PUBLISHED_THINGS = Set.of("article", "depeche", "texte", "reportage");
    private static final Set<String> INTERROGATIVES = Set.of("comment", "quoi", "que", "qu", "quel", "quelle",
            "quels", "quelles", "lequel", "laquelle", "lesquels", "lesquelles", "ou", "quand", "combien", "pourquoi",
            "qui");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d,.])(1[0-9]{3}|20[0-9]{2})(?![\\d,.]\\d)");
    /** « de quoi est-il accusé ». */
    private static final Pattern ACCUSED_OF = Pattern.compile(".* de quoi .* accus.*");
    /** « que reproche X à Y ? », « qu'est-ce qu'on lui reproche ? », « quels reproches… »: a reason. */
    private static final Pattern REPROACHED = Pattern.compile(".* (?:que|qu|quoi|quels?|quelles?) (?:.* )?reproch.*");
    /** « où » as typed, accent included (« ou » is « or »). */
    private static final Pattern WHERE = Pattern.compile("(?s).*(^|[^\\p{L}])où([^\\p{L}]|$).*");
    private static final Pattern INVERSION = Pattern.compile("[a-z]+-(t-)?(il|elle|ils|elles|on)");

    private static final ChatShorthand SHORTHAND = ChatShorthand.load();

    private final TypedNouns nouns = TypedNouns.load();
    /** What the articles taught about people's names ({@link PersonNames}). */
    private final PersonNames personNames;

    /** An analysis that knows no names: « qui est » + a name asks what the name is when capitalised. */
    public QuestionAnalyzer() {
        this(PersonNames.NONE);
    }

    /**
     * An analysis that also reads « qui est durand ? », typed without a capital, as asking who the
     * person is, when the words after « qui est », all of them, name a person in the articles
     * (« durand », « claire vasseur »; not « mort en juillet »): without them lower-case words are
     * read as a role or a predicate (« qui est président ? »). A last name alone is asked as the full
     * name the articles give the one person who bears it (« qui est Paul Durand ? »), so that
     * the sentences that name the person in full, where news gives the title, are the ones read.
     */
    public QuestionAnalyzer(PersonNames personNames) {
        this.personNames = Objects.requireNonNull(personNames, "personNames");
    }

    /**
     * {@code typed} as the analysis reads it: chat shorthand written out ({@link ChatShorthand}),
     * the lead-in taken off ({@link ChatLeadIn}); empty for null. The chat reads the last question
     * this way too, so a follow-up rewritten from it does not carry « dis-moi » along.
     */
    public static String written(String typed) {
        return typed == null ? "" : ChatLeadIn.strip(SHORTHAND.expand(typed.strip()));
    }

    /** Analyses {@code text}; never throws on user input (blank text gives an OTHER question). */
    public Question analyze(String text) {
        String q = written(text);
        if (q.length() > MAX_LENGTH) {
            q = q.substring(0, MAX_LENGTH);
        }
        QuestionWords words = correctTypos(QuestionWords.of(q));
        Classification c = classify(words, q);
        Optional<String> fullName = c.type == AnswerType.DEFINITION && c.subject.isPresent()
                && !c.subject.get().isBlank() && !c.subject.get().strip().contains(" ")
                ? personNames.fullName(c.subject.get().strip()) : Optional.empty();
        if (fullName.isPresent() && fullName.get().contains(" ")) {
            String named = q.replaceFirst("(?iu)(?<![\\p{L}])" + Pattern.quote(c.subject.get().strip())
                    + "(?![\\p{L}])", Matcher.quoteReplacement(fullName.get()));
            if (!named.equals(q)) {
                return analyze(named);
            }
        }
        return new Question(q, c.type, c.focus, c.subject, year(q), month(words), keywords(words, c),
                askedNoun(words));
    }

    private record Classification(AnswerType type, Optional<String> focus, Optional<String> subject) {
        static Classification of(AnswerType type) {
            return new Classification(type, Optional.empty(), Optional.empty());
        }

        static Classification of(AnswerType type, Optional<String> focus) {
            return new Classification(type, focus, Optional.empty());
        }
    }

    private Classification classify(QuestionWords w, String typed) {
        String j = w.joined();
        Optional<Classification> definition = definition(w, j, personNames);
        if (definition.isPresent()) {
            return definition.get();
        }
        if (j.contains(" pourquoi ") || j.contains(" quelle raison ") || j.contains(" quelles raisons ")
                || j.contains(" a cause de quoi ") || j.contains(" quel motif ") || ACCUSED_OF.matcher(j).matches()
                || REPROACHED.matcher(j).matches()
                || j.contains(" pour quel motif ") || j.contains(" quelle est la cause ")) {
            return Classification.of(AnswerType.REASON);
        }
        int combien = w.indexOf(Set.of("combien"));
        if (combien >= 0) {
            return Classification.of(AnswerType.QUANTITY, countedFocus(w, combien + 1));
        }
        if (j.contains(" quand ") || j.contains(" depuis quand ") || j.contains(" a quelle date ")) {
            return Classification.of(AnswerType.DATE);
        }
        Optional<Classification> quel = quelNoun(w);
        if (quel.isPresent()) {
            return quel.get();
        }
        if (isWhere(w, typed)) {
            return Classification.of(AnswerType.PLACE);
        }
        if (isWho(w)) {
            return Classification.of(AnswerType.PERSON, personFocus(w));
        }
        if (isYesNo(w, j)) {
            return Classification.of(AnswerType.YESNO);
        }
        return new Classification(AnswerType.OTHER, Optional.empty(), stateSubject(w));
    }

    /**
     * For « comment sont les relations… ? », « comment est la situation… ? »: the thing whose
     * state is asked (« relations… »), which the sentence then describes after a copula.
     */
    private static Optional<String> stateSubject(QuestionWords w) {
        if (w.key(0).equals("comment") && Set.of("est", "sont", "etait", "etaient", "va", "vont").contains(w.key(1))
                && w.size() > 2) {
            return Optional.of(rest(w, 2));
        }
        return Optional.empty();
    }

    /** The words that ask what something is when they open the question (within its first words). */
    private static final List<String> OPENING_DEFINITION_CUES = List.of(" qu est-ce qu ", " qu est-ce que ",
            " qu est ce que ", " qu est ce qu ", " c est quoi ", " que signifie ", " que veut dire ", " que designe ",
            " definition ", " ca veut dire quoi ", " ca signifie quoi ");
    /** The words that ask what something is when they close the question: « X, c'est quoi ? ». */
    private static final List<String> CLOSING_DEFINITION_CUES = List.of(" qu est-ce que c est ", " qu est ce que c est ",
            " c est quoi ", " ca veut dire quoi ", " veut dire quoi ", " ca signifie quoi ", " signifie quoi ");
    /** Subject pronouns: « qu'est-ce qu'on reproche… » asks for an object, not a definition. */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("on", "il", "elle", "ils", "elles", "je", "j", "tu",
            "nous", "vous");
    /** Auxiliaries and copulas the verb-ending guess misses. */
    private static final Set<String> AUXILIARIES = FrenchLexicon.union(FrenchLexicon.AVOIR_FINITE,
            FrenchLexicon.ETRE_FINITE, FrenchLexicon.MODAL_FINITE);

    /**
     * « qu'est-ce que X », « c'est quoi X », « que signifie X », « ça veut dire quoi X », the same
     * cues closing the question (« X c'est quoi ? », « X, ça veut dire quoi ? »), « qui est » + a
     * name, capitalised or known as a person's. « qu'est-ce que » before a clause (« qu'est-ce que vendent les
     * marchands ? », « qu'est-ce qu'on reproche à X ? ») asks for an object, not what X is.
     */
    private static Optional<Classification> definition(QuestionWords w, String j, PersonNames personNames) {
        for (String cue : OPENING_DEFINITION_CUES) {
            int at = j.indexOf(cue);
            if (at >= 0 && at <= 3) {
                int from = wordIndexAfter(j, at + cue.length());
                if (cue.startsWith(" qu est") && opensAClause(w, from)) {
                    return Optional.empty();
                }
                return Optional.of(new Classification(AnswerType.DEFINITION, Optional.empty(),
                        Optional.of(rest(w, from))));
            }
        }
        for (String cue : CLOSING_DEFINITION_CUES) {
            if (j.endsWith(cue) && j.length() > cue.length()) {
                int words = wordIndexAfter(j, j.length() - cue.length());
                String subject = rest(w, 0, words);
                if (!subject.isBlank()) {
                    return Optional.of(new Classification(AnswerType.DEFINITION, Optional.empty(), Optional.of(subject)));
                }
            }
        }
        String k0 = w.key(0);
        boolean quiEst = (k0.equals("qui") && Set.of("est", "etait", "sont", "etaient", "fut").contains(w.key(1)))
                || (k0.equals("c") && w.key(1).equals("est") && w.key(2).equals("qui"));
        if (quiEst) {
            int start = k0.equals("qui") ? 2 : 3;
            String first = start < w.size() ? w.typed().get(start) : "";
            boolean name = !first.isEmpty() && (Character.isUpperCase(first.charAt(0))
                    || personNames.isPerson(rest(w, start)));
            if (name && !DETERMINERS.contains(w.key(start))) {
                return Optional.of(new Classification(AnswerType.DEFINITION, Optional.empty(),
                        Optional.of(rest(w, start))));
            }
        }
        return Optional.empty();
    }

    private static int wordIndexAfter(String joined, int charIndex) {
        String before = joined.substring(0, Math.min(charIndex, joined.length())).strip();
        return before.isEmpty() ? 0 : before.split(" ").length;
    }

    /**
     * Whether the words from {@code from} read as a clause rather than a noun phrase: a subject
     * pronoun first, or a verb among them (« vendent les marchands », « Paul a présenté »).
     */
    private static boolean opensAClause(QuestionWords w, int from) {
        if (SUBJECT_PRONOUNS.contains(w.key(from))) {
            return true;
        }
        for (int i = from; i < w.size(); i++) {
            if (AUXILIARIES.contains(w.key(i)) || VerbForms.likely(w.typed().get(i))) {
                return true;
            }
        }
        return false;
    }

    private static String rest(QuestionWords w, int from) {
        return rest(w, from, w.size());
    }

    /** The typed words of {@code [from, to)}, a leading determiner left out. */
    private static String rest(QuestionWords w, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (out.isEmpty() && DETERMINERS.contains(w.key(i))) {
                continue;
            }
            out.add(w.typed().get(i));
        }
        return String.join(" ", out);
    }

    /** « quel ministre… », « dans quelle ville… », « quel est le nombre de… ». */
    private Optional<Classification> quelNoun(QuestionWords w) {
        int at = w.indexOf(QUEL);
        if (at < 0) {
            return Optional.empty();
        }
        int n = afterQuel(w, at);
        if (n >= w.size()) {
            return Optional.of(Classification.of(AnswerType.OTHER));
        }
        String noun = w.key(n);
        Optional<String> focus = Optional.of(w.typed().get(n));
        AnswerType type = nouns.typeOf(noun).orElse(AnswerType.OTHER);
        if (type == AnswerType.QUANTITY && Set.of("nombre", "quantite", "chiffre").contains(noun)) {
            Optional<String> counted = countedFocus(w, n + 1);
            return Optional.of(Classification.of(type, counted.isPresent() ? counted : focus));
        }
        if (type == AnswerType.DATE && w.key(at - 1).equals("en") && noun.startsWith("an")) {
            return Optional.of(Classification.of(AnswerType.DATE, focus));
        }
        return Optional.of(Classification.of(type, focus));
    }

    /**
     * The index of the first word after the « quel » word at {@code at}, past a copula and its
     * determiners (« quelle est la… », « quelle a été l'altitude… »: « été » is the copula's
     * participle, not the season).
     */
    private static int afterQuel(QuestionWords w, int at) {
        int n = at + 1;
        if (COPULA.contains(w.key(n))) {
            n++;
            if (w.key(n).equals("ete")) {
                n++;
            }
            while (DETERMINERS.contains(w.key(n))) {
                n++;
            }
        }
        return n;
    }

    /** The interrogative determiners that ask for an instance of the noun after them. */
    private static final Set<String> QUEL_DETERMINER = Set.of("quel", "quelle", "quels", "quelles");

    /**
     * The noun a « quel » question asks an instance of (« quelle péninsule… », « quel est le
     * métier de… », « de quelles œuvres… »), as typed; empty for other questions and when a
     * pronoun, not a noun, follows (« lequel »).
     */
    static Optional<String> askedNoun(QuestionWords w) {
        int at = w.indexOf(QUEL_DETERMINER);
        if (at < 0) {
            return Optional.empty();
        }
        int n = afterQuel(w, at);
        while (n + 1 < w.size() && BEFORE_NOUN.contains(w.key(n))) {
            n++; // « l'ancien nom », « la principale raison »
        }
        if (n >= w.size() || STOP.contains(w.key(n)) || INVERSION.matcher(w.key(n)).matches()) {
            return Optional.empty();
        }
        return Optional.of(w.typed().get(n));
    }

    /** Adjectives French puts before the noun (folded): « l'ancien nom », « le premier roi ». */
    private static final Set<String> BEFORE_NOUN = Set.of("ancien", "ancienne", "anciens", "anciennes", "nouveau",
            "nouvel", "nouvelle", "nouveaux", "nouvelles", "premier", "premiere", "premiers", "premieres", "dernier",
            "derniere", "derniers", "dernieres", "grand", "grande", "grands", "grandes", "petit", "petite",
            "petits", "petites", "principal", "principale", "principaux", "principales", "seul", "seule", "seuls",
            "seules", "autre", "autres", "meilleur", "meilleure", "meilleurs", "meilleures", "vrai", "vraie",
            "veritable", "vieux", "vieil", "vieille", "jeune", "haut", "haute", "deuxieme", "second", "seconde",
            "troisieme", "plus", "veritables", "propre", "actuel", "actuelle", "futur", "future");

    /** Words of « combien y a-t-il de… », « combien existe-t-il de… » before the counted noun. */
    private static final Set<String> THERE_IS = Set.of("y", "a", "t", "il", "ils", "on", "avait", "aura", "eu",
            "existe", "existait", "compte", "comptait", "ya", "y-a-t-il", "a-t-il", "a-t-on", "y-a", "t-il",
            "existe-t-il", "compte-t-on", "avait-il", "y-avait-il");

    /**
     * The thing counted: « combien de manifestants » → « manifestants », « combien d'employeurs »,
     * « combien y a-t-il d'équipes ».
     */
    private static Optional<String> countedFocus(QuestionWords w, int from) {
        int i = from;
        while (i < w.size() && THERE_IS.contains(w.key(i)) && i - from < 5) { // hyphens join: « a-t-il »
            i++;
        }
        if (Set.of("de", "d", "des", "du").contains(w.key(i))) {
            i++;
        } else {
            return Optional.empty();
        }
        return i < w.size() ? Optional.of(w.typed().get(i)) : Optional.empty();
    }

    private static boolean isWhere(QuestionWords w, String typed) {
        if (WHERE.matcher(typed.toLowerCase(java.util.Locale.ROOT)).matches()) {
            return true;
        }
        int at = w.indexOf(Set.of("ou"));
        if (at < 0) {
            return false;
        }
        // Without its accent, « ou » is « or » unless it opens the question, follows « d' » or
        // « par », or comes last (« c'est ou »).
        return at == 0 || Set.of("d", "par", "jusqu").contains(w.key(at - 1)) || at == w.size() - 1
                || Set.of("se", "sont", "est", "etait", "sera", "vit", "habite", "trouve", "situe", "s")
                .contains(w.key(at + 1)) && at <= 2;
    }

    private static boolean isWho(QuestionWords w) {
        for (int i = 0; i < w.size(); i++) {
            if (!w.key(i).equals("qui")) {
                continue;
            }
            boolean opening = i == 0 || (i == 1 && PERSON_QUI_PREFIX.contains(w.key(0)));
            boolean cestQui = i >= 2 && w.key(i - 1).equals("est") && w.key(i - 2).equals("c");
            boolean last = i == w.size() - 1;
            if (opening || cestQui || last) {
                return true;
            }
        }
        return false;
    }

    /**
     * For « qui est le porte-parole du gouvernement » or « c'est qui le porte-parole », the role asked
     * about: « porte-parole ». « qui a signé » has none.
     */
    private static Optional<String> personFocus(QuestionWords w) {
        int n = w.indexOf(Set.of("qui")) + 1;
        if (Set.of("est", "sont", "etait", "etaient", "fut").contains(w.key(n))) {
            n++;
        } else if (!DETERMINERS.contains(w.key(n))) {
            return Optional.empty();
        }
        while (DETERMINERS.contains(w.key(n))) {
            n++;
        }
        return n < w.size() ? Optional.of(w.typed().get(n)) : Optional.empty();
    }

    /**
     * « est-ce que… », or an inversion (« a-t-elle », « sont-ils ») in a question with no
     * interrogative word: « comment le puceron détourne-t-il… » is not a yes/no question.
     */
    private static boolean isYesNo(QuestionWords w, String j) {
        boolean estCeQue = j.startsWith(" est-ce qu") || j.startsWith(" est ce qu");
        int from = !estCeQue ? 0 : j.startsWith(" est-ce") ? 2 : 3;
        for (String k : w.folded().subList(Math.min(from, w.size()), w.size())) {
            if (INTERROGATIVES.contains(k)) {
                return false;
            }
        }
        if (estCeQue) {
            return true;
        }
        for (int i = 0; i < Math.min(w.size(), 6); i++) {
            if (INVERSION.matcher(w.key(i)).matches() && !w.key(i).startsWith("est-ce")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The question with a slip in a question word among its first three words read as that word
     * (« combein de… », « à quelel heure… »): the question word stands there ({@link QuestionWordSlips}).
     */
    private static QuestionWords correctTypos(QuestionWords w) {
        List<String> folded = new ArrayList<>(w.folded());
        boolean changed = false;
        for (int i = 0; i < Math.min(folded.size(), 3); i++) {
            Optional<String> meant = QuestionWordSlips.meant(w.typed().get(i));
            if (meant.isPresent()) {
                folded.set(i, meant.get());
                changed = true;
            }
        }
        return changed ? new QuestionWords(w.typed(), List.copyOf(folded)) : w;
    }

    private static OptionalInt year(String q) {
        Matcher m = YEAR.matcher(q);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    private static OptionalInt month(QuestionWords w) {
        for (String k : w.folded()) {
            Integer m = FrenchLexicon.MONTHS.get(k);
            if (m != null) {
                return OptionalInt.of(m);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The content words, less the noun that only names the answer's kind: « ville » in « dans
     * quelle ville… » is not a word the answer's sentence says (« à Lyon »). A counted noun
     * (« manifestants » in « combien de manifestants ») stays: the sentence does say it.
     */
    private List<String> keywords(QuestionWords w, Classification c) {
        String typeNoun = c.focus.map(QuestionWords::fold)
                .filter(f -> c.type != AnswerType.QUANTITY || nouns.typeOf(f).orElse(null) == AnswerType.QUANTITY)
                .orElse("");
        boolean aboutPublication = (c.type == AnswerType.DATE || c.type == AnswerType.ORGANIZATION)
                && w.folded().stream().anyMatch(PUBLICATION::contains);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            String k = w.key(i);
            if (aboutPublication && (PUBLICATION.contains(k) || PUBLISHED_THINGS.contains(k))) {
                continue; // « quand l'article a-t-il été publié ? » asks for the article's date, not its words
            }
            if (!STOP.contains(k) && !INVERSION.matcher(k).matches() && k.length() > 1 && !k.equals(typeNoun)) {
                out.add(w.typed().get(i).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }
}
