package org.citebot.chat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.answer.Answer;
import org.citebot.answer.candidate.QuantityExtractor;
import org.citebot.corpus.Document;
import org.citebot.qa.Citebot;
import org.citebot.question.AnswerType;
import org.citebot.question.TypedNouns;
import org.citebot.question.VerbForms;
import org.citebot.text.DateMention;
import org.citebot.text.FrenchDates;
import org.citebot.text.FrenchLexicon;
import org.citebot.text.FrenchNumbers;
import org.citebot.text.FrenchTypography;
import org.citebot.text.NumberMention;
import org.citebot.text.PlainView;
import org.citebot.text.Span;

import static org.citebot.text.Folding.fold;

/**
 * Example questions of different kinds built from the corpus itself, for /aide and /start: a
 * count (« combien de membres ? »), a year (« en quelle année le conseil a été créé ? »), a person
 * (« qui est le maire de Villeneuve ? ») and a place (« où se trouve la médiathèque ? »).
 *
 * <p>Each comes from a sentence whose shape gives both a question and its answer (a number and
 * the noun it counts; « … créé en 2002 »; an apposition « le maire de Villeneuve, Claire
 * Martin »; « la médiathèque à Lyon »), and is kept only when citebot answers it with that
 * very fact. The shapes are French, not of any corpus: no list to maintain, and every example
 * shown works on the articles loaded.
 */
public final class ExampleQuestions {

    /** The kinds of example, in the order they are shown. */
    enum Kind { QUANTITY, DATE, PERSON, PLACE }

    /** A question, the answer its sentence gives (any of a few spellings) and its kind. */
    record Example(Kind kind, String question, List<String> expected, boolean fallback) {

        Example(Kind kind, String question, List<String> expected) {
            this(kind, question, expected, false);
        }
    }

    /** Questions tried per kind and paragraphs read at most, so that start-up stays quick on a large corpus. */
    static final int MAX_TRIES_PER_KIND = 12;
    static final int MAX_PARAGRAPHS = 2_000;

    private static final FrenchDates DATES = new FrenchDates();
    private static final TypedNouns NOUNS = TypedNouns.load();
    /** Words that follow numbers without being what they count. */
    private static final Set<String> NOT_COUNTED = Set.of("environ", "plus", "moins", "fois", "pour", "avec",
            "dont", "contre", "parmi", "selon", "euros", "dollars", "heures", "minutes", "jours", "mois", "ans");

    private static final String WORD = "\\p{L}[\\p{L}'-]*";
    private static final String NOT_AFTER_LETTER = "(?<![\\p{L}'-])";
    /** « le maire de Villeneuve, Claire Martin »: a role, a comma, a name of two or three words. */
    private static final Pattern ROLE_THEN_NAME = Pattern.compile(NOT_AFTER_LETTER + "(le |la |l')(\\p{Ll}[\\p{L}-]*(?: "
            + WORD + "){0,6}?), (\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+){1,2})(?![\\p{L}'-])");
    /** « Ce conseil a été créé en 2002 », « l'alliance fondée en 1949 ». */
    private static final Pattern MADE_IN_YEAR = Pattern.compile(NOT_AFTER_LETTER
            + "((?i:le |la |l'|les |ce |cet |cette |ces ))(" + WORD + "(?: " + WORD + "){0,5}?),? (?:(a|ont) été )?"
            + "(\\p{Ll}+(?:é|ée|és|ées|ie|ies|ite|ites|ert|erte|erts|ertes|uit|uite|uits|uites)) en (\\d{4})(?!\\d)");
    /** « la médiathèque municipale à Lyon ». */
    private static final Pattern THING_AT_PLACE = Pattern.compile(NOT_AFTER_LETTER + "(le |la |l'|les )(\\p{Ll}[\\p{L}-]*"
            + "(?: " + WORD + "){0,4}?) (?:à|au|aux|en) (\\p{Lu}[\\p{L}-]+)(?![\\p{L}'-])");

    /** What a counted noun belongs to: « de la délégation régionale », « du personnel ». */
    private static final Pattern COMPLEMENT = Pattern.compile(" ((?:de la |de l'|du |des |d')" + WORD
            + "(?: \\p{Ll}[\\p{L}-]{3,})?)(?![\\p{L}'-])");
    /** Small words that end a noun phrase rather than qualify it. */
    private static final Set<String> FUNCTION_WORDS = Set.of("et", "ou", "qui", "que", "dont", "mais", "dans", "avec",
            "pour", "sans", "sous", "vers", "chez", "entre", "selon", "depuis", "contre", "parmi", "avant", "après",
            "pendant", "auprès", "lors", "alors", "donc", "puis", "comme", "aussi", "très", "plus", "moins");

