package org.citebot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.corpus.Document;
import org.citebot.index.ScoredPassage;
import org.citebot.question.Question;
import org.citebot.text.Folding;
import org.citebot.text.FrenchTypography;
import org.citebot.text.Span;

/**
 * Answers a yes/no question with « oui » or « non » when one sentence states nearly all of the
 * question and says the asked predicate of the asked subject: « non » when the clause that says
 * it is negative (« n'avons reçu aucune communication »), « oui » otherwise.
 *
 * <p>Sharing the question's words is not stating it: « les Ottomans appellent Roumis les
 * populations chrétiennes » holds « Ottomans » and « chrétiens » but does not say the Ottomans are
 * Christian. So the question is read as a subject and a predicate ({@link Asked}): for « X est-il
 * (un) Y ? » the sentence must say « X … est … Y » in one clause, or put them in apposition
 * (« le Y X », « X, un Y »); for « X a-t-il V… ? » the subject and the verb (any tense) must stand
 * in one clause (a clause opening with « qui » continues the one before it; a passive's « par X »
 * counts, and so does a speaker quoted saying it: « « nous avons reçu… », a déclaré X »). A
 * sentence that covers too little of the question, or does not tie them, gives no candidate: the
 * reply then offers the passages to read.
 */
public final class YesNoExtractor implements CandidateExtractor {

    /** Share of the question's term weight the sentence must hold. */
    static final double MIN_SENTENCE_COVERAGE = 0.6;

