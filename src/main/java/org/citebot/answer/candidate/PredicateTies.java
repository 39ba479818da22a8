package org.citebot.answer.candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.citebot.answer.QuestionTerm;
import org.citebot.text.FrenchLexicon;
import org.citebot.text.FrenchTypography;
import org.citebot.text.Span;

/**
 * Whether a sentence says a yes/no question's predicate of its subject, not merely holds their
 * words: « les Ottomans appellent Roumis les populations chrétiennes » holds « Ottomans » and
 * « chrétiens » but does not say the Ottomans are Christian. For an attribute the sentence must
 * say « X … est … Y » in one clause, or put them in apposition (« le Y X », « X, un Y »); for a
 * verb the subject and the verb (any tense) must stand in one clause (a clause opening with
 * « qui » continues the one before it; a passive's « par X » counts, and so does a speaker quoted
 * saying it: « « nous avons reçu… », a déclaré X »). No parser: punctuation marks and a few word
 * classes stand in for one.
 */
final class PredicateTies {

    private static final Pattern NEGATION = Pattern.compile(
            "(?<![\\p{L}])(?:n['’]|ne\\s|aucun|aucune|jamais|guère|nullement|ni\\s)", Pattern.CASE_INSENSITIVE
                    | Pattern.UNICODE_CASE);
    private static final Set<String> RELATIVES = Set.of("qui", "que", "qu", "dont", "lequel", "laquelle",
            "lesquels", "lesquelles");
    /** Articles but « de » and « d' » (kept as they were), demonstratives, third-person possessives. */
    private static final Set<String> DETERMINERS = FrenchLexicon.union(FrenchLexicon.DEFINITE_ARTICLES,
            Set.of("un", "une", "des", "du"), FrenchLexicon.DEMONSTRATIVES, FrenchLexicon.THIRD_PERSON_POSSESSIVES);
    /** « d'avoir organisé », « pour être élu »: another's act, reported in the clause. */
    private static final Set<String> INFINITIVE_AUXILIARIES = Set.of("avoir", "etre");
    private static final Set<String> BEFORE_INFINITIVE = Set.of("d", "de", "pour", "sans", "apres");
    private static final String BOUNDARIES = ",;:()[]«»\"—–";
    /** Words that may stand between the copula and the attribute (« est un grand désert »). */
    private static final int ATTRIBUTE_GAP = 4;
    /** Words that may stand between the subject and its copula (« les esclaves de la colonie étaient »). */
    private static final int SUBJECT_GAP = 8;
    /** Words that may open a clause before its verb when the subject stands before an aside. */
    private static final Set<String> BEFORE_VERB = Set.of("ne", "n", "pas", "plus", "jamais", "deja", "aussi",
            "egalement", "y", "en", "se", "s", "l", "le", "la", "les", "lui", "leur", "ete", "bien");

    private PredicateTies() {
    }

    /**
     * Whether {@code sentence} says the asked predicate of the asked subject: {@code false} when it
     * says so, {@code true} when it says so negatively, {@code null} when it does not tie them.
     */
    static Boolean states(YesNoQuestion asked, String sentence) {
        List<FoldedWord> w = FoldedWord.of(sentence);
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
    private static boolean attributeOf(String sentence, List<FoldedWord> w, int s, int p) {
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
            if (YesNoQuestion.COPULAS.contains(k)) {
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
    private static boolean verbOf(String sentence, List<FoldedWord> w, int s, int p, Span clause) {
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
    private static Span clause(String sentence, List<FoldedWord> w, int p) {
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

    /** Whether the clause from {@code start} to the word {@code p} holds only its verb group: no subject. */
    private static boolean verbFirst(List<FoldedWord> w, int start, int p) {
        for (int i = p - 1; i >= 0 && w.get(i).start() >= start; i--) {
            String k = w.get(i).folded();
            if (!YesNoQuestion.AUXILIARIES.contains(k) && !YesNoQuestion.COPULAS.contains(k) && !BEFORE_VERB.contains(k) && !k.endsWith("ment")) {
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
