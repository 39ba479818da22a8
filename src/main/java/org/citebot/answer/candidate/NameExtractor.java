package org.citebot.answer.candidate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.answer.AnalyzedText;
import org.citebot.answer.Candidate;
import org.citebot.answer.CandidateExtractor;
import org.citebot.answer.PassageEvidence;
import org.citebot.corpus.Document;
import org.citebot.index.ScoredPassage;
import org.citebot.index.TermWeights;
import org.citebot.question.AnswerType;
import org.citebot.question.Question;
import org.citebot.text.Folding;
import org.citebot.text.Memo;
import org.citebot.text.RegionMemo;
import org.citebot.text.Span;

/**
 * Candidates for « qui », « où » and « quelle organisation » questions: the names of the asked
 * kind in the passage's sentence, except those the question already names.
 *
 * <p>Fit: a name whose kind a cue or the corpus established fits better than an unclassified
 * one; a name right after the question's focus (« le porte-parole du gouvernement, Paul Durand »
 * for « qui est le porte-parole… ») fits best.
 */
public final class NameExtractor implements CandidateExtractor {

    private static final String CORPUS_CUE = "corpus";
    /** The plural preposition « aux », which cues peoples (« aux Suédois ») as often as places. */
    private static final String PLURAL_CUE = "aux";
    /**
     * « dans », which puts a name inside a work, a paper or a text (« dans Le Monde », « dans
     * Phèdre ») as often as inside a place: such a name fits no better than a locative phrase
     * ({@code docs/EXPERIMENTS.md}).
     */
    private static final String INSIDE_CUE = "dans";
    /** The cue of a name made a place by {@link PlaceSignals#worldPlace}. */
    private static final String WORLD_CUE = "monde";
    /** A name's first word and the « de » that follows it: « Afrique du Nord » → « Afrique ». */
    private static final Pattern PLACE_THEN_COMPLEMENT = Pattern.compile(
            "([\\p{L}-]+)\\s+(?:de|du|des|d['’])\\b");

    /**
     * Below this idf a name is everywhere in the corpus (its topic, « ONU » in articles about
     * the United Nations) and tells little as an answer: its fit shrinks in proportion.
     */
    static final double TOPIC_IDF = 1.2;
    /** What may join the names of a list: « la Belgique et la Suisse », « A, B et C ». */
    private static final Pattern LIST_GLUE = Pattern.compile(
            "\\s*(,|et|ou)\\s*(?:(?:la|le|les|du|de|des)\\s+|l'|d')?", Pattern.CASE_INSENSITIVE);

    private static final Pattern NAME_PART_BREAK = Pattern.compile("[\\s-]+");
    /** A plural interrogative: « quels pays… ». */
    private static final Pattern SEVERAL = Pattern.compile(
            ".*\\b(quels|quelles|lesquels|lesquelles)\\b.*");

    private static final KindWords KIND_WORDS = new KindWords(org.citebot.question.TypedNouns.load());

    private final NameFinder finder;
    /** Names found per sentence: the same passages are read question after question. */
    private final RegionMemo<Name> namesBySentence = new RegionMemo<>();
    /**
     * The same names with the kinds the corpus taught ({@link NameLexicon#resolve}), and for
     * « qui » questions with the sentence's opening name: neither depends on the question.
     */
    private final RegionMemo<Name> resolvedBySentence = new RegionMemo<>();
    private final RegionMemo<Name> peopleBySentence = new RegionMemo<>();
    /** What the question already says, read once per question rather than once per passage. */
    private final Memo<Question, Asked> askedByQuestion = new Memo<>();

    private final NameLexicon lexicon;
    private final PlaceSignals places = PlaceSignals.shared();
    private final TermWeights weights;
    private final AnalyzedText analysis;

    public NameExtractor(NameFinder finder, NameLexicon lexicon, TermWeights weights, AnalyzedText analysis) {
        this.finder = finder;
        this.lexicon = lexicon;
        this.weights = weights;
        this.analysis = analysis;
    }

    /**
     * What a question already says.
     *
     * @param keywords its keywords, folded
     * @param folded   its text, folded
     * @param several  whether it may ask for a list ({@link #asksForSeveral(Question)})
     */
    private record Asked(Set<String> keywords, String folded, boolean several) {

        static Asked of(Question question) {
            Set<String> keywords = new HashSet<>();
            for (String keyword : question.keywords()) {
                keywords.add(Folding.fold(keyword));
            }
            return new Asked(Set.copyOf(keywords), Folding.fold(question.text()), asksForSeveral(question));
        }
    }

