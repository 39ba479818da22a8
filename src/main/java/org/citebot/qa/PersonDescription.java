package org.citebot.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.citebot.answer.Candidate;
import org.citebot.answer.phrase.Descriptors;
import org.citebot.answer.phrase.PersonNouns;
import org.citebot.corpus.Document;
import org.citebot.question.AnswerType;
import org.citebot.question.Question;
import org.citebot.question.TypedNouns;
import org.citebot.text.Folding;
import org.citebot.text.Span;
import org.citebot.text.pos.Pos;
import org.citebot.text.pos.SentenceTags;
import org.citebot.text.pos.TaggedSentence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer to « qui est NAME ? »: what the articles call the person, when a sentence read gives
 * the name a title or an apposition headed by a person's noun — « le ministre belge de la Culture,
 * Paul Durand », « la porte-parole de l'Unesco Anne Martin », « Claire Vasseur, directrice du
 * musée, » — and the model's candidates hold that phrase with its head.
 *
 * <p>Why a proof beside the confidence model ({@link AnswerProof}): news writes a person's role
 * right against the name, often in two wordings across articles (« directeur de la police
 * municipale », « chef de la police »), which split the model's share between two right
 * answers and leave each under the threshold. A title or apposition read by the grammar
 * ({@link Descriptors}) is what the sentence says the person is; a phrase merely near the name
 * (« police municipale » cut out of « le chef de la police municipale ») is not one: it must hold
 * the title's head noun. Among several titles the model's order decides; a confident answer that
 * is none of them (a predicate: « a inauguré le pont ») is withdrawn for them. Firing counts:
 * {@code docs/EXPERIMENTS.md} (« Who a named person is »).
 *
 * <p>Thread-safe: immutable, the tags read from the shared {@link SentenceTags}.
 */
final class PersonDescription implements AnswerProof {

    private static final Logger LOG = LoggerFactory.getLogger(PersonDescription.class);
    /** Words a name asked about may hold: more is a phrase, not a name. */
    private static final int MAX_NAME_WORDS = 4;

    private final SentenceTags tags;
    private final PersonNouns persons = PersonNouns.withRolePrefixes(TypedNouns.load());

    PersonDescription(SentenceTags tags) {
        this.tags = Objects.requireNonNull(tags, "tags");
    }

