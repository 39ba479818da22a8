package org.citebot.answer.phrase;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.answer.score.AnswerFeature;
import org.citebot.answer.Candidate;
import org.citebot.answer.PassageEvidence;
import org.citebot.corpus.Document;
import org.citebot.question.AnswerType;
import org.citebot.question.Question;
import org.citebot.question.TypedNouns;
import org.citebot.text.Span;
import org.citebot.text.pos.Pos;
import org.citebot.text.pos.SentenceTags;
import org.citebot.text.pos.TaggedSentence;

/**
 * The signals that read a candidate's sentence through its part-of-speech tags: the shape of a
 * phrase candidate (chain, name, number, prepositional…), its head, whether it repeats the
 * question, how many tokens away the question's words stand, whether it is the subject or the
 * object of the question's verb, whether the noun the question asks for heads or describes it
 * (« quelle presqu’île » → « la presqu’île de Quiberon »), and, for « qui » questions asking for a
 * role, whether a name's own title or apposition is that role (« le porte-parole du président
 * Paul Durand » does not answer « qui est le président ? »).
 *
 * <p>Thread-safe: the tags are read from the shared {@link SentenceTags}.
 */
public final class PhraseSignals {

    /** Tokens between the question's verb and a candidate that still make it the verb's subject or object. */
    static final int VERB_GAP = 2;
    /** Tokens between a candidate and a question word that make them neighbours. */
    static final int ADJACENT_TOKENS = 2;
    /** « qu'est-ce qui », « qui »: the question asks for the subject of its verb. */
    private static final Pattern ASKS_SUBJECT = Pattern.compile(
            "^\\s*(?:qu['’]est[ -]ce qui|qu['’]est ce qui|qui)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** « que », « qu'est-ce que », « quoi »: the question asks for the object of its verb. */
    private static final Pattern ASKS_OBJECT = Pattern.compile(
            "^\\s*(?:qu['’]est[ -]ce qu|qu['’]est ce qu|que\\b|qu['’]|quoi\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final SentenceTags tags;
    private final PersonNouns persons = new PersonNouns(TypedNouns.load());

    public PhraseSignals(SentenceTags tags) {
        this.tags = Objects.requireNonNull(tags, "tags");
    }

    /** Sets the tag-read signals of candidate {@code c} of {@code question} into {@code f}. */
    public void measure(Candidate c, PassageEvidence e, Document doc, Question question, double[] f) {
        boolean chunk = c.origin() == Candidate.Origin.CHUNK;
        Optional<String> role = question.type() == AnswerType.PERSON ? question.focus().or(question::askedNoun)
                : Optional.empty();
        if (!chunk && role.isEmpty()) {
            return;
        }
        Span sentence = e.passage().passage().sentence();
        TaggedSentence s = tags.of(doc.text(), sentence);
        int base = sentence.start();
        int a = s.firstFrom(c.span().start() - base);
        int end = a;
        while (end < s.size() && s.end(end) + base <= c.span().end()) {
            end++;
        }
        int b = end;
        if (b <= a) {
            return;
        }
        if (role.isPresent()) {
            roles(s, a, b, role.get(), roleComplement(question.text(), role.get()), f);
        }
        if (!chunk) {
            return;
        }
        shape(s, a, b, f);
        questionWords(s, a, b, e, base, question, f);
        askedForm(s, a, question, f);
        question.askedNoun().ifPresent(noun -> asked(s, a, b, noun, f));
        if (a > 0 && s.tag(a - 1) == Pos.AUX) {
            f[AnswerFeature.AFTER_COPULA.ordinal()] = 1;
        }
    }

    /** How a name's own role stands to the role a question asks for. */
    enum RoleFit {
        /** Its own title or apposition is the asked role. */
        MATCH,
        /** Its own role is another person's noun, and the asked role does not describe it at all. */
        CLASH,
        /** Nothing tells: no title, no apposition, or a role that is no person's noun. */
        UNTOLD
    }

    /** Sets {@link AnswerFeature#ROLE_MATCH} and {@link AnswerFeature#ROLE_CLASH}. */
    private void roles(TaggedSentence s, int a, int b, String role, Optional<String> complement, double[] f) {
        RoleFit fit = roleFit(s, a, b, role, complement, persons);
        f[AnswerFeature.ROLE_MATCH.ordinal()] = fit == RoleFit.MATCH ? 1 : 0;
        f[AnswerFeature.ROLE_CLASH.ordinal()] = fit == RoleFit.CLASH ? 1 : 0;
    }

    /**
     * Whether the name at tokens {@code [a, b)} has the asked {@code role} as its own: « le
     * porte-parole du président régional Paul Durand » gives Paul Durand the role « porte-parole »,
     * which clashes with « qui est le président régional ? ».
     */
    static RoleFit roleFit(TaggedSentence s, int a, int b, String role, PersonNouns persons) {
        return roleFit(s, a, b, role, Optional.empty(), persons);
    }

    /**
     * As {@link #roleFit(TaggedSentence, int, int, String, PersonNouns)}, the role asked with its
     * complement (« unesco » of « la porte-parole de l'Unesco »): a name whose own role is the same noun
     * of another complement (« le porte-parole du ministère ») clashes.
     */
    static RoleFit roleFit(TaggedSentence s, int a, int b, String role, Optional<String> complement,
                           PersonNouns persons) {
        Descriptors d = Descriptors.of(s, a, b, persons);
        if (d.own() < 0) {
            return RoleFit.UNTOLD;
        }
        if (NounMatch.same(s.word(d.own()), role)) {
            Optional<String> own = complementAfter(s, d.own());
            boolean other = complement.isPresent() && own.isPresent()
                    && !org.citebot.text.Folding.fold(own.get()).equals(org.citebot.text.Folding.fold(complement.get()));
            return other ? RoleFit.CLASH : RoleFit.MATCH;
        }
        boolean described = d.all().stream().anyMatch(i -> NounMatch.same(s.word(i), role));
        return !described && persons.isPerson(s.word(d.own())) ? RoleFit.CLASH : RoleFit.UNTOLD;
    }

    /** « du ministère » after token {@code noun}: the first noun or name of its « de » complement. */
    private static Optional<String> complementAfter(TaggedSentence s, int noun) {
        int k = noun + 1;
        while (k < s.size() && s.tag(k) == Pos.ADJ) {
            k++;
        }
        if (k >= s.size() || !PhraseChunker.isOf(s, k)) {
            return Optional.empty();
        }
        k++;
        while (k < s.size() && (s.tag(k) == Pos.DET || s.tag(k) == Pos.ADJ)) {
            k++;
        }
        return k < s.size() && s.tag(k).nominal() ? Optional.of(s.word(k)) : Optional.empty();
    }

    /** « de l'Unesco » after the role in the question: « unesco »; empty when the role has no « de » complement. */
    static Optional<String> roleComplement(String question, String role) {
        Matcher m = Pattern.compile("(?iu)\\b" + Pattern.quote(role)
                + "(?:\\s+\\p{L}+)?\\s+(?:de|du|des|d['’])\\s*(?:la\\s+|l['’]\\s*|les\\s+)?([\\p{L}-]+)")
                .matcher(question);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The phrase's shape: its first token's kind and its head's tag. */
    private static void shape(TaggedSentence s, int a, int b, double[] f) {
        Pos first = s.tag(a);
        int head = -1;
        boolean names = true;
        boolean numbers = true;
        boolean of = false;
        boolean list = false;
        for (int i = a; i < b; i++) {
            Pos p = s.tag(i);
            if (head < 0 && (p.nominal() || p == Pos.NUM)) {
                head = i;
            }
            names &= p == Pos.PROPN || p == Pos.NUM && i > a;
            numbers &= p == Pos.NUM;
            of |= i > a && PhraseChunker.isOf(s, i);
            list |= i > a && s.tag(i) == Pos.CCONJ;
        }
        if (first.preposition()) {
            f[AnswerFeature.CHUNK_PREPOSITIONAL.ordinal()] = 1;
        } else if (first == Pos.VERB) {
            f[AnswerFeature.CHUNK_INFINITIVE.ordinal()] = 1;
        } else if (first == Pos.ADJ || first == Pos.ADV) {
            f[AnswerFeature.CHUNK_ADJECTIVAL.ordinal()] = head < 0 ? 1 : 0;
        } else if (numbers) {
            f[AnswerFeature.CHUNK_NUMBER.ordinal()] = 1;
        } else if (names) {
            f[AnswerFeature.CHUNK_NAME.ordinal()] = 1;
        }
        f[AnswerFeature.CHUNK_CHAIN.ordinal()] = of ? 1 : 0;
        f[AnswerFeature.CHUNK_LIST.ordinal()] = list ? 1 : 0;
        if (head >= 0) {
            f[AnswerFeature.HEAD_PROPN.ordinal()] = s.tag(head) == Pos.PROPN ? 1 : 0;
            f[AnswerFeature.HEAD_NUM.ordinal()] = s.tag(head) == Pos.NUM ? 1 : 0;
        }
    }

    /**
     * How much of the candidate the question already says, how near the question's words stand
     * in tokens, and whether the candidate is the subject or object of the question's verb.
     */
    private static void questionWords(TaggedSentence s, int a, int b, PassageEvidence e, int base, Question q,
                                      double[] f) {
        int content = 0;
        for (int i = a; i < b; i++) {
            Pos p = s.tag(i);
            content += p.nominal() || p == Pos.ADJ || p == Pos.VERB || p == Pos.NUM ? 1 : 0;
        }
        boolean[] hit = new boolean[s.size()];
        boolean[] inside = new boolean[b - a];
        int nearest = Integer.MAX_VALUE;
        int left = Integer.MAX_VALUE;
        int right = Integer.MAX_VALUE;
        boolean object = false;
        boolean subject = false;
        Span sentence = e.passage().passage().sentence();
        for (PassageEvidence.Hit h : e.hits()) {
            if (!sentence.contains(h.span())) {
                continue;
            }
            int t = s.tokenAt(h.span().start() - base);
            if (t < 0) {
                continue;
            }
            if (h.topical()) {
                hit[t] = true;
            }
            if (t >= a && t < b) {
                inside[t - a] = true;
                continue;
            }
            int gap = t < a ? a - t - 1 : t - b;
            nearest = Math.min(nearest, gap);
            if (t < a) {
                left = Math.min(left, gap);
            } else {
                right = Math.min(right, gap);
            }
            if (!h.topical() && t < a && onlyLinks(s, t + 1, a)) {
                object = true;
            }
            if (!h.topical() && t >= b && onlyLinks(s, b, t)) {
                subject = true;
            }
        }
        int repeated = 0;
        for (boolean in : inside) {
            repeated += in ? 1 : 0;
        }
        f[AnswerFeature.REPEATS_QUESTION.ordinal()] = content == 0 ? 0 : Math.min(1.0, repeated / (double) content);
        f[AnswerFeature.TOKEN_NEAR.ordinal()] = nearest == Integer.MAX_VALUE ? 0 : 1.0 / (1 + nearest);
        f[AnswerFeature.DESCRIBES_QUESTION_WORD.ordinal()] = describesQuestionWord(s, a, b, hit) ? 1 : 0;
        f[AnswerFeature.LEFT_NEAR.ordinal()] = left <= ADJACENT_TOKENS ? 1 : 0;
        f[AnswerFeature.RIGHT_NEAR.ordinal()] = right <= ADJACENT_TOKENS ? 1 : 0;
        f[AnswerFeature.VERB_OBJECT.ordinal()] = object ? 1 : 0;
        f[AnswerFeature.VERB_SUBJECT.ordinal()] = subject ? 1 : 0;
        String text = q.text();
        f[AnswerFeature.ASKED_SUBJECT.ordinal()] = subject && ASKS_SUBJECT.matcher(text).find() ? 1 : 0;
        f[AnswerFeature.ASKED_OBJECT.ordinal()] = object && !ASKS_SUBJECT.matcher(text).find()
                && ASKS_OBJECT.matcher(text).find() ? 1 : 0;
    }

    /** « à quelle épreuve », « dans quels supports », « à quoi »: the preposition a question opens with (folded). */
    private static final Pattern OPENING_PREPOSITION = Pattern.compile(
            "^\\s*(a|au|aux|dans|de|du|des|d|en|par|pour|sur|avec|vers|contre|sous|chez|selon|depuis|pendant|entre|grace a)"
                    + "\\s*['’]?\\s*(?:quel|quelle|quels|quelles|quoi|qui|lequel|laquelle|lesquels|lesquelles)\\b");
    private static final Pattern COMMENT = Pattern.compile("^\\s*comment\\b");
    private static final Pattern QUEL = Pattern.compile("\\bquel(?:le)?s?\\b");

    /**
     * How the question's form fits the candidate's: the same opening preposition (« dans quels
     * supports ? » → « dans des clips »), « comment » answered by a prepositional or adjectival
     * phrase, « quel X » by a name, « que fait… » by an infinitive.
     */
    private void askedForm(TaggedSentence s, int a, Question question, double[] f) {
        QuestionForm form = formOf(question);
        Pos first = s.tag(a);
        if (form.preposition() != null && first.preposition()) {
            String asked = form.preposition();
            String own = org.citebot.text.Folding.fold(s.word(a)).replace("'", "");
            boolean same = own.equals(asked) || (asked.equals("a") || asked.equals("au") || asked.equals("aux"))
                    && (own.equals("a") || own.equals("au") || own.equals("aux"))
                    || (asked.startsWith("d") && asked.length() <= 3 && own.startsWith("d") && own.length() <= 3);
            f[AnswerFeature.SAME_PREPOSITION.ordinal()] = same ? 1 : 0;
        }
        if (form.how()) {
            f[AnswerFeature.HOW_PREPOSITIONAL.ordinal()] = first.preposition() ? 1 : 0;
            f[AnswerFeature.HOW_ADJECTIVAL.ordinal()] = first == Pos.ADJ || first == Pos.ADV ? 1 : 0;
        }
        if (form.which()) {
            f[AnswerFeature.WHICH_NAME.ordinal()] = f[AnswerFeature.HEAD_PROPN.ordinal()];
        }
        if (form.object()) {
            f[AnswerFeature.WHAT_INFINITIVE.ordinal()] = first == Pos.VERB ? 1 : 0;
        }
    }

    /**
     * What {@link #askedForm} reads of a question alone: the preposition before its question word
     * (null when none), and whether it asks « comment », « quel » or for an object.
     */
    private record QuestionForm(Question question, String preposition, boolean how, boolean which, boolean object) {

        static QuestionForm of(Question question) {
            String q = org.citebot.text.Folding.fold(question.text());
            Matcher m = OPENING_PREPOSITION.matcher(q);
            return new QuestionForm(question, m.find() ? m.group(1) : null, COMMENT.matcher(q).find(),
                    QUEL.matcher(q).find(), ASKS_OBJECT.matcher(question.text()).find());
        }
    }

    /** The form of the question last measured: its candidates come one after another. */
    private volatile QuestionForm lastForm;

    /**
     * {@code question}'s form, read once for all its candidates rather than once per candidate (a
     * fold and four patterns, 3% of a question's measuring). Thread-safe: a form is immutable and
     * kept for the same question object only.
     */
    private QuestionForm formOf(Question question) {
        QuestionForm form = lastForm;
        if (form == null || form.question() != question) {
            form = QuestionForm.of(question);
            lastForm = form;
        }
        return form;
    }

    /** « est », « était », « sont »…: forms of « être » after which a phrase says what its subject is. */
    private static final java.util.Set<String> BE = java.util.Set.of("est", "etait", "sont", "etaient", "fut",
            "furent", "sera", "seront", "devient", "devint", "reste", "demeure");

    /**
     * Whether the candidate says what one of the question's nouns or names is: in apposition
     * right after it (« Paul Durand, [pasteur du village], »), right before it as a title or
     * apposition (« [le pasteur] Durand », « [le pasteur du village], Paul Durand »), or after
     * it and a form of « être » (« Paul Durand est [pasteur] »).
     */
    static boolean describesQuestionWord(TaggedSentence s, int a, int b, boolean[] hit) {
        if (a >= 2 && s.word(a - 1).equals(",") && hit[a - 2]) {
            return true;
        }
        if (b < s.size() && hit[b] && s.tag(b) == Pos.PROPN) {
            return true;
        }
        if (b + 1 < s.size() && s.word(b).equals(",") && hit[b + 1]) {
            return true;
        }
        int k = a - 1;
        while (k >= 0 && s.tag(k) == Pos.ADV) {
            k--;
        }
        if (k >= 1 && BE.contains(org.citebot.text.Folding.fold(s.word(k)))) {
            for (int i = Math.max(0, k - 4); i < k; i++) {
                if (hit[i]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether tokens {@code [from, to)} are at most {@link #VERB_GAP} adverbs, auxiliaries or pronouns. */
    private static boolean onlyLinks(TaggedSentence s, int from, int to) {
        if (to - from > VERB_GAP) {
            return false;
        }
        for (int i = from; i < to; i++) {
            Pos p = s.tag(i);
            if (p != Pos.ADV && p != Pos.AUX && p != Pos.PRON && p != Pos.PART) {
                return false;
            }
        }
        return true;
    }

    /** Whether the asked noun heads the candidate, or describes it (title, « de », apposition). */
    private void asked(TaggedSentence s, int a, int b, String noun, double[] f) {
        int head = -1;
        int nominals = 0;
        boolean name = false;
        for (int i = a; i < b; i++) {
            if (s.tag(i).nominal() || s.tag(i) == Pos.NUM) {
                head = head < 0 ? i : head;
                nominals++;
                name |= s.tag(i) == Pos.PROPN || s.tag(i) == Pos.NUM;
            }
        }
        if (head >= 0 && NounMatch.same(s.word(head), noun)) {
            f[AnswerFeature.ASKED_HEAD.ordinal()] = 1;
            f[AnswerFeature.ASKED_ONLY.ordinal()] = nominals == 1 ? 1 : 0;
            f[AnswerFeature.ASKED_WITH_NAME.ordinal()] = name ? 1 : 0;
        }
        Descriptors d = Descriptors.of(s, a, b, persons);
        f[AnswerFeature.ASKED_DESCRIBES.ordinal()] = d.all().stream()
                .anyMatch(i -> NounMatch.same(s.word(i), noun)) ? 1 : 0;
    }

    /** For tests and logs: the lower-case role a question asks of a person, if any. */
    static Optional<String> askedRole(Question question) {
        return question.type() == AnswerType.PERSON
                ? question.focus().or(question::askedNoun).map(r -> r.toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