    @Override
    public List<Candidate> extract(Question question, Document doc, PassageEvidence evidence) {
        ScoredPassage passage = evidence.passage();
        Span sentence = passage.passage().sentence();
        Asked q = askedByQuestion.get(question, Asked::of);
        Set<String> asked = q.keywords();
        String folded = q.folded();
        List<Candidate> out = new ArrayList<>();
        List<Name> names = question.type() == AnswerType.PERSON
                ? peopleBySentence.get(doc.text(), sentence,
                        (text, s) -> lexicon.resolve(withOpeningName(names(text, s), text, s)))
                : resolvedBySentence.get(doc.text(), sentence, (text, s) -> worldPlaces(lexicon.resolve(names(text, s))));
        if (q.several()) {
            names = joinLists(names, doc.text(), question.type());
        }
        for (Name name : names) {
            boolean unclassified = name.kind() == AnswerType.OTHER;
            if (name.kind() != question.type() && !unclassified) {
                continue;
            }
            if (namedInQuestion(name, asked, folded)) {
                continue;
            }
            if (question.type() == AnswerType.PLACE && places.people(name.text())
                    && (unclassified || PLURAL_CUE.equals(name.cue()))) {
                continue; // « les Suédois », « aux Norvégiens »: a people; « à Calais » stays a place
            }
            if (question.type() == AnswerType.PERSON && unclassified && !name.text().contains(" ")
                    && KIND_WORDS.notAPerson(name.text())) {
                continue; // « la Révolution », « le Fonds »: a capitalised common noun, no one's name
            }
            double fit = fit(name) * Math.min(1.0, informativeness(name) / TOPIC_IDF);
            if (focusSaidOf(question, doc.text(), sentence, name)) {
                fit += 0.3;
            }
            out.add(new Candidate(question.type(), name.text(), Folding.fold(name.text()), passage, name.span(), fit)
                    .withOrigin(origin(name)));
        }
        if (question.type() == AnswerType.PLACE) {
            out.addAll(LocativePhrases.candidates(question, doc.text(), passage, asked, folded));
        }
        if (question.type() == AnswerType.PERSON) {
            out.addAll(AgentPhrases.candidates(question, doc.text(), passage, asked, folded));
        }
        return out;
    }

    /**
     * {@code names} with the unclassified ones the world knows as countries, regions or cities
     * made places (« Pérou », « Lisbonne »), for questions that do not ask for a person: a
     * person may bear a city's name (« Darwin »), a place asked for rarely does.
     */
    private List<Name> worldPlaces(List<Name> names) {
        return names.stream().map(n -> n.kind() == AnswerType.OTHER && places.worldPlace(n.text())
                || placeOpened(n, places) ? n.withKind(AnswerType.PLACE, WORLD_CUE) : n).toList();
    }

    /**
     * Whether a name taken for a person only for its several words (no cue) opens with a place
     * the world knows, then « de »: « Afrique du Nord », « Europe de l'Est », « Asie du Sud-Est »
     * ({@code docs/EXPERIMENTS.md}).
     */
    static boolean placeOpened(Name n, PlaceSignals places) {
        if (n.kind() != AnswerType.PERSON || !n.cue().isEmpty()) {
            return false;
        }
        Matcher m = PLACE_THEN_COMPLEMENT.matcher(n.text());
        return m.lookingAt() && places.worldPlace(m.group(1));
    }

    /** The names of a sentence, as the finder sees them. */
    private List<Name> names(String text, Span sentence) {
        return namesBySentence.get(text, sentence, finder::find);
    }

    /**
     * The opening word of the sentence as a name when the corpus shows it as one elsewhere
     * (« Bond parvient… »): people's single names often open sentences.
     */
    private List<Name> withOpeningName(List<Name> names, String text, Span sentence) {
        Matcher m = OPENING_WORD.matcher(text).region(sentence.start(), sentence.end());
        if (!m.lookingAt() || !lexicon.seenAsName(m.group(1))) {
            return names;
        }
        Span span = new Span(m.start(1), m.end(1));
        if (names.stream().anyMatch(n -> n.span().overlaps(span))) {
            return names;
        }
        List<Name> out = new ArrayList<>(names.size() + 1);
        out.add(new Name(span, m.group(1), AnswerType.OTHER, ""));
        out.addAll(names);
        return out;
    }

    private static final Pattern OPENING_WORD = Pattern.compile(
            "[\\s«\"(]*(\\p{Lu}[\\p{L}]+(?:-\\p{Lu}?[\\p{L}]+)*)(?![\\p{L}'’])");