    /**
     * The candidates that are a title or an apposition of the name {@code question} asks about, in
     * the sentences read; empty when it asks about no name or none is described so.
     */
    @Override
    public Optional<List<Candidate>> answers(Question question, List<Candidate> candidates,
                                             Map<String, Document> documents) {
        Optional<String> surname = surname(question);
        if (surname.isEmpty()) {
            return Optional.empty();
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (describes(c, surname.get(), documents)) {
                out.add(c);
            }
        }
        LOG.debug("who is {} → {} titles or appositions among the candidates", question.subject().orElse(""),
                out.size());
        return out.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(out));
    }

    /** The last word, folded, of the name a definition question asks about; empty when it asks about no name. */
    private static Optional<String> surname(Question question) {
        if (question.type() != AnswerType.DEFINITION || question.subject().isEmpty()) {
            return Optional.empty();
        }
        String[] name = Folding.fold(question.subject().get()).replaceAll("[^\\p{L}\\p{N}' -]", " ").strip()
                .split("\\s+");
        if (name.length == 0 || name[0].isEmpty() || name.length > MAX_NAME_WORDS) {
            return Optional.empty();
        }
        return Optional.of(name[name.length - 1]);
    }

    /**
     * Whether the sentences read give the name {@code question} asks about a title or an
     * apposition and {@code fact}, the model's confident answer, is none of them: « qui est Paul
     * Durand ? » is not answered « a inauguré le pont » when a sentence calls him « le maire de
     * Lille ». The title is then answered instead ({@link #answers}).
     */
    @Override
    public boolean refutes(Question question, String fact, List<Candidate> candidates,
                           Map<String, Document> documents) {
        Optional<List<Candidate>> titles = answers(question, candidates, documents);
        if (titles.isEmpty()) {
            return false;
        }
        String answer = withoutArticle(fact);
        boolean other = titles.get().stream().map(c -> withoutArticle(c.text()))
                .noneMatch(title -> title.contains(answer) || answer.contains(title));
        LOG.debug("who is {} → confident answer {} is {}a title of the name", question.subject().orElse(""), fact,
                other ? "not " : "");
        return other;
    }

    /** {@code text} folded, without the article it may open with. */
    private static String withoutArticle(String text) {
        return Folding.fold(text).strip().replaceFirst("^(?:le|la|les|l'|l’|un|une)\\s*", "");
    }

    /** Whether {@code c} is the title or apposition of a name ending in {@code surname} in its sentence. */
    private boolean describes(Candidate c, String surname, Map<String, Document> documents) {
        Span sentence = c.passage().passage().sentence();
        Document doc = documents.get(c.docId());
        if (doc == null || !sentence.contains(c.span())) {
            return false;
        }
        TaggedSentence s = tags.of(doc.text(), sentence);
        int a = s.firstFrom(c.span().start() - sentence.start());
        int b = a;
        while (b < s.size() && s.end(b) + sentence.start() <= c.span().end()) {
            b++;
        }
        if (b <= a) {
            return false;
        }
        // the title before the name (« le ministre Paul Durand », « la directrice, Claire Vasseur »)
        int n = b < s.size() && s.word(b).equals(",") ? b + 1 : b;
        int m = n;
        while (m < s.size() && isNameToken(s, m)) {
            m++;
        }
        if (m > n && Folding.fold(s.word(m - 1)).equals(surname) && headedWithin(s, n, m, a, b)) {
            return true;
        }
        // the apposition after it (« Claire Vasseur, directrice du musée, »)
        if (a >= 2 && s.word(a - 1).equals(",")) {
            int r = a - 1;
            while (r > 0 && isNameToken(s, r - 1)) {
                r--;
            }
            return r < a - 1 && Folding.fold(s.word(a - 2)).equals(surname) && headedWithin(s, r, a - 1, a, b);
        }
        return false;
    }

    /**
     * Whether the name at tokens {@code [start, end)} has its own title, a person's noun, within
     * {@code [a, b)}, and the candidate says more than that noun: a bare « ministre » or
     * « président » does not say which one, and a reader asking who the person is wants that.
     */
    private boolean headedWithin(TaggedSentence s, int start, int end, int a, int b) {
        int own = Descriptors.of(s, start, end, persons).own();
        if (own < a || own >= b || !persons.isPerson(s.word(own))) {
            return false;
        }
        int content = 0;
        for (int i = a; i < b; i++) {
            if (s.tag(i) == Pos.NOUN || s.tag(i) == Pos.ADJ || s.tag(i) == Pos.PROPN) {
                content++;
            }
        }
        return content >= 2;
    }

    /**
     * A written-out follow-up only when the user typed the name asked about (« et Durand ? » after
     * « qui est Claire Vasseur ? »): written out from « c'est qui ? » or « et lui ? », « qui est
     * NAME ? » is the chat's guess of whom the message points at, and may stand for something else
     * asked of the person the last answer named (measured on the held-out conversations: read
     * there, it answered a follow-up the articles do not answer; {@code docs/EXPERIMENTS.md}, « Who a
     * named person is »).
     */
    @Override
    public boolean reads(Question question, Wording wording) {
        if (wording.typed()) {
            return true;
        }
        Optional<String> surname = surname(question);
        return surname.isPresent() && wording.typedByUser(surname.get());
    }

    private static boolean isNameToken(TaggedSentence s, int i) {
        return s.tag(i) == Pos.PROPN || s.tag(i) == Pos.X && Character.isUpperCase(s.word(i).charAt(0));
    }
}
