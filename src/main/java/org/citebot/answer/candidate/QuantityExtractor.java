package org.citebot.answer.candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.answer.AnalyzedText;
import org.citebot.answer.Candidate;
import org.citebot.answer.CandidateExtractor;
import org.citebot.answer.PassageEvidence;
import org.citebot.corpus.Document;
import org.citebot.index.ScoredPassage;
import org.citebot.question.Question;
import org.citebot.text.Folding;
import org.citebot.text.FrenchLexicon;
import org.citebot.text.FrenchNumbers;
import org.citebot.text.FrenchTypography;
import org.citebot.text.Memo;
import org.citebot.text.NumberMention;
import org.citebot.text.PlainView;
import org.citebot.text.Span;
import org.citebot.text.WordLists;

/**
 * Candidates for « combien » questions: the numbers of the passage's sentence, each tied to the
 * noun it counts, and ranges (« de 30 à 20 », « entre 5 et 10 »).
 *
 * <p>Fit: a number whose counted noun is the question's focus (« 8 nouveaux enseignants » for
 * « combien d'enseignants ») fits fully; a number counting something else (« huit élèves »)
 * fits weakly and wins only through evidence (other articles, closeness to the question's
 * words). Years, ordinals and numbers the question itself contains are not answers.
 */
public final class QuantityExtractor implements CandidateExtractor {

