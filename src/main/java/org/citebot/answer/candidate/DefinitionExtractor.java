package org.citebot.answer.candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.answer.Candidate;
import org.citebot.answer.CandidateExtractor;
import org.citebot.answer.PassageEvidence;
import org.citebot.corpus.Document;
import org.citebot.index.ScoredPassage;
import org.citebot.question.AnswerType;
import org.citebot.question.Question;
import org.citebot.question.TypedNouns;
import org.citebot.text.Folding;
import org.citebot.text.FrenchTypography;
import org.citebot.text.PlainView;
import org.citebot.text.Span;

/**
 * Candidates for « qui est X ? » and « qu'est-ce que X ? »: what the sentence says X is.
 *
 * <p>Three French shapes, tried on sentences that name X:
 * <ul>
 *   <li>an apposition before: « une porte-parole de l'ONU, Anne Martin » ;</li>
 *   <li>an apposition after: « Anne Martin, porte-parole de l'ONU, a dit… » ;</li>
 *   <li>a title right before, without a comma: « l'historienne suisse Anne Martin » ;</li>
 *   <li>a copula: « X est un / une / le / la … ».</li>
 * </ul>
 */
public final class DefinitionExtractor implements CandidateExtractor {

    /**
     * A determiner-led noun phrase ending right before « , X »: « Le lendemain, la porte-parole
     * de l'ONU, Anne Martin » (and not, see {@link #ownedByName}, « Paul Durand, secrétaire du
     * Conseil des ministres, Anne Martin », whose phrase is Paul Durand's).
     */
    private static final Pattern APPOSITION_BEFORE = Pattern.compile(
            "(?:^|[\\s(])(?:(?:le|la|les|un|une|des)\\s+|l['’]\\s*)([^,.;:«»()\"]+?)\\s*,\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A role right after the name without a comma, with what it rules: « Jean le roi de Navarre
     * entre dans Paris » (the noun must name a person's role, {@link TypedNouns}).
     */
    private static final Pattern ROLE_AFTER = Pattern.compile(
            "^\\s+((?:le|la|l['’])\\s*(\\p{Ll}[\\p{Ll}-]+)(?:\\s+(?:de|du|des|d['’])\\s*(?:la\\s+|l['’])?"
                    + "\\p{Lu}[\\p{L}-]*)?)",
            Pattern.UNICODE_CASE);
    private static final TypedNouns NOUNS = TypedNouns.load();
    /** What a definition's words are counted by, compiled once ({@code String.split} compiles it at every call). */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** « et » before a capitalised word ends an apposition: the next name of a list starts. */
    private static final Pattern NEXT_OF_LIST = Pattern.compile("\\s+et\\s+\\p{Lu}");
    /**
     * A determiner and lower-case words (one to four) right before the name, the last of them no
     * preposition: « l'historienne suisse Anne Martin », not « la ville de Lyon ».
     */
    private static final Pattern TITLE_BEFORE = Pattern.compile(
            "(?:^|[\\s(])(?:(?:le|la|les|un|une)\\s+|l['’]\\s*)(\\p{Ll}[\\p{Ll}-]+(?:\\s+\\p{Ll}[\\p{Ll}'’-]*){0,3})\\s+$",
            Pattern.UNICODE_CASE);
    private static final Pattern ENDS_WITH_LINK = Pattern.compile(
            "(?i).*\\b(?:de|du|des|d['’]|à|au|aux|en|par|pour|avec|sur|sous|dans|et|ou|le|la|les|l['’]|un|une)$");
    private static final Pattern APPOSITION_AFTER = Pattern.compile(
            "^\\s*,\\s*((?:(?:le|la|l'|les|un|une|ancien|ancienne|actuel|actuelle)\\s*)?[\\p{Ll}][^,.;:()]{2,80}?)\\s*[,.;)]",
            Pattern.UNICODE_CASE);
    /**
     * An apposition that gives another name, not what the thing is (folded): « X, plus connu sous
     * le nom de Y, est un musée » is defined by what follows the alias.
     */
    private static final Pattern ALIAS = Pattern.compile(
            "^(?:(?:plus|mieux|aussi|egalement|souvent|parfois)\\s+)?(?:connue?s?|appelee?s?|surnommee?s?|dite?s?"
                    + "|nommee?s?|abregee?s?)\\b");
    /**
     * A word that makes a clause of what stands before « , X » (folded): « Alors que le rap est
     * souvent accusé de…, X » is no apposition of X.
     */
    private static final Pattern FINITE_VERB = Pattern.compile(
            "\\b(?:est|sont|etait|etaient|fut|furent|sera|seront|a|ont|avait|avaient|eut)\\b");
    /** « par compression du nom » says how, not what: a definition is a noun phrase. */
    private static final Pattern PREPOSITION_START = Pattern.compile(
            "(?i)(par|pour|avec|sans|dans|en|sur|sous|selon|depuis|avant|après|qui|que|dont)\\b");
    /** « les relations…, qui sont déjà au plus bas depuis… »: a state after a copula, any phrase. */
    private static final Pattern STATE = Pattern.compile(
            "^[^.;:]{0,40}?(?:,\\s*)?(?:qui\\s+)?(?:sont|est|restent|reste|demeurent|demeure|semblent|semble)\\s+"
                    + "(?:(?:déjà|toujours|encore|désormais)\\s+)?([^,.;:()]{3,80}?)\\s*[,.;)]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COPULA = Pattern.compile(
            "^\\s*(?:est|était|fut|sera|, qui est)\\s+((?:un|une|le|la|l'|les)\\s*[^,.;:()]{2,100}?)\\s*[,.;)]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * What a thing was made to be: « X a été créé en 1990 comme un lieu d'échange », « X, fondé
     * pour être une école », « X, établi comme un mécanisme de concertation ».
     */
    private static final Pattern MADE_AS = Pattern.compile(
            "^\\s*\\)?\\s*,?\\s*(?:(?:a|ont|avait|avaient)\\s+été\\s+|(?:est|sont|fut|furent|était|étaient)\\s+)?"
                    + "(?:créée?s?|fondée?s?|conçue?s?|instituée?s?|établie?s?|mise?s?\\s+en\\s+place|lancée?s?|imaginée?s?)"
                    + "\\s+(?:(?:en|le|au|dès|depuis)\\s+[^,;:()]{1,30}?\\s+)?(?:comme|en\\s+tant\\s+que|pour\\s+être)\\s+"
                    + "((?:un|une|le|la|l'|les)\\s*[^,.;:()]{2,100}?)\\s*[,.;)]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** « c'est-à-dire » opening an apposition: what follows it is the definition. */
    private static final Pattern THAT_IS = Pattern.compile("^c['’]est[- ]à[- ]dire\\s+", Pattern.CASE_INSENSITIVE);

    @Override
    public List<Candidate> extract(Question question, Document doc, PassageEvidence evidence) {
        ScoredPassage passage = evidence.passage();
        if (question.subject().isEmpty()) {
            return List.of();
        }
        Span sentence = passage.passage().sentence();
        PlainView plain = FrenchTypography.view(doc.text());
        List<Candidate> expanded = acronym(question, doc, passage, sentence, plain);
        if (!expanded.isEmpty()) {
            return expanded;
        }
        int at = Folding.fold(sentence.of(plain)).indexOf(Folding.fold(question.subject().get()));
        if (at < 0 || Folding.fold(question.subject().get()).isBlank()) {
            return List.of();
        }
        // Folding keeps lengths for French letters, so the index maps back onto the sentence.
        int subjectStart = sentence.start() + at;
        int subjectEnd = Math.min(sentence.end(), subjectStart + question.subject().get().length());
        List<Candidate> out = new ArrayList<>();
        String before = plain.substring(sentence.start(), subjectStart);
        Matcher b = APPOSITION_BEFORE.matcher(before);
        if (b.find() && !ownedByName(before, b.start(1)) && !FINITE_VERB.matcher(Folding.fold(b.group(1))).find()) {
            add(out, question, doc, passage, new Span(sentence.start() + b.start(1), sentence.start() + b.end(1)), 0.9);
        }
        Matcher t = TITLE_BEFORE.matcher(before);
        if (t.find() && !ENDS_WITH_LINK.matcher(t.group(1)).matches()) {
            add(out, question, doc, passage, new Span(sentence.start() + t.start(1), sentence.start() + t.end(1)), 0.6);
        }
        String after = plain.substring(subjectEnd, sentence.end());
        Matcher a = APPOSITION_AFTER.matcher(after);
        boolean apposed = a.find();
        if (apposed && ALIAS.matcher(Folding.fold(a.group(1))).lookingAt()) {
            // « X, plus connu sous le nom de Y, est un musée »: what X is follows its other name
            subjectEnd += a.end();
            after = plain.substring(subjectEnd, sentence.end());
            a = APPOSITION_AFTER.matcher(after);
            apposed = a.find();
        }
        if (apposed && MADE_AS.matcher(after).find()) {
            apposed = false; // « X, fondé pour être Y, »: Y, read below
        }
        if (apposed) {
            int start = subjectEnd + a.start(1);
            int end = subjectEnd + a.end(1);
            Matcher thatIs = THAT_IS.matcher(plain).region(start, end);
            if (thatIs.lookingAt()) {
                start = thatIs.end(); // « X, c'est-à-dire Y, »: Y is what X is
            }
            Matcher next = NEXT_OF_LIST.matcher(plain).region(start, end);
            add(out, question, doc, passage, new Span(start, next.find() ? next.start() : end), 0.8);
        }
        Matcher role = ROLE_AFTER.matcher(after);
        if (role.find() && NOUNS.typeOf(Folding.fold(role.group(2))).filter(k -> k == AnswerType.PERSON).isPresent()) {
            add(out, question, doc, passage, new Span(subjectEnd + role.start(1), subjectEnd + role.end(1)), 0.7);
        }
        int from = subjectEnd;
        String predicate = after;
        Matcher c = COPULA.matcher(predicate);
        if (c.find()) {
            add(out, question, doc, passage, new Span(from + c.start(1), from + c.end(1)), 0.85);
        }
        Matcher made = MADE_AS.matcher(predicate);
        if (made.find()) {
            add(out, question, doc, passage, new Span(from + made.start(1), from + made.end(1)), 0.85);
        }
        Matcher state = STATE.matcher(after);
        if (question.type() == AnswerType.OTHER && state.find()) {
            add(out, question, doc, passage, new Span(subjectEnd + state.start(1), subjectEnd + state.end(1)), 0.8);
        }
        return out;
    }

    /**
     * « que veut dire CNS ? »: the long form the sentence pairs with the acronym asked, « le
     * Conseil national des sports (CNS) » ({@link Acronyms}). The question may type it in lower
     * case; the sentence must write it as an acronym.
     */
    private static List<Candidate> acronym(Question question, Document doc, ScoredPassage passage, Span sentence,
                                           PlainView plain) {
        String subject = question.subject().get().strip();
        if (subject.isEmpty() || subject.contains(" ")) {
            return List.of();
        }
        String text = sentence.of(plain);
        if (!Folding.fold(text).contains(Folding.fold(subject))) {
            return List.of(); // most passages: no pattern to compile
        }
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(subject) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        while (m.find()) {
            String written = m.group();
            if (Acronyms.looksLikeAcronym(written)) {
                var longForm = Acronyms.longForm(text, written);
                if (longForm.isPresent()) {
                    Span span = new Span(sentence.start() + longForm.get().start(), sentence.start() + longForm.get().end());
                    List<Candidate> out = new ArrayList<>();
                    add(out, question, doc, passage, span, 0.95);
                    return out;
                }
            }
        }
        return List.of();
    }

    /**
     * Whether the stretch of {@code before} holding {@code at} follows « Name, »: an apposition
     * of that other name (« Paul Durand, secrétaire du Conseil, » before Anne Martin).
     */
    static boolean ownedByName(String before, int at) {
        int i = at - 1;
        while (i >= 0 && ",;:(".indexOf(before.charAt(i)) < 0) {
            i--;
        }
        if (i < 0 || before.charAt(i) != ',') {
            return false;
        }
        return NameExtractor.endsWithName(before, i);
    }

    private static void add(List<Candidate> out, Question q, Document doc, ScoredPassage p, Span span, double fit) {
        String text = span.of(doc.text()).strip();
        if (WHITESPACE.split(text).length <= 12 && !text.isEmpty() && !PREPOSITION_START.matcher(text).lookingAt()) {
            out.add(new Candidate(q.type(), text, Folding.fold(text), p, span, fit));
        }
    }
}
