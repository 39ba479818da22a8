package org.citebot.answer.candidate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.answer.Candidate;
import org.citebot.answer.CandidateExtractor;
import org.citebot.answer.PassageEvidence;
import org.citebot.corpus.Document;
import org.citebot.index.FrenchAnalysis;
import org.citebot.index.ScoredPassage;
import org.citebot.question.Question;
import org.citebot.text.DateMention;
import org.citebot.text.Folding;
import org.citebot.text.FrenchDates;
import org.citebot.text.FrenchTypography;
import org.citebot.text.Memo;
import org.citebot.text.PlainView;
import org.citebot.text.RegionMemo;
import org.citebot.text.Span;

/**
 * Candidates for « quand » questions: the dates of the passage's sentence, a missing year
 * taken from the article's publication date.
 *
 * <p>Fit follows what the question asks: « en quelle année » wants a year, « quel mois » a
 * month, « depuis quand » a date after « depuis », « à partir de quelle date » one after
 * « à partir du » or « dès »; otherwise a full date fits best, a weekday alone least. A date
 * the question already gives is not an answer.
 */
public final class DateExtractor implements CandidateExtractor {

    /** « quand l'article a-t-il été publié ? »: the answer is the article's own date, as it states it. */
    private static final Pattern PUBLICATION = Pattern.compile(
            "\\b(publie|publication|paru|parution|mis en ligne|date de l'article)");
    /** What an article is called: « quand a été publié le second album ? » is not about the article. */
    private static final Pattern ARTICLE = Pattern.compile(
            "\\b(article|depeche|texte|reportage|papier|information|nouvelle)s?\\b");
    /** « au VIe siècle », « du XIVe siècle », « XVIIIe s. »: a century in Roman numerals. */
    private static final Pattern CENTURY = Pattern.compile(
            "(?<![\\p{L}])([IVXL]{1,6})(?:e|è|ème|eme|er)\\s+(?:siècle|s\\.)(?:\\s+(?:avant|av\\.)\\s+"
                    + "(?:J\\.?-C\\.?|Jésus-Christ|l['’]ère chrétienne|notre ère))?");

    private static final Pattern DEATH = Pattern.compile(
            "\\b(mort|morte|meurt|deced\\w*|deces|disparu\\w*|s'eteint|tue|tuee)\\b");
    private static final Pattern BIRTH = Pattern.compile(
            "\\b(ne|nee|naissance|nait|naquit|vu le jour)\\b");

    private static final Pattern YEAR_RANGE_END = Pattern.compile(
            "\\s?[-–/]\\s?(1\\d{3}|20\\d{2})(?!\\d)");

    /** What opens a range before its first date: « entre le », « de », « du », « depuis ». */
    private static final Pattern RANGE_OPENS = Pattern.compile(
            "(?:^|\\s)(?:entre|de|du|depuis)(?:\\s+le|\\s+l')?\\s*$");
    /** What stands between a range's two dates: « et le », « à », « au », « jusqu'au ». */
    private static final Pattern RANGE_JOINS = Pattern.compile(
            "\\s*(?:et|a|au|jusqu'au|jusqu'a|jusqu'en)(?:\\s+le|\\s+l'|\\s+en)?\\s*");
    /** A question about how something ended: a range's last date answers it. */
    private static final Pattern ASKS_END = Pattern.compile(
            "\\b(fin|finit|finissent|termine\\w*|s'acheve\\w*|acheve\\w*|cloture\\w*|jusqu'a quand)\\b");
    /** A question about how something began: a range's first date answers it. */
    private static final Pattern ASKS_START = Pattern.compile(
            "\\b(debut|debute\\w*|commence\\w*|depuis quand|a partir de quand|ouverture|ouvre)\\b");

    /** Where a date stands in a range of two (« entre le 6 mai et le 10 juin 2007 », « de 1858 à 1860 »). */
    enum RangeRole { NONE, START, END }

    private final FrenchDates dates = new FrenchDates();
    /** What a question's words ask, read once per question rather than once per passage. */
    private final Memo<String, Cues> cuesByQuestion = new Memo<>();

    /**
     * What a question's words ask about dates.
     *
     * @param folded           the question, folded
     * @param asksDeath        it names a death (« mort », « décédé »)
     * @param asksBirth        it names a birth (« né », « naissance »)
     * @param aboutPublication it asks when the article itself was published
     */
    private record Cues(String folded, boolean asksDeath, boolean asksBirth, boolean aboutPublication,
                        boolean asksStart, boolean asksEnd, Set<Integer> events) {

        static Cues of(String question) {
            String q = Folding.fold(question);
            return new Cues(q, DEATH.matcher(q).find(), BIRTH.matcher(q).find(),
                    PUBLICATION.matcher(q).find() && ARTICLE.matcher(q).find(), ASKS_START.matcher(q).find(),
                    ASKS_END.matcher(q).find(), DateExtractor.events(q));
        }
    }