    /**
     * Whether the question already names it: every word of the name is in the question
     * (« Conseil franco-allemand » still answers « quel organe liait la France et l'Allemagne »).
     */
    private static boolean namedInQuestion(Name name, Set<String> asked, String foldedQuestion) {
        for (String part : NAME_PART_BREAK.split(Folding.fold(name.text()))) {
            if (part.length() > 2 && !asked.contains(part) && !foldedQuestion.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /** The idf of the name's rarest word. */
    private double informativeness(Name name) {
        List<String> terms = analysis.terms(name.text());
        if (terms.isEmpty()) {
            return TOPIC_IDF;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (String t : terms) {
            max = Math.max(max, weights.idf(t));
        }
        return max;
    }

    /** « quels pays… », « quelles sont les rivières… »: the answer may be a list. */
    private static boolean asksForSeveral(Question question) {
        String q = Folding.fold(question.text());
        return SEVERAL.matcher(q).matches()
                || question.focus().map(f -> f.endsWith("s") || f.endsWith("x")).orElse(false);
    }

    /** Names of the question's kind (or unclassified) listed one after the other become one name. */
    private static List<Name> joinLists(List<Name> names, String text, AnswerType kind) {
        List<Name> out = new ArrayList<>();
        for (Name n : names) {
            if (!out.isEmpty()) {
                Name last = out.get(out.size() - 1);
                String glue = org.citebot.text.FrenchTypography.normalize(text.substring(last.span().end(),
                        n.span().start()));
                boolean sameKind = (last.kind() == kind || last.kind() == AnswerType.OTHER)
                        && (n.kind() == kind || n.kind() == AnswerType.OTHER);
                if (sameKind && glue.length() <= 8 && LIST_GLUE.matcher(glue).matches()) {
                    Span joined = new Span(last.span().start(), n.span().end());
                    AnswerType k = last.kind() == kind || n.kind() == kind ? kind : AnswerType.OTHER;
                    out.set(out.size() - 1, new Name(joined, joined.of(text), k, last.cue().isEmpty() ? n.cue()
                            : last.cue()));
                    continue;
                }
            }
            out.add(n);
        }
        return out;
    }

    /** What made the name a candidate of the asked kind, for the model to weigh. */
    static Candidate.Origin origin(Name name) {
        if (name.kind() == AnswerType.OTHER) {
            return Candidate.Origin.UNCLASSIFIED;
        }
        return switch (name.cue()) {
            case NameFinder.PEOPLE_CUE, NameFinder.ACRONYM_CUE -> Candidate.Origin.UNCLASSIFIED;
            case "" -> Candidate.Origin.FULL_NAME;
            case CORPUS_CUE -> Candidate.Origin.CORPUS;
            case WORLD_CUE, NameFinder.LIST_CUE -> Candidate.Origin.LISTED;
            default -> NameFinder.isPlaceCue(name.cue()) ? Candidate.Origin.PREPOSITION : Candidate.Origin.TITLE;
        };
    }

    /**
     * How sure the kind is: a cue word in the text (« la chaîne belge RTBF », « à Lyon »)
     * beats the corpus' memory and a bare acronym, which beat no cue at all.
     */
    static double fit(Name name) {
        if (name.kind() == AnswerType.OTHER) {
            return name.text().contains(" ") ? 0.2 : 0.15;
        }
        if (INSIDE_CUE.equals(name.cue())) {
            return LocativePhrases.FIT;
        }
        return switch (name.cue()) {
            case NameFinder.PEOPLE_CUE -> 0.2;
            case "", CORPUS_CUE, WORLD_CUE, NameFinder.ACRONYM_CUE -> 0.55;
            default -> 0.8;
        };
    }

    /**
     * Whether the question's focus word is said of the name in the sentence: its title (« le
     * maire Paul Durand »), an apposition before it that no other name owns (« le maire de
     * Lyon, Paul Durand », not « Anne Martin, maire de Lyon, Paul Durand… »), an apposition
     * after it (« Paul Durand, maire de Lyon, ») or a copula after it (« Paul Durand est le
     * maire »).
     */
    static boolean focusSaidOf(Question question, String text, Span sentence, Name name) {
        if (question.focus().isEmpty()) {
            return false;
        }
        String focus = Folding.fold(question.focus().get());
        String stem = focus.length() > 5 ? focus.substring(0, focus.length() - 1) : focus;
        if (stem.length() < 3) {
            return false;
        }
        int start = name.span().start();
        int from = Math.max(sentence.start(), start - 60);
        String before = Folding.fold(text.substring(from, start));
        int cut = lastBreak(before);
        if (before.substring(cut + 1).contains(stem)) {
            return true; // its title, in the same stretch of words
        }
        if (cut >= 0 && before.substring(cut + 1).isBlank() && before.charAt(cut) == ',') {
            String apposed = before.substring(0, cut);
            int previous = lastBreak(apposed);
            boolean owned = previous >= 0 && apposed.charAt(previous) == ',' && endsWithName(text, from + previous);
            if (apposed.substring(previous + 1).contains(stem) && !owned) {
                return true;
            }
        }
        String after = Folding.fold(text.substring(name.span().end(), Math.min(sentence.end(), name.span().end() + 60)));
        Matcher apposition = APPOSITION_AFTER.matcher(after);
        return apposition.lookingAt() && apposition.group(1).contains(stem);
    }

    /** « , maire de Lyon, » or « est le maire de Lyon »: what is said of a name right after it (folded text). */
    private static final Pattern APPOSITION_AFTER = Pattern.compile(
            "\\s*(?:,|\\s(?:est|etait|fut|devient|devint|reste|sera)\\s)([^,;:.()]*)");

    /** The index of the last punctuation mark that breaks a phrase in {@code s}, -1 if none. */
    private static int lastBreak(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '«' || c == '»') {
                return i;
            }
        }
        return -1;
    }

    /** Whether the word ending right before {@code end} (spaces skipped) is capitalised: a name's last word. */
    static boolean endsWithName(String text, int end) {
        int i = end;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        int j = i;
        while (j > 0 && Character.isLetter(text.charAt(j - 1))) {
            j--;
        }
        return j < i && Character.isUpperCase(text.charAt(j));
    }
}
