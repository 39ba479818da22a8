package org.citebot.answer.candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.question.AnswerType;
import org.citebot.question.TypedNouns;
import org.citebot.text.Folding;
import org.citebot.text.FrenchLexicon;
import org.citebot.text.FrenchTypography;
import org.citebot.text.PlainView;
import org.citebot.text.Span;

/**
 * Finds proper names in French sentences and guesses their kind from the words around them.
 *
 * <p>A name is a run of capitalised words, possibly joined by particles (« de », « d' »,
 * « von », « al »…): « Anne Martin », « Conseil de l'Europe », « Charles de Gaulle ».
 * A capitalised word opening a sentence counts only when another capitalised word follows it
 * and it is not a capitalised function word (« Le », « Selon »). Kinds come from cues:
 * <ul>
 *   <li>a deployer's list ({@link Gazetteer}) first;</li>
 *   <li>an acronym (« AFP ») or an organisation head word (« Agence », « Conseil ») →
 *       ORGANIZATION;</li>
 *   <li>a role or a typed noun just before (« le ministre … », « la chaîne belge … ») → that
 *       noun's kind (see {@link TypedNouns});</li>
 *   <li>a locative preposition just before (« à », « en », « au ») → PLACE;</li>
 *   <li>two or more words with no other cue → PERSON; else OTHER.</li>
 * </ul>
 * Thread-safe.
 */
public final class NameFinder {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");
    /** Words that may link the words of a name but never end it: « Charles de Gaulle », « Conseil de l'Europe ». */
    private static final Set<String> PARTICLES = Set.of("de", "du", "des", "d", "l", "la", "le", "von", "van", "der",
            "den", "di", "da", "del", "ben", "bin", "al", "el", "y", "of", "the");
    /** Capitalised words that open sentences (or follow titles) without being names. */
    private static final Set<String> FUNCTION_WORDS = FrenchLexicon.union(FrenchLexicon.ARTICLES,
            FrenchLexicon.DEMONSTRATIVES, FrenchLexicon.THIRD_PERSON_POSSESSIVES, FrenchLexicon.MONTHS.keySet(),
            FrenchLexicon.WEEKDAYS.keySet(), Set.of("il", "elle", "ils", "elles", "on", "nous", "vous", "je", "selon",
            "en", "dans", "pour", "mais", "et", "si", "depuis", "debut", "fin", "par", "lors", "apres", "avant",
            "alors", "cependant", "pourtant", "ainsi", "aucune", "aucun", "a", "au", "aux", "c", "s", "notre", "nos",
            "votre", "tout", "tous", "toute", "toutes", "comme", "quand", "lorsque", "puis", "enfin", "or", "donc",
            "car", "ni", "chaque", "plusieurs", "certains", "certaines", "entre", "sous", "sur", "vers", "chez",
            "contre", "parmi", "pendant", "malgre", "outre", "cela", "ceci", "celui", "celle", "ceux", "qui", "que",
            "quoi", "dont", "ou", "mon", "ma", "mes", "ton", "ta", "tes", "meme", "m", "mme", "mlle", "dr", "st"));
    private static final Set<String> PLACE_CUES = Set.of("a", "au", "aux", "en", "dans", "vers", "pres",
            "depuis", "jusqu");
    private static final Set<String> ORG_HEADS = Set.of("conseil", "organisation", "agence", "ministere",
            "universite", "parti", "banque", "union", "federation", "comite", "institut", "societe", "compagnie",
            "association", "assemblee", "armee", "secretariat", "commission", "cour", "tribunal", "musee",
            "fondation", "academie", "ecole", "eglise", "club", "groupe", "office", "bureau", "departement",
            "service", "gouvernement", "senat", "parlement", "congres", "ordre", "institution", "centre",
            "laboratoire", "orchestre", "theatre", "journal", "radio", "television", "chaine", "editions");
    /** Words that make the following name a complement (« du gouvernement », « de l'ONU »). */
    private static final Set<String> COMPLEMENT = FrenchLexicon.OF;
    /** Articles that may stand between a locative preposition and a place: « à l'Italie ». */
    private static final Set<String> ARTICLES = FrenchLexicon.DEFINITE_ARTICLES;
    /**
     * Words looked back for a cue: « le vice-ministre des Affaires étrangères Anne Martin »
     * puts the role five words before the name.
     */
    private static final int CUE_WINDOW = 3;
    /**
     * Words that open a new clause: a noun before them is no cue for a name after them (« le
     * futur musée, que Paul Durand veut classique »: Paul Durand is no museum).
     */
    private static final Set<String> CLAUSE_WORDS = Set.of("que", "qu", "qui", "dont", "ou", "lorsque", "quand",
            "mais", "car", "si", "puisque", "tandis");
    /** An ordinal century or reign number (« XIXe », « IIIe »): capitalised, and no name. */
    private static final Pattern ORDINAL_NUMERAL = Pattern.compile("[IVXLC]+(?:e|er|ème|eme)");
    /** Abbreviated titles whose full stop ends no sentence: « M. Martin ». */
    private static final Set<String> TITLE_ABBREVIATIONS = Set.of("m", "mme", "mlle", "dr", "mgr", "me", "st", "ste");
    private static final Set<String> PERSON_TITLES = Set.of("m", "mme", "mlle", "dr", "me", "mgr", "sir", "saint",
            "sainte", "lord", "lady");