    /**
     * The events of {@code event-synonyms.txt} (one a line: « décéder, décès, mort… »), by folded
     * word form: the same lists that widen the question's words.
     */
    private static final Map<String, Integer> EVENT_WORDS = loadEvents();
    /** How much a date introduced by another event than the one asked fits (« né en 1816 » for « décédé »). */
    static final double OTHER_EVENT = 0.3;
    private static final Pattern EVENT_WORD = Pattern.compile("\\p{L}+");

    private static Map<String, Integer> loadEvents() {
        Map<String, Integer> out = new HashMap<>();
        List<String> lines = FrenchAnalysis.builtInRules();
        for (int i = 0; i < lines.size(); i++) {
            for (String w : lines.get(i).split(",")) {
                out.putIfAbsent(Folding.fold(w.strip()), i);
            }
        }
        return Map.copyOf(out);
    }

    /** The events {@code folded} names, by their line in {@code event-synonyms.txt}. */
    static Set<Integer> events(String folded) {
        Set<Integer> found = new HashSet<>();
        Matcher m = EVENT_WORD.matcher(folded);
        while (m.find()) {
            String w = m.group();
            Integer e = EVENT_WORDS.get(w);
            if (e == null && w.endsWith("s")) {
                e = EVENT_WORDS.get(w.substring(0, w.length() - 1));
            }
            if (e == null && w.endsWith("e")) {
                e = EVENT_WORDS.get(w.substring(0, w.length() - 1));
            }
            if (e != null) {
                found.add(e);
            }
        }
        return Set.copyOf(found);
    }

    /**
     * A date right after the words of another event than the one the question names (« né en
     * 1816 », « élu en 1840 » for « quand fut-il couronné ? ») dates that other event: the
     * birth-or-death rule ({@link #lifeEvent}) for every event of the list
     * ({@code docs/EXPERIMENTS.md}).
     */
    static double eventFit(Set<Integer> asked, String foldedBefore) {
        if (asked.isEmpty()) {
            return 1.0;
        }
        Set<Integer> said = events(foldedBefore);
        if (said.isEmpty()) {
            return 1.0;
        }
        for (int e : said) {
            if (asked.contains(e)) {
                return 1.0;
            }
        }
        return OTHER_EVENT;
    }