    /** Words a noun phrase does not end with. */
    private static final Set<String> DANGLING = FrenchLexicon.union(FrenchLexicon.apostrophed(FrenchLexicon.ARTICLES),
            Set.of("à", "au", "aux", "en", "sur", "par"));

    private ExampleQuestions() {
    }

    /**
     * Up to {@code count} questions the bot answers with the fact their sentence states, one of
     * each kind, in the order of {@link Kind}.
     */
    public static List<String> from(Citebot bot, int count) {
        Map<Kind, String> kept = new EnumMap<>(Kind.class);
        Map<Kind, Integer> tries = new EnumMap<>(Kind.class);
        Set<String> asked = new HashSet<>();
        List<Example> fallbacks = new ArrayList<>();
        int paragraphs = 0;
        FrenchNumbers numbers = new FrenchNumbers();
        scan:
        for (Document doc : bot.corpus().documents()) {
            PlainView plain = FrenchTypography.view(doc.text());
            for (Span paragraph : doc.paragraphs()) {
                if (kept.size() >= count || ++paragraphs > MAX_PARAGRAPHS || exhausted(tries, kept)) {
                    break scan;
                }
                for (Example e : examples(doc, plain, paragraph, numbers)) {
                    if (e.fallback()) {
                        fallbacks.add(e);
                    } else {
                        tryOne(bot, e, kept, tries, asked);
                    }
                }
            }
        }
        for (Example e : fallbacks) {
            if (kept.size() < count) {
                tryOne(bot, e, kept, tries, asked);
            }
        }
        return List.copyOf(kept.values()).subList(0, Math.min(count, kept.size()));
    }

    private static void tryOne(Citebot bot, Example e, Map<Kind, String> kept, Map<Kind, Integer> tries,
                               Set<String> asked) {
        if (kept.containsKey(e.kind()) || tries.getOrDefault(e.kind(), 0) >= MAX_TRIES_PER_KIND
                || !asked.add(e.question())) {
            return;
        }
        tries.merge(e.kind(), 1, Integer::sum);
        if (answersWith(bot, e)) {
            kept.put(e.kind(), e.question());
        }
    }

    private static boolean exhausted(Map<Kind, Integer> tries, Map<Kind, String> kept) {
        for (Kind k : Kind.values()) {
            if (!kept.containsKey(k) && tries.getOrDefault(k, 0) < MAX_TRIES_PER_KIND) {
                return false;
            }
        }
        return true;
    }

    /** Whether the bot answers {@code e} with the fact its sentence gives. */
    static boolean answersWith(Citebot bot, Example e) {
        Answer answer = bot.answer(e.question());
        if (!answer.answered()) {
            return false;
        }
        String fact = fold(answer.best().orElseThrow().fact());
        return e.expected().stream().anyMatch(x -> containsWord(fact, fold(x)));
    }