    /** Words that may stand between a number and the noun it counts (« 7 000 environ »). */
    private static final Set<String> QUANTITY_ADJECTIVES = Set.of("nouveaux", "nouvelles", "nouveau", "nouvelle",
            "autres", "premiers", "premieres", "derniers", "dernieres", "petits", "petites", "grands", "grandes",
            "anciens", "anciennes", "jeunes", "principaux", "principales", "seuls", "seules", "hauts", "hautes",
            "environ");
    /** A month right after a number: « le 4 juillet » is a day, not a count. */
    private static final Pattern DAY_OF_MONTH = Pattern.compile("(?iu)\\s*(?:er\\s+)?("
            + FrenchLexicon.MONTH_PATTERN + ")\\b");
    /** Function words that can follow a number where a counted noun would stand. */
    private static final Set<String> NOT_NOUNS = Set.of("et", "ou", "a", "au", "aux", "de", "des", "du", "le", "la",
            "les", "l", "ses", "son", "sa", "leurs", "leur", "sur", "en", "dans", "par", "pour", "qui", "que",
            "est", "sont", "ont", "avec", "contre", "entre");
    /** The word after a number, past « de »; a unit's power stays with it (« km2 », « m³ »). */
    private static final Pattern NEXT_WORD = Pattern.compile("^[\\s(]*(?:d'|de\\s+|des\\s+)?([\\p{L}][\\p{L}-]*"
            + "(?:[²³]|[23](?![\\p{L}\\d]))?)");
    /**
     * The unit after a number, past a scale word (« 14 milliards d'euros »): letters, « ² », « / »
     * and a trailing power digit (« km2 », « m3 »).
     */
    private static final Pattern UNIT = Pattern.compile("\\s?(?:(?:millions?|milliards?|milliers?|centaines?"
            + "|dizaines?)\\s+)?(?:d'|de\\s+)?([\\p{L}€$°][\\p{L}²³/-]*[23]?)(?![\\p{L}\\d])");
    /**
     * How much a number after « ces » counts less: « lors de ces deux matchs » refers back to
     * things counted before, not the count asked.
     */
    private static final double ANAPHORIC = 0.5;
    /** The dimensions of a length, by the nouns and adjectives that name them. */
    private static final java.util.Map<String, String> DIMENSIONS = java.util.Map.ofEntries(
            java.util.Map.entry("longueur", "longueur"), java.util.Map.entry("long", "longueur"),
            java.util.Map.entry("longue", "longueur"), java.util.Map.entry("largeur", "largeur"),
            java.util.Map.entry("large", "largeur"), java.util.Map.entry("hauteur", "hauteur"),
            java.util.Map.entry("haut", "hauteur"), java.util.Map.entry("haute", "hauteur"),
            java.util.Map.entry("profondeur", "profondeur"), java.util.Map.entry("profond", "profondeur"),
            java.util.Map.entry("profonde", "profondeur"), java.util.Map.entry("epaisseur", "epaisseur"),
            java.util.Map.entry("epais", "epaisseur"), java.util.Map.entry("epaisse", "epaisseur"));
    /** Characters after a measure in which the dimension it gives is named. */
    private static final int DIMENSION_WINDOW = 30;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+");
    /** Number words that start the next measure (« une coudée pour sa largeur, une pour… »). */
    private static final Set<String> NUMBER_WORDS = Set.of("un", "une", "deux", "trois", "quatre", "cinq", "six",
            "sept", "huit", "neuf", "dix");
    /** « le nombre de salariés », « nombre d'élèves »: group 1 is the noun counted. */
    private static final Pattern NUMBER_OF = Pattern.compile("(?iu)\\bnombre\\s+(?:de\\s+|d')([\\p{L}][\\p{L}-]*)");
    /** Characters around a number in which « nombre de … » says what it counts. */
    private static final int NUMBER_OF_WINDOW = 60;
    /** « une coudée et demie »: « un » and a unit, « et demi » perhaps. */
    private static final Pattern ONE_UNIT = Pattern.compile("(?iu)(?<![\\p{L}\\d])(une?)\\s+([\\p{L}][\\p{L}²]*)"
            + "(\\s+et\\s+demie?)?(?![\\p{L}])");
    /** A share in words, perhaps bounded: « plus d'un tiers », « la moitié », « trois quarts ». */
    private static final Pattern FRACTION = Pattern.compile("(?iu)(?<![\\p{L}])((?:plus|moins|pr[eè]s|presque|environ)"
            + "\\s+d'\\s*)?(une?|la|deux|trois|quatre|cinq|neuf)\\s+(tiers|quarts?|moiti[ée]|cinqui[eè]mes?"
            + "|dixi[eè]mes?)(?![\\p{L}])");
    /** « 12 de ses 33 matchs »: the first number counts the noun of the second. */
    private static final Pattern PARTITIVE = Pattern.compile("^\\s*(?:de|d'entre|sur)\\s+(?:ses|leurs|ces|les|nos|vos)\\s+"
            + "[\\d\\s\u00a0\u202f]+(?=\\p{L})");
    /** « combien dure », « combien de temps a duré »: a duration is asked. */
    private static final Pattern DURATION_QUESTION = Pattern.compile("\\bcombien (?:de temps )?(?:\\S+ )?dur");
    /** Nouns that count the same things (resource {@code counted-nouns.txt}), by folded word. */
    private static final java.util.Map<String, List<String>> COUNTED_ALIKE = loadCountedAlike();
    /**
     * People counted by what they do: « combien de personnes vivent… » is answered in
     * « habitants », « … parlent albanais » in « locuteurs » (verb forms folded, then the nouns).
     */
    private static final List<java.util.Map.Entry<Pattern, List<String>>> PEOPLE_BY_VERB = List.of(
            java.util.Map.entry(Pattern.compile("\\b(?:vivent|vit|vivait|vivaient|habitent|habite|habitait"
                    + "|habitaient|resident|reside|peuple|peuplee)\\b"), List.of("habitants", "âmes", "résidents")),
            java.util.Map.entry(Pattern.compile("\\b(?:parlent|parle|parlait|parlaient)\\b"),
                    List.of("locuteurs", "locutrices")),
            java.util.Map.entry(Pattern.compile("\\b(?:travaillent|travaille|travaillait|travaillaient|emploie"
                    + "|emploient|employe|employes)\\b"), List.of("salariés", "employés", "travailleurs", "emplois")),
            java.util.Map.entry(Pattern.compile("\\b(?:votent|vote|voterent|votaient|ont vote)\\b"),
                    List.of("électeurs", "votants", "voix", "suffrages")),
            java.util.Map.entry(Pattern.compile("\\b(?:assistent|assiste|assisterent|regardent|regarde|vu)\\b"),
                    List.of("spectateurs", "téléspectateurs")));
    /** Measure nouns and the units that answer them (resource {@code measures.txt}). */
    private static final java.util.Map<String, Set<String>> MEASURES = loadMeasures();
    private static final Pattern RANGE_AFTER = Pattern.compile("^\\s*(?:à|a|et|-)\\s*$");
    /** « est passé de combien à combien », « entre combien et combien »: a range is asked. */
    private static final Pattern RANGE_QUESTION = Pattern.compile("combien (a|et) combien");
    private static final Set<String> PERCENT_FOCUS = Set.of("pourcentage", "part", "taux", "proportion");

    private final FrenchNumbers numbers = new FrenchNumbers();
    private final AnalyzedText analysis;

    /** What the question asks for, read once per question rather than once per passage. */
    private final Memo<Question, Asked> askedByQuestion = new Memo<>();

    public QuantityExtractor(AnalyzedText analysis) {
        this.analysis = analysis;
    }

