package org.citebot.answer.candidate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.answer.Candidate;
import org.citebot.index.ScoredPassage;
import org.citebot.question.Question;
import org.citebot.text.Folding;
import org.citebot.text.FrenchLexicon;
import org.citebot.text.RegionMemo;
import org.citebot.text.Span;
import org.citebot.text.WordLists;

/**
 * Candidates for « où » questions that are not names: the noun phrase after a locative
 * preposition (« dans la chambre de la reine », « au centre du Bassin du Cratère », « parmi les
 * figurants »), up to the next punctuation, relative word or verb, at most {@link #MAX_WORDS}
 * words. A phrase fits less than a place name: the confidence model weighs it by its closeness
 * to the question's words.
 */
public final class LocativePhrases {

    /** Longest phrase kept after the preposition. */
    static final int MAX_WORDS = 7;
    static final double FIT = 0.3;

    /**
     * The prepositions, compound ones first so that « à côté de » is not read as « à » before
     * « côté » ({@link #bareNoun}); « au sein de » is left to « au », whose head « sein » is no
     * place ({@link #NOT_PLACE_HEADS}).
     */
    private static final Pattern PREPOSITION = Pattern.compile(
            "(?<![\\p{L}])(?:(?:près|auprès|à côté|au cœur|au centre|au nord|au sud|à l['’]est|à l['’]ouest"
                    + "|au large|non loin|en dehors)\\s+(?:d['’]|de|du|des)|dans|à|au|aux|sur|sous|parmi|chez)"
                    + "(?=[\\s'’])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TOKEN = Pattern.compile("\\G\\s*([\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*|[^\\s\\p{L}\\p{N}])");
    /** Words that end the phrase: relatives, conjunctions, pronouns, auxiliaries, other prepositions. */
    private static final Set<String> STOPS = Set.of("qui", "que", "qu", "ou", "dont", "lorsque", "lorsqu", "quand",
            "pour", "avec", "par", "afin", "mais", "car", "est", "sont", "a", "ont", "etait", "etaient", "fut",
            "furent", "sera", "seront", "se", "s", "il", "elle", "ils", "elles", "on", "ne", "n", "y", "en", "dans",
            "depuis", "pendant", "lors", "avant", "apres", "puis", "comme", "selon", "sans", "contre", "jusqu",
            "jusque", "vers", "au", "aux", "sur", "sous", "parmi", "chez", "et", "ainsi", "tandis", "entre", "durant",
            "doit", "doivent", "peut", "peuvent", "fait", "font", "va", "vont", "devient", "reste", "semble", "lui",
            "leur", "alors", "si", "tout");
    /** Imperfect and conditional endings: a verb ends the phrase. */
    private static final Pattern FINITE_VERB = Pattern.compile("[a-z]{2,}(ait|aient|erait|eraient|erent)");
    /** Determiners that open a new phrase: one after the phrase's noun ends it. */
    private static final Set<String> NEW_PHRASE = FrenchLexicon.union(FrenchLexicon.DEFINITE_ARTICLES, FrenchLexicon.DEMONSTRATIVES,
            Set.of("un", "une", "son", "sa", "ses"));
    /** Words after which a determiner continues the phrase: « au centre de la ville ». */
    private static final Set<String> LINKS = FrenchLexicon.OF;
    private static final Set<String> ARTICLES = FrenchLexicon.union(FrenchLexicon.ARTICLES, FrenchLexicon.DEMONSTRATIVES,
            FrenchLexicon.THIRD_PERSON_POSSESSIVES, Set.of("tout", "toute", "tous", "toutes"));

    /** An apostrophe and what follows: « l'hôpital » → « l ». */
    private static final Pattern ELISION_ON = Pattern.compile("['’].*");
    /** An elided article: « l'hôpital » → « hôpital ». */
    private static final Pattern ELIDED_ARTICLE = Pattern.compile("^[^'’]*['’]");
    /** Articles and « de » at the end of a phrase. */
    private static final Pattern TAIL = Pattern.compile("(?:\\s+(?:de|du|des|d['’]|la|le|les|l['’]|un|une))+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(l'|la |le |les )");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s'’]+");
    private static final Pattern WORD_OR_HYPHEN_BREAK = Pattern.compile("[\\s'’-]+");

    private LocativePhrases() {
    }

    /**
     * Phrases found per sentence: they depend on the sentence alone, and passages come back
     * question after question.
     */
    private static final RegionMemo<Found> FOUND = new RegionMemo<>();

    /**
     * A phrase a sentence holds, before the question's filter.
     *
     * @param span   from the preposition to the phrase's end
     * @param phrase the words after the preposition
     * @param key    the phrase folded, without its leading article
     * @param words  its {@link #contentWords(String) content words}
     */
    private record Found(Span span, String phrase, String key, List<String> words) {
    }

    static List<Candidate> candidates(Question question, String text, ScoredPassage passage, Set<String> asked,
                                      String foldedQuestion) {
        List<Candidate> out = new ArrayList<>();
        for (Found f : FOUND.get(text, passage.passage().sentence(), LocativePhrases::find)) {
            if (informative(f.words(), asked, foldedQuestion)) {
                out.add(new Candidate(question.type(), f.span().of(text), f.key(), passage, f.span(), FIT)
                        .withOrigin(Candidate.Origin.PHRASE));
            }
        }
        return out;
    }

    /** The phrases of {@code sentence} that may name a place, whatever the question. */
    private static List<Found> find(String text, Span sentence) {
        List<Found> out = new ArrayList<>();
        Matcher m = PREPOSITION.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            int end = phraseEnd(text, m.end(), sentence.end());
            if (end <= m.end()) {
                continue;
            }
            String phrase = text.substring(m.end(), end).strip();
            if (notAPlace(m.group(), phrase) || pronoun(phrase) || bareNoun(m.group(), phrase)
                    || possessed(m.group(), phrase) || notAPlaceHead(phrase)) {
                continue;
            }
            out.add(new Found(new Span(m.start(), end), phrase,
                    LEADING_ARTICLE.matcher(Folding.fold(phrase)).replaceFirst(""), contentWords(phrase)));
        }
        return out;
    }

    /** Where the phrase starting at {@code from} ends (exclusive); {@code from} when it is empty. */
    static int phraseEnd(String text, int from, int limit) {
        Matcher t = TOKEN.matcher(text).region(from, limit);
        int end = from;
        int words = 0;
        boolean content = false;
        String previous = "";
        while (t.find() && words < MAX_WORDS) {
            String w = t.group(1);
            if (!Character.isLetterOrDigit(w.charAt(0))) {
                break;
            }
            String folded = Folding.fold(w);
            String f = ELISION_ON.matcher(folded).replaceAll("");
            if (words > 0 && (STOPS.contains(f) || FINITE_VERB.matcher(f).matches() && Character.isLowerCase(w.charAt(0))
                    || content && NEW_PHRASE.contains(f) && !LINKS.contains(previous))) {
                break; // « dans les siècles suivants | un rôle… », « au kilogramme | doit être… »
            }
            previous = f;
            if (Character.isDigit(w.charAt(0)) && words == 0) {
                return from; // « en 1953 », « à 20 km »: a date or a measure
            }
            words++;
            end = t.end(1);
            // « l'hôpital » is one token: its elided article aside, the noun is content
            String elided = ELIDED_ARTICLE.matcher(folded).replaceFirst("");
            content |= !ARTICLES.contains(f) && !STOPS.contains(f) || !elided.isEmpty() && !elided.equals(folded);
        }
        if (!content) {
            return from;
        }
        // a phrase does not end on an article or « de »
        Matcher last = TAIL.matcher(text).region(from, end);
        return last.find() ? last.start() : end;
    }

    /**
     * « à cause de… », « à partir du… », « à supporter… »: after « à », idioms and verbs are no
     * place.
     */
    private static boolean notAPlace(String preposition, String phrase) {
        if (!Folding.fold(preposition).equals("a")) {
            return false;
        }
        String word = WORD_BREAK.split(phrase)[0];
        String first = Folding.fold(word);
        return NOT_AFTER_A.contains(first) || Character.isLowerCase(word.charAt(0)) && INFINITIVE.matcher(first).matches();
    }

    /**
     * « à vie », « sur terre », « sous contrat », « à grande vitesse », « dans différents pays »,
     * « à quinze ans », « à présent »: after a plain preposition, a lower-case word with no
     * article or determiner before it makes an idiom (manner, time, measure) or a vague plural,
     * not a place; places after a bare preposition are names (« à Lyon »). The compound
     * prepositions (« au centre de », « près de ») and « au », « aux » (an article in them) are
     * not plain.
     */
    static boolean bareNoun(String preposition, String phrase) {
        if (!PLAIN_PREPOSITIONS.contains(Folding.fold(preposition)) || phrase.isEmpty()
                || !Character.isLowerCase(phrase.charAt(0))) {
            return false;
        }
        String first = Folding.fold(WORD_BREAK.split(phrase)[0]);
        return !ARTICLES.contains(first) && !DETERMINERS.contains(first);
    }

    /**
     * « à son frère », « à sa manière », « à ses yeux », « sous son commandement », « parmi
     * ses contemporains »: after « à », « sur », « sous » or « parmi », a possessive opens a
     * person, a quality or an idiom; a place said with one takes « dans » or « chez » (« dans sa
     * maison », « chez ses parents »), or its head is a place noun (« à son domicile »).
     */
    static boolean possessed(String preposition, String phrase) {
        if (!POSSESSED_AFTER.contains(Folding.fold(preposition))) {
            return false;
        }
        String[] words = WORD_BREAK.split(Folding.fold(phrase));
        if (words.length < 2 || !POSSESSIVES.contains(words[0])) {
            return false;
        }
        String head = words[1];
        return !PLACE_NOUNS.contains(head) && !PLACE_NOUNS.contains(NameFinder.singular(head));
    }

    private static final Set<String> POSSESSED_AFTER = Set.of("a", "sur", "sous", "parmi");
    private static final Set<String> POSSESSIVES = FrenchLexicon.POSSESSIVES;

    /** Prepositions without an article or a complement in them. */
    private static final Set<String> PLAIN_PREPOSITIONS = Set.of("a", "dans", "sur", "sous", "parmi", "chez");

    /**
     * « au cours du temps », « dans les années 1990 », « à son tour », « au sein duquel »: a phrase
     * whose head (its first word after the determiners) is a noun of time or of a locution is no
     * place, whatever the preposition.
     */
    static boolean notAPlaceHead(String phrase) {
        for (String raw : WORD_BREAK.split(phrase)) {
            String w = Folding.fold(raw);
            if (w.isEmpty() || ARTICLES.contains(w) || DETERMINERS.contains(w)) {
                continue;
            }
            return NOT_PLACE_HEADS.contains(w) || RELATIVES.contains(w) || abstractNoun(raw, w);
        }
        return false;
    }

    /**
     * « à l'élégance », « sous la direction d'un maître », « dans la tradition »: a
     * lower-case head with an ending of abstract nouns (-isme, -ité, -tion, -sion, -ence,
     * -ance, -esse, -ude) names a quality, an act or a state, unless French knows it as a place
     * (« à la station », « à l'université », resource {@code place-nouns.txt}).
     */
    static boolean abstractNoun(String raw, String folded) {
        if (raw.isEmpty() || !Character.isLowerCase(raw.charAt(0))) {
            return false;
        }
        String one = NameFinder.singular(folded);
        return ABSTRACT_ENDING.matcher(one).find() && !PLACE_NOUNS.contains(one) && !PLACE_NOUNS.contains(folded);
    }

    /**
     * Whether a phrase candidate's head (its first word after the preposition and determiners)
     * is a name or a place noun: « au palais de Justice », « dans la Bourgogne du Sud »,
     * against « au mètre des Halles », whose place noun or name comes later.
     */
    public static boolean placeHead(String candidate) {
        Matcher m = PREPOSITION.matcher(candidate);
        String phrase = m.lookingAt() ? candidate.substring(m.end()) : candidate;
        for (String raw : WORD_BREAK.split(phrase.strip())) {
            String w = Folding.fold(raw);
            if (w.isEmpty() || ARTICLES.contains(w) || DETERMINERS.contains(w)) {
                continue;
            }
            return Character.isUpperCase(raw.charAt(0)) || PLACE_NOUNS.contains(w)
                    || PLACE_NOUNS.contains(NameFinder.singular(w));
        }
        return false;
    }

    /** Endings of abstract nouns, folded and singular. */
    private static final Pattern ABSTRACT_ENDING = Pattern.compile("(?:isme|ite|tion|sion|ence|ance|esse|ude)$");
    /** Nouns that name a place or a position in one (resource {@code place-nouns.txt}, folded, singular). */
    private static final Set<String> PLACE_NOUNS = placeNouns();

    private static Set<String> placeNouns() {
        Set<String> out = new HashSet<>();
        for (String line : WordLists.lines(LocativePhrases.class, "place-nouns.txt")) {
            out.addAll(List.of(line.strip().split("\\s+")));
        }
        return Set.copyOf(out);
    }

    /** Determiners beside {@link #ARTICLES} that may stand before a phrase's head. */
    private static final Set<String> DETERMINERS = Set.of("mon", "ma", "mes", "notre", "nos", "votre", "vos",
            "quelques", "plusieurs", "certains", "certaines", "nombreux", "nombreuses", "chaque", "meme", "memes");
    /** Relative pronouns: « au sein duquel », « à côté de laquelle ». */
    private static final Set<String> RELATIVES = Set.of("duquel", "desquels", "desquelles", "auquel", "auxquels",
            "auxquelles", "lequel", "laquelle", "lesquels", "lesquelles", "quoi");
    /**
     * Heads of time phrases and of locutions built like places (« au cours de », « à la suite de »,
     * « à l'origine de », « sous le charme »): French, not a corpus.
     */
    private static final Set<String> NOT_PLACE_HEADS = Set.of("temps", "cours", "tour", "siecle", "siecles",
            "annee", "annees", "an", "ans", "mois", "semaine", "semaines", "jour", "jours", "heure", "heures",
            "moment", "moments", "epoque", "periode", "debut", "fin", "mort", "suite", "origine", "fois", "age",
            "lendemain", "veille", "instar", "egard", "exception", "occasion", "issue", "terme", "mesure", "reprise",
            "sein", "aide", "total", "lignes", "charme", "demande", "initiative",
            "tete", "detriment", "profit", "faveur", "nom", "image", "maniere", "facon", "lumiere", "regard",
            "insu", "intention", "attention", "encontre", "lors", "quinzaine", "dizaine", "vingtaine",
            "centaine", "milliers", "millions", "moitie", "tiers", "quart", "ensemble", "plupart",
            "part", "besoin", "grace", "sujet", "sujets", "propos", "titre", "rythme", "hasard");

    /** « dans laquelle », « sur lequel », « chez eux »: a pronoun stands for a place named elsewhere. */
    static boolean pronoun(String phrase) {
        return PRONOUNS.contains(Folding.fold(WORD_BREAK.split(phrase)[0]));
    }

    private static final Set<String> PRONOUNS = Set.of("lequel", "laquelle", "lesquels", "lesquelles", "quoi",
            "celui", "celle", "ceux", "celles", "cela", "ceci", "lui", "eux", "elle", "elles", "moi", "toi", "nous",
            "vous", "soi");
    private static final Set<String> NOT_AFTER_A = Set.of("cause", "partir", "propos", "peine", "nouveau", "part",
            "travers", "force", "condition", "moins", "savoir", "jamais", "tort", "raison", "titre", "cet", "ce",
            "cette", "peu", "plusieurs", "chaque", "tout", "toute", "tous", "toutes", "quelques", "deux", "trois",
            "lui", "eux", "elle", "elles");
    private static final Pattern INFINITIVE = Pattern.compile("[a-z]{3,}(er|ir|re|oir)");

    /** A phrase the question does not already hold, with one word of three letters or more. */
    static boolean informative(String phrase, Set<String> asked, String foldedQuestion) {
        return informative(contentWords(phrase), asked, foldedQuestion);
    }

    /** The phrase's folded words of three letters or more that are no article: what {@link #informative} reads. */
    static List<String> contentWords(String phrase) {
        List<String> words = new ArrayList<>();
        for (String w : WORD_OR_HYPHEN_BREAK.split(Folding.fold(phrase))) {
            if (w.length() >= 3 && !ARTICLES.contains(w)) {
                words.add(w);
            }
        }
        return List.copyOf(words);
    }

    /** Whether one of a phrase's {@link #contentWords(String) content words} is not in the question. */
    static boolean informative(List<String> contentWords, Set<String> asked, String foldedQuestion) {
        for (String w : contentWords) {
            if (!asked.contains(w) && !foldedQuestion.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
