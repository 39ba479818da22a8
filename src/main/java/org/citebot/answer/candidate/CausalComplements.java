package org.citebot.answer.candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.text.Folding;
import org.citebot.text.FrenchLexicon;

/**
 * Where a French sentence states a cause: the complement a causal cue opens (« en raison de la
 * grève », « à la suite du vote », « dans le cadre d'une enquête », « après l'incendie », « pour
 * la défense de… », « parce que… », « afin de… »), what someone is blamed for (« reproche à X son
 * retard », « accuse X de… »), what a colon explains and what comes before « c'est pourquoi », and
 * an absolute participle that opens a sentence (« Le pont étant fermé, … »).
 *
 * <p>A cue's complement is proposed cut three ways, because an answer to « pourquoi ? » is as
 * often the bare noun phrase (« la grève ») as the whole complement (« la grève des transports
 * qui a duré trois jours »): its noun phrase (determiners, nouns, adjectives and up to two « de »
 * links), the complement up to the end of its clause (a comma or « et » / « mais »), and the
 * complement up to the next comma only, so that a coordination stays whole. Only French grammar:
 * closed-class words and cue phrases, no word of any corpus.
 *
 * <p>Stateless and thread-safe.
 */
final class CausalComplements {

    /** A reason within a sentence: offsets into the sentence's plain text, and its cue's fit. */
    record Cut(int start, int end, double fit) {
    }

    /** What a cue's complement is: a noun phrase, a clause or an infinitive, or the clause before it. */
    private enum Opens { NOUN, CLAUSE, BEFORE }

    private record Cue(Pattern pattern, Opens opens, double fit) {
    }

    /** A whole word or phrase: no letter right before it, none right after (an apostrophe ends it). */
    private static Pattern words(String alternatives) {
        return Pattern.compile("(?<![\\p{L}])(?:" + alternatives + ")(?:(?<=')|(?![\\p{L}]))\\s*",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static final String OF = "(?:de|d'|des|du)";
    private static final String TO = "(?:à|aux?)";
    /** Who is accused or blamed: one to four words (« la ville », « l'ancien maire de Lyon »). */
    private static final String SOMEONE = "(?:[^\\s,.;:]+ ){0,3}?[^\\s,.;:]+";
    /** A form of « reprocher », maybe with up to three words before « à » (« reproche pour sa part à »). */
    private static final String REPROACH = "reproch\\p{L}*(?: [^\\s,.;:]+){0,3}?";
    /** Determiners a noun phrase may open with, for cues that need one to follow (« après », « pour »). */
    private static final String DETERMINER_AHEAD = "(?=\\s+(?:le|la|les|l'|un|une|des|du|son|sa|ses|leurs?"
            + "|ce|cet|cette|ces|plusieurs|certaine?s|nombreu(?:x|ses))(?:(?<=')|\\s))";
    /** An infinitive (or a pronominal one) right after the cue. */
    private static final String INFINITIVE_AHEAD = "(?=\\s+(?:(?:se|s'|en|y|les?|la|l'|leur|lui)\\s*)?"
            + "\\p{Ll}+(?:er|ir|re|oir)(?![\\p{L}]))";

    /**
     * The cues, strongest first. « après » and « pour » also open times and destinations, so they
     * count only before a determiner (or, for « pour », an infinitive) and fit less; a colon
     * explains less often than it announces a quote or a name, so it counts only before a
     * lower-case word, and fits least.
     */
    private static final List<Cue> CUES = List.of(
            new Cue(words("en réponse " + TO + "|à la suite " + OF + "|suite " + TO + "|en raison " + OF
                    + "|à cause " + OF + "|du fait " + OF + "|faute " + OF + "|grâce " + TO + "|pour cause " + OF
                    + "|par crainte " + OF + "|sous prétexte " + OF + "|compte tenu " + OF
                    + "|dans le sillage " + OF + "|en représailles " + TO + "|en signe " + OF + "|en guise " + OF
                    + "|accusée?s? (?:d'être|de|d')|soupçonnée?s? (?:d'être|de|d')|pour avoir|afin (?:de|d')"
                    + "|condamnée?s? pour|accuse " + SOMEONE + " (?:de|d')"), Opens.NOUN, 0.8),
            new Cue(words("dans le cadre " + OF + "|au nom " + OF
                    + "|pour(?<=\\p{L}(?:é|ée|és|ées) pour)(?= \\p{Ll})"), Opens.NOUN, 0.7),
            new Cue(words("après" + DETERMINER_AHEAD), Opens.NOUN, 0.6),
            new Cue(words("pour" + "(?!\\s+(?:sa|ma|ta|leur|notre|votre) part|\\s+la première|\\s+l'instant"
                    + "|\\s+le moment|\\s+l'heure|\\s+l'essentiel|\\s+la plupart)"
                    + "(?:" + DETERMINER_AHEAD + "|" + INFINITIVE_AHEAD + ")"), Opens.NOUN, 0.6),
            new Cue(words("parce qu(?:e|')|puisqu(?:e|')|car|après que|après qu'|étant donné qu(?:e|')"
                    + "|vu qu(?:e|')|du fait qu(?:e|')|afin qu(?:e|')|pour qu(?:e|')|d'autant (?:plus )?qu(?:e|')"),
                    Opens.CLAUSE, 0.8),
            new Cue(words(REPROACH + " " + TO + " " + SOMEONE + " (?:de|d')"
                    + "|(?:lui|leur) reproch\\p{L}* (?:de|d')"), Opens.NOUN, 0.8),
            new Cue(words(REPROACH + " " + TO + " " + SOMEONE
                    + "(?= (?:son|sa|ses|leurs?|l'|le|la|les|un|une) )|(?:lui|leur) reproch\\p{L}*"
                    + "(?= (?:son|sa|ses|leurs?|l'|le|la|les|un|une) )"), Opens.NOUN, 0.8),
            new Cue(Pattern.compile(":(?<=[\\p{L}\\p{N})]\\s{0,3}:)\\s*(?=\\p{Ll})"), Opens.CLAUSE, 0.5),
            new Cue(words("c'est pourquoi|c'est la raison pour laquelle|voilà pourquoi|ce qui explique"
                    + "|ce qui a (?:conduit|poussé|entraîné|provoqué)|d'où"), Opens.BEFORE, 0.7));

    /** A participle clause that opens a sentence and gives its circumstance: « Le pont étant fermé, … ». */
    private static final Pattern ABSOLUTE = Pattern.compile(
            "^([^,;:]{3,80}?\\s(?:étant|ayant été|ayant)\\s[^,;:]{2,60}?),", Pattern.UNICODE_CASE);

    /** The end of a clause: punctuation, or « et » / « mais » / a verb of saying between clauses. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,.;:!?)»]|\\s(?:et|mais|a déclaré|a dit)\\s");
    /** The end of a stretch between commas: a coordination (« X et Y ») stays whole. */
    private static final Pattern COMMA_END = Pattern.compile("[,.;:!?)»]");
    /** What a reason's words are counted by, compiled once ({@code String.split} compiles it at every call). */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}-]+'?|\\S");
    /** Longest reason proposed, in words: longer ones are sentences, not answers. */
    static final int MAX_WORDS = 15;
    /** « de » links a noun phrase may hold (« la fin du contrat de location »), as the phrase chunker. */
    static final int MAX_LINKS = 2;