    /**
     * Nouns that stand before a place's own name: « le mont Ventoux », « l'église Saint-Paul »,
     * « la rue Victor-Hugo » (folded, singular; beside the place nouns of {@link TypedNouns}).
     */
    private static final Set<String> PLACE_TITLES = Set.of("mont", "massif", "eglise", "cathedrale", "basilique",
            "chapelle", "abbaye", "temple", "palais", "chateau", "fort", "rue", "avenue", "boulevard", "pont", "lac",
            "cap", "golfe", "baie", "detroit", "desert", "foret", "vallee", "plaine", "plateau", "colline", "royaume",
            "cite", "canton", "oasis", "peninsule", "archipel");
    /** Nouns that stand before the name of a group, not of a person: « la dynastie Tang », « les tribus Zoulou ». */
    private static final Set<String> GROUP_TITLES = Set.of("dynastie", "tribu", "empire", "clan", "peuple",
            "ethnie", "maison", "famille");
    /** Rulers of a territory: the name after « de » is the territory (« le duc de Bourgogne »). */
    private static final Set<String> RULERS = Set.of("roi", "reine", "duc", "duchesse", "prince", "princesse",
            "empereur", "imperatrice", "marquis", "marquise", "seigneur", "gouverneur", "maire", "eveque",
            "archeveque", "souverain", "monarque", "prefet", "consul", "emir", "sultan", "khan", "vice-roi",
            "shah", "pharaon", "tsar");

    /** The cue recorded for a plural name of a people (« les Espagnols »): a group of people. */
    public static final String PEOPLE_CUE = "peuple";
    private static final Set<String> PLURAL_ARTICLES = Set.of("les", "des");
    /** Endings of the plural names of peoples and orders: Anglais, Suédois, Romains, Italiens, Espagnols… */
    private static final Pattern PEOPLE_ENDING = Pattern.compile(
            "\\p{L}{2,}(?:ais|ois|ains|iens|eens|ols|ands|iques|ites|ans|ins|ens|istes|ards|ots)");

    /** The cue recorded for a name the gazetteer lists. */
    public static final String LIST_CUE = "liste";

    /** Whether {@code cue} (folded) is a locative preposition that makes the name after it a place. */
    static boolean isPlaceCue(String cue) {
        return PLACE_CUES.contains(cue);
    }

    /** The cue recorded for a name classified as an organisation only because it is an acronym. */
    public static final String ACRONYM_CUE = "sigle";

    private static final org.citebot.text.FrenchNumbers NUMBERS = new org.citebot.text.FrenchNumbers();

    private final Gazetteer gazetteer;
    private final TypedNouns nouns;

    public NameFinder(Gazetteer gazetteer, TypedNouns nouns) {
        this.gazetteer = gazetteer;
        this.nouns = nouns;
    }