    /**
     * What a question asks for.
     *
     * @param focusStems   the analysed terms of its focus noun (« enseignants »)
     * @param folded       its text, folded
     * @param wantsPercent it asks for a share
     * @param wantsRange   it asks for a range (« de combien à combien »)
     * @param units        the units that measure its focus (« m » for « hauteur »), when it names a measure
     * @param dimension    the dimension its focus names (« largeur »), when it is one of {@link #DIMENSIONS}
     */
    private record Asked(Set<String> focusStems, String folded, boolean wantsPercent, boolean wantsRange,
                         Optional<Set<String>> units, Optional<String> dimension) {
    }

    private Asked asked(Question question) {
        String foldedQuestion = Folding.fold(question.text());
        Set<String> focusStems = new java.util.HashSet<>();
        question.focus().ifPresent(f -> {
            focusStems.addAll(analysis.terms(f));
            for (String alike : COUNTED_ALIKE.getOrDefault(NameFinder.singular(Folding.fold(f)), List.of())) {
                focusStems.addAll(analysis.terms(alike));
            }
            for (var people : PEOPLE_BY_VERB) {
                if (people.getKey().matcher(foldedQuestion).find()) {
                    people.getValue().forEach(w -> focusStems.addAll(analysis.terms(w)));
                }
            }
        });
        boolean wantsPercent = question.focus().map(f -> PERCENT_FOCUS.contains(Folding.fold(f))).orElse(false)
                || question.text().contains("%");
        boolean wantsRange = RANGE_QUESTION.matcher(foldedQuestion).find();
        Optional<Set<String>> units = question.focus().map(Folding::fold).map(MEASURES::get);
        if (units.isEmpty() && DURATION_QUESTION.matcher(foldedQuestion).find()) {
            units = Optional.of(MEASURES.get("duree"));
        }
        Optional<String> dimension = question.focus().map(Folding::fold).map(DIMENSIONS::get);
        return new Asked(Set.copyOf(focusStems), foldedQuestion, wantsPercent, wantsRange, units, dimension);
    }