    private static boolean containsWord(String text, String word) {
        return Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(word) + "(?![\\p{L}\\d])").matcher(text).find();
    }

    /** The example questions one paragraph gives, of every kind. */
    static List<Example> examples(Document doc, PlainView plain, Span paragraph, FrenchNumbers numbers) {
        List<Example> found = new ArrayList<>();
        String text = plain.substring(paragraph.start(), paragraph.end());
        found.addAll(counting(doc, plain, paragraph, numbers));
        found.addAll(made(text));
        found.addAll(roles(text));
        found.addAll(places(text));
        return found;
    }

    /**
     * « combien de membres de la délégation régionale ? », then « combien de membres ? », for the first
     * counted noun of a paragraph.
     */
    private static List<Example> counting(Document doc, PlainView plain, Span paragraph, FrenchNumbers numbers) {
        List<Span> dates = DATES.find(doc.text(), paragraph).stream().map(DateMention::span).toList();
        for (NumberMention n : numbers.find(doc.text(), paragraph)) {
            if (n.ordinal() || n.percent() || !n.whole() || n.yearLike(doc.text())
                    || dates.stream().anyMatch(d -> d.overlaps(n.span()))) {
                continue;
            }
            var noun = QuantityExtractor.countedNoun(plain, n.span().end(), paragraph.end());
            String word = noun.map(s -> s.of(doc.text())).orElse("");
            if (word.length() <= 3 || NOT_COUNTED.contains(word.toLowerCase(Locale.FRENCH))) {
                continue;
            }
            List<String> expected = List.of(n.key(), doc.text().substring(n.span().start(), n.span().end()));
            String de = "aeiouyhéèAEIOUYHÉÈ".indexOf(word.charAt(0)) >= 0 ? "combien d'" : "combien de ";
            List<Example> found = new ArrayList<>();
            Matcher of = COMPLEMENT.matcher(plain).region(noun.get().end(), paragraph.end());
            if (of.lookingAt() && nounPhrase(of.group(1))) {
                found.add(new Example(Kind.QUANTITY, de + word + " " + of.group(1) + " ?", expected));
            }
            // the bare noun (« combien de membres ? ») only when no fuller question of the kind works
            found.add(new Example(Kind.QUANTITY, de + word + " ?", expected, true));
            return found;
        }
        return List.of();
    }

    /** « en quelle année le conseil a été créé ? » from « Ce conseil a été créé en 2002 ». */
    static List<Example> made(String text) {
        List<Example> found = new ArrayList<>();
        for (MatchResult m : matches(MADE_IN_YEAR, text)) {
            String subject = m.group(2);
            if (!nounPhrase(subject)) {
                continue;
            }
            String participle = m.group(4);
            boolean plural = participle.endsWith("s") || m.group(1).toLowerCase(Locale.FRENCH).startsWith("les")
                    || m.group(1).toLowerCase(Locale.FRENCH).startsWith("ces");
            String auxiliary = m.group(3) != null ? m.group(3) : plural ? "ont" : "a";
            found.add(new Example(Kind.DATE, "en quelle année " + definite(m.group(1), subject) + subject + " " + auxiliary
                    + " été " + participle + " ?", List.of(m.group(5))));
        }
        return found;
    }

    /** « qui est le maire de Villeneuve ? » from « le maire de Villeneuve, Claire Martin ». */
    static List<Example> roles(String text) {
        List<Example> found = new ArrayList<>();
        for (MatchResult m : matches(ROLE_THEN_NAME, text)) {
            String role = m.group(2);
            String head = role.split(" ", 2)[0];
            if (NOUNS.typeOf(fold(head)).orElse(null) != AnswerType.PERSON || !nounPhrase(role)) {
                continue;
            }
            String[] name = m.group(3).split(" ");
            found.add(new Example(Kind.PERSON, "qui est " + m.group(1) + role + " ?", List.of(name[name.length - 1])));
        }
        return found;
    }

    /** « où se trouve la médiathèque ? » from « la médiathèque à Lyon ». */
    static List<Example> places(String text) {
        List<Example> found = new ArrayList<>();
        for (MatchResult m : matches(THING_AT_PLACE, text)) {
            String thing = m.group(2);
            if (!nounPhrase(thing) || NOUNS.typeOf(fold(thing.split(" ", 2)[0])).orElse(null) == AnswerType.PERSON) {
                continue;
            }
            String verb = m.group(1).equals("les ") ? "se trouvent " : "se trouve ";
            found.add(new Example(Kind.PLACE, "où " + verb + m.group(1) + thing + " ?", List.of(m.group(3))));
        }
        return found;
    }

    /** Every match of {@code pattern} in {@code text}, trying again one character on after each start. */
    private static List<MatchResult> matches(Pattern pattern, String text) {
        List<MatchResult> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            found.add(m.toMatchResult());
            from = m.start() + 1;
        }
        return found;
    }

    /** Words that read as a noun phrase: none likely a verb or a small word ending it, the last no article or preposition. */
    private static boolean nounPhrase(String words) {
        String[] split = words.split(" ");
        if (DANGLING.contains(split[split.length - 1].toLowerCase(Locale.FRENCH))) {
            return false;
        }
        for (String w : split) {
            String bare = w.contains("'") ? w.substring(w.indexOf('\'') + 1) : w;
            if (bare.isEmpty() || VerbForms.likely(bare) || FUNCTION_WORDS.contains(bare.toLowerCase(Locale.FRENCH))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The definite article for {@code determiner} before {@code noun}: « Ce conseil » → « le », « cette
     * usine » → « l' », « ces » → « les »; le, la, l', les as they are.
     */
    private static String definite(String determiner, String noun) {
        String article = switch (determiner.toLowerCase(Locale.FRENCH)) {
            case "ce " -> "le ";
            case "cet " -> "l'";
            case "cette " -> "la ";
            case "ces " -> "les ";
            default -> determiner.toLowerCase(Locale.FRENCH);
        };
        boolean vowel = !noun.isEmpty() && "aeiouyàâéèêëîïôûüAEIOUYÀÂÉÈÊËÎÏÔÛÜ".indexOf(noun.charAt(0)) >= 0;
        return vowel && (article.equals("le ") || article.equals("la ")) ? "l'" : article;
    }
}