    /** Words a noun phrase may open with. */
    private static final Set<String> DETERMINERS = FrenchLexicon.union(FrenchLexicon.ARTICLES,
            FrenchLexicon.DEMONSTRATIVES, FrenchLexicon.POSSESSIVES,
            Set.of("plusieurs", "certains", "certaines", "nombreux", "nombreuses", "tout", "toute", "tous", "toutes",
                    "quelques", "chaque", "aucun", "aucune", "autre", "autres"));
    /** Words that end a noun phrase: prepositions but « de », conjunctions, relatives, pronouns, auxiliaries. */
    private static final Set<String> ENDS = Set.of("à", "au", "aux", "en", "dans", "par", "pour", "sur", "sous",
            "avec", "sans", "vers", "chez", "contre", "entre", "parmi", "selon", "depuis", "pendant", "après",
            "avant", "lors", "dès", "jusqu'", "malgré", "envers", "auprès", "outre", "via", "hors", "comme",
            "et", "ou", "mais", "ni", "car", "donc", "qui", "que", "qu'", "dont", "où", "si", "il", "elle", "ils",
            "elles", "on", "nous", "vous", "se", "s'", "y", "ne", "n'", "été", "c'",
            "ce", "cela", "ça", "le", "la", "les", "l'", "un", "une");

    /** Whether {@code word} (lower case) ends a noun phrase: a closed-class word or a finite « avoir » / « être ». */
    private static boolean endsPhrase(String word) {
        String folded = Folding.fold(word);
        return ENDS.contains(word) || FrenchLexicon.AVOIR_FINITE.contains(folded)
                || FrenchLexicon.ETRE_FINITE.contains(folded);
    }

    private CausalComplements() {
    }

    /** The reasons {@code sentence} (plain text: apostrophes as {@code '}) states, each cut as it may be asked. */
    static List<Cut> find(String sentence) {
        List<Cut> out = new ArrayList<>();
        Matcher absolute = ABSOLUTE.matcher(sentence);
        if (absolute.find()) {
            add(out, sentence, 0, absolute.end(1), 0.6);
        }
        for (Cue cue : CUES) {
            Matcher m = cue.pattern().matcher(sentence);
            while (m.find()) {
                if (cue.opens() == Opens.BEFORE) {
                    before(out, sentence, m.start(), cue.fit());
                } else {
                    after(out, sentence, m.end(), cue.opens() == Opens.NOUN, cue.fit());
                }
            }
        }
        return out;
    }