    private static final Pattern NEGATION = Pattern.compile(
            "(?<![\\p{L}])(?:n['’]|ne\\s|aucun|aucune|jamais|guère|nullement|ni\\s)", Pattern.CASE_INSENSITIVE
                    | Pattern.UNICODE_CASE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+(?:-[\\p{L}\\d]+)*");
    private static final Pattern INVERSION = Pattern.compile("([a-z]+)-(?:t-)?(?:il|elle|ils|elles|on)");
    private static final Set<String> COPULAS = Set.of("est", "sont", "etait", "etaient", "fut", "furent", "sera",
            "seront", "serait", "seraient", "devient", "deviennent", "devint", "devenu", "devenue", "devenus",
            "devenues", "reste", "restent", "restait", "restaient", "demeure", "demeurent", "ete");
    private static final Set<String> AUXILIARIES = Set.of("a", "ont", "avait", "avaient", "aura", "auront", "aurait",
            "auraient", "eut", "eurent");
    /** Verbs that say little alone: the word after them carries the predicate (« fait partie »). */
    private static final Set<String> LIGHT_VERBS = Set.of("fait", "font", "faisait", "faisaient", "va", "vont",
            "peut", "peuvent", "doit", "doivent");
    private static final Set<String> FUNCTION_WORDS = Set.of("le", "la", "les", "l", "un", "une", "des", "du", "de",
            "d", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "au", "aux", "a", "en", "et",
            "que", "qu", "est-ce", "il", "elle", "ils", "elles", "on", "y", "pas", "plus", "ete", "bien", "deja",
            "toujours", "jamais", "souvent", "vraiment", "aussi", "encore", "tres", "vrai", "t");
    private static final Set<String> RELATIVES = Set.of("qui", "que", "qu", "dont", "lequel", "laquelle",
            "lesquels", "lesquelles");
    private static final Set<String> DETERMINERS = Set.of("le", "la", "les", "l", "un", "une", "des", "du", "ce",
            "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs");
    /** The words after « est » in « est-ce que ». */
    private static final Set<String> EST_CE_QUE = Set.of("ce", "que", "qu");
    /** « d'avoir organisé », « pour être élu »: another's act, reported in the clause. */
    private static final Set<String> INFINITIVE_AUXILIARIES = Set.of("avoir", "etre");
    private static final Set<String> BEFORE_INFINITIVE = Set.of("d", "de", "pour", "sans", "apres");
    private static final String BOUNDARIES = ",;:()[]«»\"—–";
    /** Words that may stand between the copula and the attribute (« est un grand désert »). */
    private static final int ATTRIBUTE_GAP = 4;
    /** Words that may stand between the subject and its copula (« les esclaves de la colonie étaient »). */
    private static final int SUBJECT_GAP = 8;

    /**
     * What a yes/no question asks, folded: the subject's words (empty when it is a pronoun), the
     * predicate's head word, and whether it is said with « être » (an attribute) or is a verb.
     */
    record Asked(List<String> subject, String predicate, boolean copula) {
    }

    @Override
    public List<Candidate> extract(Question question, Document doc, PassageEvidence evidence) {
        ScoredPassage passage = evidence.passage();
        if (evidence.sentenceCoverage() < MIN_SENTENCE_COVERAGE) {
            return List.of();
        }
        Span sentence = passage.passage().sentence();
        Asked asked = read(question.text());
        if (asked == null) {
            return List.of();
        }
        // Not normalised: the dashes of an aside (« — X et Y — ») stay boundaries.
        Boolean negative = states(asked, sentence.of(doc.text()));
        if (negative == null) {
            return List.of();
        }
        String answer = negative ? "non" : "oui";
        return List.of(new Candidate(question.type(), answer, answer, passage, sentence, 0.8));
    }

    /** One word of a text: folded, where it stands. */
    private record Word(String folded, int start, int end) {
    }

    private static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(new Word(Folding.fold(m.group()).toLowerCase(Locale.ROOT), m.start(), m.end()));
        }
        return out;
    }

    /** The subject and predicate of a yes/no question; {@code null} when it has no predicate word. */
    static Asked read(String question) {
        List<Word> w = words(FrenchTypography.normalize(question));
        int pivot = -1;
        String verb = null;
        for (int i = 0; i < Math.min(w.size(), 8) && pivot < 0; i++) {
            Matcher m = INVERSION.matcher(w.get(i).folded());
            if (m.matches() && !w.get(i).folded().startsWith("est-ce")) {
                pivot = i;
                verb = m.group(1);
            }
        }
        int from = 0;
        if (pivot < 0 && !w.isEmpty() && (w.get(0).folded().equals("est-ce") || w.get(0).folded().equals("est"))) {
            from = 1;
            while (from < w.size() && EST_CE_QUE.contains(w.get(from).folded())) {
                from++;
            }
            for (int i = from; i < w.size() && pivot < 0; i++) {
                String k = w.get(i).folded();
                if (COPULAS.contains(k) || AUXILIARIES.contains(k)) {
                    pivot = i;
                    verb = k;
                }
            }
            if (pivot < 0) { // « est-ce que X organise… »: the first word the subject, the next the verb
                List<String> content = content(w, from, w.size());
                return content.size() < 2 ? null : new Asked(List.of(content.get(0)), content.get(1), false);
            }
        }
        if (pivot < 0) {
            return null;
        }
        List<String> subject = content(w, from, pivot);
        boolean copula = COPULAS.contains(verb);
        String predicate;
        if (!copula && !AUXILIARIES.contains(verb) && !LIGHT_VERBS.contains(verb)) {
            predicate = verb;
        } else {
            List<String> after = content(w, pivot + 1, w.size());
            if (after.isEmpty()) {
                return null;
            }
            predicate = after.get(0);
        }
        return new Asked(subject, predicate, copula);
    }

    private static List<String> content(List<Word> w, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String k = w.get(i).folded();
            if (!FUNCTION_WORDS.contains(k) && !k.endsWith("ment") && !INVERSION.matcher(k).matches()) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * Whether {@code sentence} says the asked predicate of the asked subject: {@code false} when it
     * says so, {@code true} when it says so negatively, {@code null} when it does not tie them.
     */
    static Boolean states(Asked asked, String sentence) {
        List<Word> w = words(sentence);
        List<Integer> predicates = new ArrayList<>();
        List<Integer> subjects = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            if (same(asked.predicate(), w.get(i).folded())) {
                predicates.add(i);
            } else {
                for (String s : asked.subject()) {
                    if (same(s, w.get(i).folded())) {
                        subjects.add(i);
                        break;
                    }
                }
            }
        }
        for (int p : predicates) {
            Span clause = clause(sentence, w, p);
            if (asked.subject().isEmpty()) {
                return negative(sentence, clause);
            }
            for (int s : subjects) {
                boolean tied = asked.copula() ? attributeOf(sentence, w, s, p) : verbOf(sentence, w, s, p, clause);
                if (tied) {
                    int start = Math.min(clause.start(), w.get(Math.min(s, p)).start());
                    return negative(sentence, new Span(start, clause.end()));
                }
            }
        }
        return null;
    }

    /** Whether the clause around the predicate is negative. */
    private static boolean negative(String sentence, Span region) {
        return NEGATION.matcher(sentence).region(region.start(), region.end()).find();
    }

    /**
     * « X est (un) Y », « X, (un) Y », « (le) Y X »: the sentence says Y of X. Between X and the
     * copula no relative pronoun (« X appelle les populations qui sont Y »), nor a boundary.
     */
    private static boolean attributeOf(String sentence, List<Word> w, int s, int p) {
        if (p < s) { // « le désert X », « chrétien X »: right before it
            return p == s - 1 && blank(sentence, w.get(p).end(), w.get(s).start());
        }
        if (!blank(sentence, w.get(s).end(), w.get(s + 1).start())) { // « X, un Y »
            int between = p - s - 1;
            return sentence.charAt(firstMark(sentence, w.get(s).end(), w.get(s + 1).start())) == ','
                    && (between <= 1 || between == 2 && DETERMINERS.contains(w.get(s + 1).folded()))
                    && noBoundary(sentence, w.get(s + 1).start(), w.get(p).start());
        }
        if (!noBoundary(sentence, w.get(s).end(), w.get(p).start())) {
            return false;
        }
        for (int i = s + 1; i < p && i - s <= SUBJECT_GAP; i++) {
            String k = w.get(i).folded();
            if (RELATIVES.contains(k)) {
                return false;
            }
            if (COPULAS.contains(k)) {
                return p - i <= ATTRIBUTE_GAP;
            }
        }
        return false;
    }

    /**
     * The subject and the verb in one clause, the subject first with no relative pronoun between
     * (« X … et a organisé »); a clause opening with « qui » continues the one before it; « par X »
     * after a passive verb; a subject outside the quotation that holds the verb (the speaker).
     */
    private static boolean verbOf(String sentence, List<Word> w, int s, int p, Span clause) {
        Span subject = new Span(w.get(s).start(), w.get(s).end());
        if (s > p) {
            return clause.contains(subject) && s - p <= 4 && w.get(p + 1).folded().equals("par")
                    || quoted(sentence, w.get(p).start()) && !quoted(sentence, subject.start());
        }
        if (!clause.contains(subject)) {
            return quoted(sentence, w.get(p).start()) && !quoted(sentence, subject.start());
        }
        for (int i = s + 1; i < p; i++) {
            if (RELATIVES.contains(w.get(i).folded()) && !afterBoundary(sentence, w.get(i).start())) {
                return false;
            }
        }
        // « X accuse Y d'avoir organisé »: the verb is another's, said in X's clause
        return !(p >= 2 && INFINITIVE_AUXILIARIES.contains(w.get(p - 1).folded())
                && BEFORE_INFINITIVE.contains(w.get(p - 2).folded()));
    }

    /** Whether only spaces stand between {@code at} and the punctuation mark before it. */
    private static boolean afterBoundary(String sentence, int at) {
        int i = at;
        while (i > 0 && FrenchTypography.isSpace(sentence.charAt(i - 1))) {
            i--;
        }
        return i > 0 && BOUNDARIES.indexOf(sentence.charAt(i - 1)) >= 0;
    }

    /** Whether a « … » quotation opened before {@code at} in the sentence is still open there. */
    private static boolean quoted(String sentence, int at) {
        int open = sentence.lastIndexOf('«', at);
        return open >= 0 && sentence.lastIndexOf('»', at) < open;
    }

    /** The clause of the word {@code p}: between punctuation marks, widened back over a leading « qui ». */
    private static Span clause(String sentence, List<Word> w, int p) {
        int start = w.get(p).start();
        while (start > 0 && BOUNDARIES.indexOf(sentence.charAt(start - 1)) < 0) {
            start--;
        }
        int end = w.get(p).end();
        while (end < sentence.length() && BOUNDARIES.indexOf(sentence.charAt(end)) < 0) {
            end++;
        }
        String opening = sentence.substring(start, Math.min(sentence.length(), start + 6)).stripLeading();
        if (start > 0 && (opening.startsWith("qui ") || opening.startsWith("qui\u00a0"))) {
            start = boundaryBack(sentence, start - 1);
        } else if (start > 0 && verbFirst(w, start, p)) { // « X, selon Y, a annoncé »: skip the aside
            start = boundaryBack(sentence, boundaryBack(sentence, start - 1) - 1);
        }
        return new Span(Math.max(0, start), end);
    }

    /** Words that may open a clause before its verb when the subject stands before an aside. */
    private static final Set<String> BEFORE_VERB = Set.of("ne", "n", "pas", "plus", "jamais", "deja", "aussi",
            "egalement", "y", "en", "se", "s", "l", "le", "la", "les", "lui", "leur", "ete", "bien");

    /** Whether the clause from {@code start} to the word {@code p} holds only its verb group: no subject. */
    private static boolean verbFirst(List<Word> w, int start, int p) {
        for (int i = p - 1; i >= 0 && w.get(i).start() >= start; i--) {
            String k = w.get(i).folded();
            if (!AUXILIARIES.contains(k) && !COPULAS.contains(k) && !BEFORE_VERB.contains(k) && !k.endsWith("ment")) {
                return false;
            }
        }
        return true;
    }

    /** Where the stretch ending at {@code from} begins: after the punctuation mark before it, or 0. */
    private static int boundaryBack(String sentence, int from) {
        int i = Math.max(0, from);
        while (i > 0 && BOUNDARIES.indexOf(sentence.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    private static boolean blank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!FrenchTypography.isSpace(s.charAt(i)) && s.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static int firstMark(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!FrenchTypography.isSpace(s.charAt(i)) && s.charAt(i) != ' ') {
                return i;
            }
        }
        return from;
    }

    private static boolean noBoundary(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (BOUNDARIES.indexOf(s.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a sentence's word is the question's word: the same, one the start of the other
     * (« reçu », « reçue »), five letters in common (« chrétiens », « chrétiennes »), or one verb
     * (« organise », « organisait »).
     */
    static boolean same(String asked, String word) {
        if (asked.equals(word)) {
            return true;
        }
        String shorter = asked.length() <= word.length() ? asked : word;
        String longer = shorter == asked ? word : asked;
        if (shorter.length() >= 4 && longer.startsWith(shorter)) {
            return true;
        }
        int common = 0;
        while (common < shorter.length() && shorter.charAt(common) == longer.charAt(common)) {
            common++;
        }
        if (common >= 5) {
            return true;
        }
        String a = QuestionTerm.verbKey(asked);
        return a.length() >= 4 && a.equals(QuestionTerm.verbKey(word));
    }
}