    /**
     * Which dates of a sentence open or close a range of two: « entre le 6 mai et le 10 juin
     * 2007 », « de 1858 à 1860 », « du 3 au 5 mars ».
     */
    static RangeRole[] rangeRoles(List<DateMention> mentions, CharSequence plain, Span sentence) {
        RangeRole[] roles = new RangeRole[mentions.size()];
        Arrays.fill(roles, RangeRole.NONE);
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Span a = mentions.get(i).span();
            Span b = mentions.get(i + 1).span();
            String before = Folding.fold(plain.subSequence(Math.max(sentence.start(), a.start() - 14), a.start())
                    .toString());
            String between = Folding.fold(plain.subSequence(a.end(), b.start()).toString());
            if (roles[i] == RangeRole.NONE && RANGE_OPENS.matcher(before).find()
                    && RANGE_JOINS.matcher(between).matches()) {
                roles[i] = RangeRole.START;
                roles[i + 1] = RangeRole.END;
            }
        }
        return roles;
    }

    /**
     * A range's dates answer a question about its start or its end; for a single event (« à
     * quelle date a-t-il obtenu… »), a date of a period is a weaker answer than a date alone.
     */
    private static double rangeFit(RangeRole role, boolean asksStart, boolean asksEnd) {
        return switch (role) {
            case NONE -> 1.0;
            case START -> asksStart && !asksEnd ? 1.2 : asksEnd ? 0.3 : 0.7;
            case END -> asksEnd && !asksStart ? 1.2 : asksStart ? 0.3 : 0.7;
        };
    }

    /** Centuries found per sentence: the same passages are read question after question. */
    private final RegionMemo<Span> centuriesBySentence = new RegionMemo<>();

    @Override
    public List<Candidate> extract(Question question, Document doc, PassageEvidence evidence) {
        ScoredPassage passage = evidence.passage();
        Span sentence = passage.passage().sentence();
        PlainView plain = FrenchTypography.view(doc.text());
        Cues cues = cuesByQuestion.get(question.text(), Cues::of);
        String q = cues.folded();
        String focus = question.focus().map(Folding::fold).orElse("");
        List<Candidate> out = new ArrayList<>();
        boolean asksDeath = cues.asksDeath();
        boolean asksBirth = cues.asksBirth();
        boolean aboutPublication = cues.aboutPublication();
        if (!aboutPublication) {
            centuries(question, doc, passage, sentence, focus, out);
        }
        List<DateMention> mentions = dates.find(doc.text(), sentence);
        RangeRole[] roles = rangeRoles(mentions, plain, sentence);
        for (int i = 0; i < mentions.size(); i++) {
            DateMention found = mentions.get(i);
            if (roles[i] == RangeRole.START && found.year().isEmpty() && found.month().isPresent()
                    && mentions.get(i + 1).year().isPresent()) {
                // « entre le 6 mai et le 10 juin 2007 »: the first date's year is the second's
                found = new DateMention(found.span(), mentions.get(i + 1).year(), found.month(), found.day(),
                        found.weekday());
            }
            DateMention d = found.resolve(doc.date());
            if (aboutPublication) {
                if (doc.date().isPresent() && d.day().isPresent() && d.key().equals(doc.date().get().toString())) {
                    out.add(new Candidate(question.type(), d.toFrench(), mergeKey(d), passage, d.span(), 1.0));
                }
                continue;
            }
            if (q.contains(Folding.fold(found.span().of(doc.text())))) {
                continue;
            }
            String before = Folding.fold(plain.substring(Math.max(sentence.start(), d.span().start() - 14),
                    d.span().start()));
            double fit = fit(d, q, focus, before) * lifeEvent(asksDeath, asksBirth, before)
                    * rangeFit(roles[i], cues.asksStart(), cues.asksEnd()) * eventFit(cues.events(), before);
            if (fit > 0) {
                Matcher range = YEAR_RANGE_END.matcher(plain).region(d.span().end(), sentence.end());
                if (d.precision() == 1 && d.year().isPresent() && range.lookingAt()) {
                    // « la saison 2001-2002 », « l'hiver 1777-1778 »: the span of years is the date.
                    Span span = new Span(d.span().start(), range.end());
                    String text = span.of(doc.text());
                    // « en quelle année ? » asks for one year, not a period of several
                    boolean oneYear = focus.startsWith("annee") || focus.equals("an");
                    out.add(new Candidate(question.type(), text, text, passage, span, oneYear ? fit * 0.6 : fit));
                } else {
                    out.add(new Candidate(question.type(), d.toFrench(), mergeKey(d), passage, d.span(), fit));
                }
            }
        }
        return out;
    }

    /**
     * Centuries (« au VIe siècle avant l'ère chrétienne »): they answer « quel siècle » fully,
     * « quand » weakly (a vaguer date than a year).
     */
    private void centuries(Question question, Document doc, ScoredPassage passage, Span sentence, String focus,
                           List<Candidate> out) {
        for (Span span : centuriesBySentence.get(doc.text(), sentence, DateExtractor::centurySpans)) {
            String text = span.of(doc.text());
            out.add(new Candidate(question.type(), text, Folding.fold(text), passage, span,
                    focus.equals("siecle") ? 1.0 : focus.isEmpty() ? 0.4 : 0.1));
        }
    }

    /** Where {@code sentence} names a century. */
    private static List<Span> centurySpans(String text, Span sentence) {
        List<Span> found = new ArrayList<>();
        Matcher m = CENTURY.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            found.add(new Span(m.start(), m.end()));
        }
        return found;
    }

    /**
     * A day is merged across articles by month and day alone: « le 18 octobre » in one article
     * and « lundi 18 octobre 2021 » in another are the same day.
     */
    private static String mergeKey(DateMention d) {
        return d.day().isPresent() ? "--" + d.key().substring(d.key().indexOf('-') + 1) : d.key();
    }

    /**
     * Biographies give a birth and a death date side by side (« né le 27 mai 1920 …, mort le
     * 20 février 1987 »): a question about one wants the date its cue word introduces.
     */
    private static double lifeEvent(boolean asksDeath, boolean asksBirth, String before) {
        if (asksDeath == asksBirth) {
            return 1.0;
        }
        boolean birthDate = BIRTH.matcher(before).find();
        boolean deathDate = DEATH.matcher(before).find();
        if (asksDeath && birthDate || asksBirth && deathDate) {
            return 0.1;
        }
        return asksDeath && deathDate || asksBirth && birthDate ? 1.2 : 1.0;
    }

    private static double fit(DateMention d, String question, String focus, String before) {
        if (focus.startsWith("annee") || focus.equals("an")) {
            return d.year().isPresent() ? 1.0 : 0.2;
        }
        if (focus.equals("mois")) {
            return d.month().isPresent() && d.day().isEmpty() ? 1.0 : d.month().isPresent() ? 0.5 : 0.1;
        }
        if (focus.equals("siecle")) {
            return 0;
        }
        if (question.contains("depuis quand")) {
            return before.contains("depuis") ? 1.0 : 0.4;
        }
        if (question.contains("a partir de") || question.contains("des quand")) {
            return before.contains("partir d") || before.contains("des ") ? 1.0 : 0.5;
        }
        if (Set.of("jour", "date").contains(focus)) {
            return d.day().isPresent() ? 1.0 : 0.3;
        }
        return switch (d.precision()) {
            case 3 -> 0.9;
            case 2 -> d.year().isPresent() ? 0.6 : 0.4;
            default -> d.year().isPresent() ? 0.7 : 0.3;
        };
    }
}