    /** The complement after a cue, cut at its noun phrase, its clause and its comma. */
    private static void after(List<Cut> out, String s, int from, boolean noun, double fit) {
        int start = from;
        while (start < s.length() && (s.charAt(start) == '«' || s.charAt(start) == '"' || s.charAt(start) == ' ')) {
            start++;
        }
        int clause = closingQuote(s, start, endOf(CLAUSE_END, s, start), CLAUSE_END);
        int comma = closingQuote(s, start, endOf(COMMA_END, s, start), COMMA_END);
        if (clause - start < 4) {
            return;
        }
        if (noun && opensWithNoun(s, start)) {
            int phrase = nounPhraseEnd(s, start, clause);
            if (phrase > start && phrase < clause) {
                add(out, s, start, phrase, fit);
            }
        }
        add(out, s, start, clause, fit);
        if (comma > clause) {
            add(out, s, start, comma, fit);
        }
    }

    /** The clause before a cue that looks back (« …, c'est pourquoi … »), within the sentence. */
    private static void before(List<Cut> out, String s, int cue, double fit) {
        int end = cue;
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == ',')) {
            end--;
        }
        int start = Math.max(s.lastIndexOf(';', end - 1), s.lastIndexOf(':', end - 1)) + 1;
        while (start < end && s.charAt(start) == ' ') {
            start++;
        }
        if (end - start >= 4) {
            add(out, s, start, end, fit);
        }
    }

    /** An end at a « » » that closes a quote opened inside the complement moves to the next end. */
    private static int closingQuote(String s, int start, int end, Pattern ends) {
        if (end < s.length() && s.charAt(end) == '»' && s.lastIndexOf('«', end) >= start) {
            return endOf(ends, s, end + 1);
        }
        return end;
    }

    private static int endOf(Pattern end, String s, int start) {
        Matcher m = end.matcher(s).region(start, s.length());
        return m.find() ? m.start() : s.length();
    }

    /**
     * Where the noun phrase opening at {@code start} ends, before {@code limit}: determiners, then
     * words up to a closed-class word that ends a phrase, with at most {@link #MAX_LINKS} « de »
     * links; {@code start} when no noun phrase opens there.
     */
    static int nounPhraseEnd(String s, int start, int limit) {
        Matcher t = TOKEN.matcher(s).region(start, limit);
        int end = start;
        int links = 0;
        boolean content = false;
        boolean afterLink = true;
        while (t.find()) {
            String word = t.group().toLowerCase(Locale.ROOT);
            if (!Character.isLetterOrDigit(word.charAt(0))) {
                break;
            }
            if (afterLink && DETERMINERS.contains(trimApostrophe(word))) {
                continue;
            }
            if (FrenchLexicon.OF.contains(trimApostrophe(word))) {
                if (!content || ++links > MAX_LINKS) {
                    break;
                }
                afterLink = true;
                continue;
            }
            if (endsPhrase(word)) {
                break;
            }
            content = true;
            afterLink = false;
            end = t.end();
        }
        return content ? end : start;
    }

    /** Endings of an infinitive, a participle or a gerund: a verb, no noun phrase to cut out. */
    private static final Pattern VERB_ENDING = Pattern.compile(".*(?:er|ir|re|oir|é|ée|és|ées|ant)");

    /**
     * Whether a noun phrase opens the complement (a determiner, a name or a noun): only then is it
     * cut apart; an infinitive's phrase would be the bare verb (« pour répondre à… » → « répondre »).
     */
    private static boolean opensWithNoun(String s, int start) {
        Matcher t = TOKEN.matcher(s).region(start, s.length());
        if (!t.find()) {
            return false;
        }
        String word = t.group().toLowerCase(Locale.ROOT);
        return DETERMINERS.contains(trimApostrophe(word)) || Character.isUpperCase(t.group().charAt(0))
                || !VERB_ENDING.matcher(word).matches() && !endsPhrase(word);
    }

    private static String trimApostrophe(String word) {
        return word.endsWith("'") ? word.substring(0, word.length() - 1) : word;
    }

    private static void add(List<Cut> out, String s, int start, int end, double fit) {
        int e = end;
        while (e > start && Character.isWhitespace(s.charAt(e - 1))) {
            e--;
        }
        if (e - start < 3 || WHITESPACE.split(s.substring(start, e)).length > MAX_WORDS) {
            return;
        }
        for (Cut c : out) {
            if (c.start() == start && c.end() == e) {
                return;
            }
        }
        out.add(new Cut(start, e, fit));
    }
}