    @Override
    public List<Candidate> extract(Question question, Document doc, PassageEvidence evidence) {
        ScoredPassage passage = evidence.passage();
        Span sentence = passage.passage().sentence();
        String text = doc.text();
        PlainView plain = FrenchTypography.view(text);
        List<NumberMention> found = numbers.find(text, sentence);
        Asked asked = askedByQuestion.get(question, this::asked);
        Set<String> focusStems = asked.focusStems();
        String foldedQuestion = asked.folded();
        boolean wantsPercent = asked.wantsPercent();
        boolean wantsRange = asked.wantsRange();
        Optional<Set<String>> units = asked.units();
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            NumberMention n = found.get(i);
            if (n.ordinal() || n.yearLike(text) || inQuestion(n, text, foldedQuestion)
                    || DAY_OF_MONTH.matcher(plain).region(n.span().end(), sentence.end()).lookingAt()) {
                continue;
            }
            Optional<NumberMention> upper = rangeEnd(found, i, plain);
            if (upper.isPresent() && precededBy(plain, n.span().start(), "de", "entre")) {
                int end = upper.get().span().end();
                double fit = wantsRange ? 1.0 : 0.8;
                if (units.isPresent()) {
                    // « entre 209 et 323 mètres »: the unit after the range says what it measures
                    Optional<Span> unit = countedNoun(plain, end, sentence.end());
                    boolean measured = unitAfter(plain, end, sentence.end()).map(units.get()::contains).orElse(false);
                    fit = measured ? 1.0 : 0.2;
                    end = measured && unit.isPresent() ? unit.get().end() : end;
                }
                Span span = new Span(plainStartOfRange(plain, n.span().start()), end);
                out.add(new Candidate(question.type(), span.of(text), n.key() + "-" + upper.get().key(), passage, span,
                        fit));
                i++;
                continue;
            }
            Optional<Span> noun = countedNoun(plain, n.span().end(), sentence.end());
            double fit;
            if (wantsRange) {
                fit = 0.2;
            } else if (wantsPercent) {
                fit = n.percent() ? 1.0 : 0.2;
            } else if (units.isPresent()) {
                fit = unitAfter(plain, n.span().end(), sentence.end()).map(u -> units.get().contains(u)).orElse(false)
                        ? otherDimension(plain, n.span(), sentence, asked.dimension()) ? 0.3 : 1.0 : 0.2;
            } else if (focusStems.isEmpty()) {
                fit = n.percent() ? 0.4 : 0.6;
            } else {
                boolean matches = noun.isPresent() && analysis.terms(noun.get().of(text)).stream()
                        .anyMatch(focusStems::contains);
                fit = matches || noun.isEmpty() && numberOf(plain, n.span(), sentence, focusStems) ? 1.0 : 0.3;
            }
            if (precededBy(plain, n.span().start(), "ces")) {
                fit *= ANAPHORIC; // « lors de ces deux matchs »: things counted before
            }
            // « 12 de ses 33 matchs » is shown as « 12 »: the noun stands past another number.
            Span shown = noun.filter(s -> !holdsDigit(plain, n.span().end(), s.start()))
                    .map(s -> new Span(n.span().start(), s.end())).orElse(n.span());
            out.add(new Candidate(question.type(), shown.of(text), n.key(), passage, shown, fit, n.span()));
        }
        if (units.isPresent() && !wantsRange) {
            oneUnit(question, passage, text, plain, sentence, units.get(), asked.dimension(), out);
        }
        if (wantsPercent) {
            fractions(question, passage, text, plain, sentence, out);
        }
        return out;
    }

    /** « plus d'un tiers », « la moitié », « trois quarts »: a share said in words answers a share. */
    private static void fractions(Question question, ScoredPassage passage, String text, PlainView plain,
                                  Span sentence, List<Candidate> out) {
        Matcher m = FRACTION.matcher(plain).region(sentence.start(), sentence.end());
        while (m.find()) {
            Span shown = new Span(m.start(), m.end());
            out.add(new Candidate(question.type(), shown.of(text), Folding.fold(m.group(2) + " " + m.group(3)),
                    passage, shown, 1.0, new Span(m.start(2), m.end())));
        }
    }

    /**
     * « une coudée et demie », « un kilomètre »: the article « un » that numbers skip counts a
     * unit of the measure asked.
     */
    private static void oneUnit(Question question, ScoredPassage passage, String text, PlainView plain,
                                Span sentence, Set<String> units, Optional<String> dimension, List<Candidate> out) {
        Matcher m = ONE_UNIT.matcher(plain).region(sentence.start(), sentence.end());
        while (m.find()) {
            if (units.contains(Folding.fold(m.group(2)))) {
                Span shown = new Span(m.start(), m.end());
                String key = m.group(3) == null ? "1" : "1.5";
                out.add(new Candidate(question.type(), shown.of(text), key, passage, shown,
                        otherDimension(plain, shown, sentence, dimension) ? 0.3 : 1.0, new Span(m.start(1), m.end(1))));
            }
        }
    }

    /**
     * Whether the dimension named right after a measure, before the next number (« deux coudées
     * pour sa longueur », « 3 m de haut »), is another than the one asked: « une coudée pour sa
     * largeur » answers « quelle largeur », « deux coudées pour sa longueur » does not.
     */
    static boolean otherDimension(CharSequence plain, Span measure, Span sentence, Optional<String> asked) {
        if (asked.isEmpty()) {
            return false;
        }
        int end = Math.min(sentence.end(), measure.end() + DIMENSION_WINDOW);
        Matcher m = WORD.matcher(plain).region(measure.end(), end);
        while (m.find()) {
            String w = Folding.fold(m.group());
            if (Character.isDigit(w.charAt(0)) || NUMBER_WORDS.contains(w)) {
                return false; // the words past the next number speak of it
            }
            String named = DIMENSIONS.get(w);
            if (named != null) {
                return !named.equals(asked.get());
            }
        }
        return false;
    }

    /**
     * Whether « nombre de » + the focus stands beside a number that counts no noun of its own,
     * with no other number between (a parenthesis aside): « un grand nombre de catholiques, 7 000
     * environ, » and « estime à 100 000 (…) le nombre de salariés ».
     */
    private boolean numberOf(PlainView plain, Span number, Span sentence, Set<String> focusStems) {
        Matcher m = NUMBER_OF.matcher(plain).region(Math.max(sentence.start(), number.start() - NUMBER_OF_WINDOW),
                Math.min(sentence.end(), number.end() + NUMBER_OF_WINDOW));
        while (m.find()) {
            boolean before = m.end() <= number.start();
            if (!before && m.start() < number.end()) {
                continue;
            }
            String between = before ? plain.substring(m.end(), number.start()) : plain.substring(number.end(), m.start());
            if (!holdsDigitOutsideParentheses(between)
                    && analysis.terms(m.group(1)).stream().anyMatch(focusStems::contains)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsDigitOutsideParentheses(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
            if (depth == 0 && isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /** The unit right after a number (« m », « km² », « € », « euros » after « d' »), folded. */
    static Optional<String> unitAfter(PlainView plain, int from, int limit) {
        Matcher m = UNIT.matcher(plain).region(from, limit);
        m.useAnchoringBounds(true);
        return m.lookingAt() ? Optional.of(Folding.fold(m.group(1))) : Optional.empty();
    }

    /** The noun a number counts: the next word, past « de » and quantity adjectives. */
    public static Optional<Span> countedNoun(PlainView plain, int from, int limit) {
        int pos = from;
        for (int hops = 0; hops < 3 && pos < limit; hops++) {
            Matcher m = NEXT_WORD.matcher(plain).region(pos, limit);
            m.useAnchoringBounds(true);
            if (!m.find()) {
                return Optional.empty();
            }
            String word = Folding.fold(m.group(1));
            if (hops == 0) {
                Matcher partitive = PARTITIVE.matcher(plain).region(pos, limit);
                partitive.useAnchoringBounds(true);
                if (partitive.lookingAt()) {
                    pos = partitive.end(); // « 12 de ses 33 matchs » counts matchs
                    continue;
                }
            }
            if (NOT_NOUNS.contains(word)) {
                return Optional.empty(); // « 12 de ses matchs », « 9 et 10 »: no noun right after
            }
            if (QUANTITY_ADJECTIVES.contains(word)) {
                pos = m.end(1);
                continue;
            }
            return Optional.of(new Span(m.start(1), m.end(1)));
        }
        return Optional.empty();
    }

    private static java.util.Map<String, List<String>> loadCountedAlike() {
        java.util.Map<String, List<String>> out = new java.util.HashMap<>();
        for (String l : WordLists.lines(QuantityExtractor.class, "counted-nouns.txt")) {
            List<String> group = List.of(l.strip().split("\\s+"));
            for (String noun : group) {
                out.put(NameFinder.singular(Folding.fold(noun)), group);
            }
        }
        return java.util.Map.copyOf(out);
    }

    private static java.util.Map<String, Set<String>> loadMeasures() {
        java.util.Map<String, Set<String>> out = new java.util.HashMap<>();
        for (String l : WordLists.lines(QuantityExtractor.class, "measures.txt")) {
            int colon = l.indexOf(':');
            Set<String> units = Set.of(l.substring(colon + 1).strip().split("\\s+"));
            for (String noun : l.substring(0, colon).strip().split("\\s+")) {
                out.put(noun, units);
            }
        }
        return java.util.Map.copyOf(out);
    }

    private static Optional<NumberMention> rangeEnd(List<NumberMention> found, int i, PlainView plain) {
        if (i + 1 >= found.size()) {
            return Optional.empty();
        }
        NumberMention next = found.get(i + 1);
        String between = plain.substring(found.get(i).span().end(), next.span().start());
        return RANGE_AFTER.matcher(between).matches() ? Optional.of(next) : Optional.empty();
    }

    private static boolean precededBy(PlainView plain, int start, String... words) {
        String before = Folding.fold(plain.substring(Math.max(0, start - 8), start)).strip();
        for (String w : words) {
            if (before.endsWith(" " + w) || before.equals(w)) {
                return true;
            }
        }
        return false;
    }

    private static int plainStartOfRange(PlainView plain, int numberStart) {
        int s = numberStart;
        while (s > 0 && plain.charAt(s - 1) == ' ') {
            s--;
        }
        while (s > 0 && Character.isLetter(plain.charAt(s - 1))) {
            s--;
        }
        return s;
    }

    private static boolean inQuestion(NumberMention n, String text, String foldedQuestion) {
        return standsAlone(foldedQuestion, n.key()) || foldedQuestion.contains(Folding.fold(n.span().of(text)));
    }

    /**
     * Whether {@code digits} stands in {@code text} between non-digits, as the regular expression
     * {@code .*(?<![\d])digits(?![\d]).*} says, without compiling one per number: like that
     * expression, false for a text holding a line break (« . » does not cross one).
     */
    static boolean standsAlone(String text, String digits) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        int at = text.indexOf(digits);
        while (at >= 0) {
            int end = at + digits.length();
            boolean digitBefore = at > 0 && isDigit(text.charAt(at - 1));
            boolean digitAfter = end < text.length() && isDigit(text.charAt(end));
            if (!digitBefore && !digitAfter) {
                return true;
            }
            if (at >= text.length()) {
                break; // an empty key: every position was tried
            }
            at = text.indexOf(digits, at + 1);
        }
        return false;
    }

    private static boolean holdsDigit(PlainView plain, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isDigit(plain.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