    /** The names within {@code region} of {@code text}, in text order. */
    public List<Name> find(String text, Span region) {
        PlainView plain = FrenchTypography.view(text);
        List<Span> words = words(plain, region);
        List<Name> names = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!startsName(plain, words, i, region)) {
                i++;
                continue;
            }
            int end = i;
            int j = i + 1;
            while (j < words.size() && adjacent(plain, words.get(j - 1), words.get(j))) {
                String w = words.get(j).of(plain);
                if (isCapitalised(w) && !FUNCTION_WORDS.contains(Folding.fold(w))) {
                    end = j;
                    j++;
                } else if (particleRun(plain, words, j) > 0) {
                    j += particleRun(plain, words, j);
                } else {
                    break;
                }
            }
            Span span = new Span(words.get(i).start(), words.get(end).end());
            names.add(classify(plain, words, i, end, new Name(span, span.of(text), AnswerType.OTHER, "")));
            i = end + 1;
        }
        return names;
    }

    private boolean startsName(PlainView plain, List<Span> words, int i, Span region) {
        String w = words.get(i).of(plain);
        if (!isCapitalised(w) || FUNCTION_WORDS.contains(Folding.fold(w)) || isNumeral(w)
                || ORDINAL_NUMERAL.matcher(w).matches()) {
            return false;
        }
        boolean afterTitle = i > 0 && TITLE_ABBREVIATIONS.contains(Folding.fold(words.get(i - 1).of(plain)));
        boolean opensSentence = i == 0
                || !afterTitle && endsSentence(plain, words.get(i - 1).end(), words.get(i).start());
        if (!opensSentence) {
            return true;
        }
        return isAcronym(w) || i + 1 < words.size() && adjacent(plain, words.get(i), words.get(i + 1))
                && (isCapitalised(words.get(i + 1).of(plain)) || particleRun(plain, words, i + 1) > 0);
    }

    /**
     * How many words, from {@code j}, join the name before to a capitalised word after: « de »,
     * « de l' », « de la », « von », « al »…; 0 when they do not.
     */
    private static int particleRun(PlainView plain, List<Span> words, int j) {
        int k = j;
        while (k < words.size() && k - j < 2 && PARTICLES.contains(Folding.fold(words.get(k).of(plain)))
                && k + 1 < words.size() && adjacent(plain, words.get(k), words.get(k + 1))) {
            k++;
            String next = words.get(k).of(plain);
            if (isCapitalised(next) && !FUNCTION_WORDS.contains(Folding.fold(next))) {
                return k - j;
            }
        }
        return 0;
    }

    private Name classify(PlainView plain, List<Span> words, int first, int last, Name name) {
        var listed = gazetteer.kindOf(name.text());
        if (listed.isPresent()) {
            return name.withKind(listed.get(), LIST_CUE);
        }
        String head = Folding.fold(words.get(first).of(plain));
        if (ORG_HEADS.contains(head)) {
            return name.withKind(AnswerType.ORGANIZATION, head);
        }
        for (int back = 1; back <= CUE_WINDOW && first - back >= 0; back++) {
            Span prev = words.get(first - back);
            if (endsSentence(plain, prev.end(), words.get(first - back + 1).start())
                    && !TITLE_ABBREVIATIONS.contains(Folding.fold(prev.of(plain)))) {
                break;
            }
            String cue = Folding.fold(prev.of(plain));
            if (CLAUSE_WORDS.contains(cue)) {
                break;
            }
            boolean afterArticle = back == 2 && ARTICLES.contains(Folding.fold(words.get(first - 1).of(plain)));
            if (back == 1 && adjacent(plain, prev, words.get(first))) {
                var titled = titleKind(cue);
                if (titled.isPresent()) {
                    return name.withKind(titled.get(), cue);
                }
            }
            if (COMPLEMENT.contains(cue) && (back == 1 || afterArticle)) {
                var ruled = ruledPlace(plain, words, first - back);
                if (ruled.isPresent()) {
                    return name.withKind(AnswerType.PLACE, ruled.get());
                }
                break; // « le porte-parole du gouvernement »: a complement of the role, not its holder
            }
            if (isComplement(plain, words, first - back)) {
                continue; // « le porte-parole du gouvernement, Paul Durand »: the role is further back
            }
            if ((back == 1 || afterArticle) && PLACE_CUES.contains(cue)) {
                return name.withKind(AnswerType.PLACE, cue);
            }
            if (back == 1 && PERSON_TITLES.contains(cue)) {
                return name.withKind(AnswerType.PERSON, cue);
            }
            var typed = nouns.typeOf(cue);
            if (typed.isPresent() && typed.get() != AnswerType.QUANTITY && typed.get() != AnswerType.DATE) {
                return name.withKind(typed.get(), cue);
            }
        }
        if (first == last && isAcronym(words.get(first).of(plain))) {
            return name.withKind(AnswerType.ORGANIZATION, ACRONYM_CUE);
        }
        if (last > first) {
            return name.withKind(AnswerType.PERSON, "");
        }
        return people(plain, words, first) ? name.withKind(AnswerType.PERSON, PEOPLE_CUE) : name;
    }

    /**
     * Whether the one word at {@code at} names a people after a plural article: « les Espagnols »,
     * « des Britanniques » (the endings of French names of peoples; « les Alpes », « les
     * Antilles » have none of them). « aux » stays a place's cue: « aux Jésuites » lost more than
     * it gained on PIAF dev.
     */
    private static boolean people(PlainView plain, List<Span> words, int at) {
        if (at < 1 || !PLURAL_ARTICLES.contains(Folding.fold(words.get(at - 1).of(plain)))
                || !adjacent(plain, words.get(at - 1), words.get(at))) {
            return false;
        }
        return peopleEnding(words.get(at).of(plain));
    }

    /** Whether {@code word} ends as the plural names of peoples do (« Suédois », « Mexicains », « Espagnols »). */
    static boolean peopleEnding(String word) {
        return PEOPLE_ENDING.matcher(Folding.fold(word)).matches();
    }

    /**
     * The kind a common noun standing right before a name, without a comma, gives it: a title.
     * « de l'empereur Julien » is an emperor even as a complement, « le mont Ventoux » a place,
     * « la dynastie Tang » no person.
     */
    private Optional<AnswerType> titleKind(String noun) {
        if (PLACE_TITLES.contains(noun) || PLACE_TITLES.contains(singular(noun))) {
            return Optional.of(AnswerType.PLACE);
        }
        if (GROUP_TITLES.contains(noun) || GROUP_TITLES.contains(singular(noun))) {
            return Optional.of(AnswerType.ORGANIZATION);
        }
        return nouns.typeOf(noun).filter(t -> t == AnswerType.PERSON || t == AnswerType.PLACE);
    }

    /**
     * The noun before « de » (« d' », « de la »…) at {@code complement} when it makes the name
     * after it a place: a place noun (« la ville de Tours », « la province de Namur ») or a
     * ruler of a territory (« le duc de Bourgogne », « le maire de Nantes »).
     */
    private Optional<String> ruledPlace(PlainView plain, List<Span> words, int complement) {
        int at = complement;
        if (ARTICLES.contains(Folding.fold(words.get(at).of(plain))) && at >= 1
                && COMPLEMENT.contains(Folding.fold(words.get(at - 1).of(plain)))) {
            at--;
        }
        if (!COMPLEMENT.contains(Folding.fold(words.get(at).of(plain))) || at < 1) {
            return Optional.empty();
        }
        String noun = Folding.fold(words.get(at - 1).of(plain));
        String one = singular(noun);
        boolean place = nouns.typeOf(noun).filter(t -> t == AnswerType.PLACE).isPresent()
                || PLACE_TITLES.contains(one);
        return place || RULERS.contains(noun) || RULERS.contains(one) ? Optional.of(noun) : Optional.empty();
    }

    /** A folded plural noun's singular, roughly: « équipes » → « equipe », « chevaux » → « chevau ». */
    static String singular(String w) {
        return (w.endsWith("s") || w.endsWith("x")) && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }

    private static List<Span> words(PlainView plain, Span region) {
        List<Span> out = new ArrayList<>();
        Matcher m = WORD.matcher(plain).region(region.start(), region.end());
        while (m.find()) {
            out.add(new Span(m.start(), m.end()));
        }
        return out;
    }

    /** Two words separated by spaces only (no punctuation, no apostrophe ending a particle). */
    private static boolean adjacent(PlainView plain, Span a, Span b) {
        String between = plain.substring(a.end(), b.start());
        return between.isBlank() && !between.isEmpty() || between.equals("'") && a.length() <= 2;
    }

    private static boolean endsSentence(PlainView plain, int from, int to) {
        String between = plain.substring(from, to);
        return between.contains(".") || between.contains("!") || between.contains("?") || between.contains(":")
                || between.contains("\n") || between.contains("«") || between.contains("\"");
    }

    /** Whether the word at {@code i} follows « du », « de », « de l' »…: a complement, not a cue. */
    private static boolean isComplement(PlainView plain, List<Span> words, int i) {
        String before = i >= 1 ? Folding.fold(words.get(i - 1).of(plain)) : "";
        String twoBefore = i >= 2 ? Folding.fold(words.get(i - 2).of(plain)) : "";
        return COMPLEMENT.contains(before) || ARTICLES.contains(before) && COMPLEMENT.contains(twoBefore);
    }

    /** « Huit puissances… »: a capitalised numeral opening a sentence is no name. */
    private static boolean isNumeral(String w) {
        return org.citebot.text.FrenchNumbers.mayHoldNumber(w) && !NUMBERS.find(w).isEmpty();
    }

    static boolean isCapitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    static boolean isAcronym(String w) {
        if (w.length() < 2) {
            return false;
        }
        int letters = 0;
        for (char c : w.toCharArray()) {
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }
}
