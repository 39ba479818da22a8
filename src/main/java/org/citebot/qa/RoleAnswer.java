package org.citebot.qa;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.citebot.answer.Candidate;
import org.citebot.answer.phrase.PersonNouns;
import org.citebot.answer.phrase.RoleHolders;
import org.citebot.answer.phrase.RoleQuestion;
import org.citebot.answer.phrase.RoleSynonyms;
import org.citebot.corpus.Document;
import org.citebot.question.AnswerType;
import org.citebot.question.Question;
import org.citebot.question.TypedNouns;
import org.citebot.text.Folding;
import org.citebot.text.Span;
import org.citebot.text.pos.Pos;
import org.citebot.text.pos.SentenceTags;
import org.citebot.text.pos.TaggedSentence;

/**
 * The answer to « qui est le ROLE ? » when the passages read tie one person, and no other, to the
 * whole role asked ({@link RoleQuestion}, {@link RoleHolders}): « qui est la directrice du
 * musée ? » is answered by Claire Vasseur when a sentence read calls her « la directrice du musée » (or
 * « directrice du musée » in apposition) and no sentence read gives that role to anyone else.
 *
 * <p>Why a proof beside the confidence model ({@link AnswerProof}): the model is one calibration for every question,
 * fitted mostly on encyclopaedia questions, and declines such answers even when it ranks the
 * name first with a large share (confidence 0.35–0.6): one sentence naming exactly that role
 * beside exactly one name is a stronger proof than its signals say. A role only partly held (the
 * head noun without its complement), or held by two names, gives no answer. The other way round,
 * a confident answer whose name the sentences read only ever give the role's noun with another
 * complement is withdrawn ({@link #refutes}). Firing counts and precision on the training
 * sets: {@code docs/EXPERIMENTS.md} (« Role questions »).
 *
 * <p>Thread-safe: immutable, the tags read from the shared {@link SentenceTags}.
 */
final class RoleAnswer implements AnswerProof {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RoleAnswer.class);

    private final SentenceTags tags;
    private final RoleSynonyms synonyms;
    private final PersonNouns persons = new PersonNouns(TypedNouns.load());
    private final RoleHolders holders = new RoleHolders(persons);

    RoleAnswer(SentenceTags tags, RoleSynonyms synonyms) {
        this.tags = Objects.requireNonNull(tags, "tags");
        this.synonyms = Objects.requireNonNull(synonyms, "synonyms");
    }

    /**
     * The candidates among {@code candidates} that name the one person the sentences read tie to
     * the role {@code question} asks, or empty when it asks no role, when no name holds the whole
     * role, or when names of two people hold it.
     */
    @Override
    public Optional<List<Candidate>> answers(Question question, List<Candidate> candidates,
                                             Map<String, Document> documents) {
        Optional<Ties> ties = ties(question, candidates, documents);
        if (ties.isEmpty()) {
            return Optional.empty();
        }
        Set<String> people = ties.get().whole().keySet();
        LOG.debug("role question {} → people holding it {}", question.text(), people);
        return people.size() == 1 ? Optional.of(List.copyOf(ties.get().whole().values().iterator().next()))
                : Optional.empty();
    }

    /**
     * Whether the sentences read give the person named {@code answer} (as shown; its last word) the
     * role's head noun only with another complement, and never the whole role (not even with a
     * typo): « qui est le directeur du musée ? » is not answered by a name only ever called « le
     * directeur du théâtre ».
     */
    @Override
    public boolean refutes(Question question, String answer, List<Candidate> candidates,
                           Map<String, Document> documents) {
        Optional<Ties> ties = ties(question, candidates, documents);
        if (ties.isEmpty() || answer.isBlank()) {
            return false;
        }
        String[] words = Folding.fold(answer).split("\\s+");
        String person = words[words.length - 1];
        boolean other = ties.get().other().contains(person) && !ties.get().near().contains(person)
                && !ties.get().whole().containsKey(person);
        LOG.debug("role question {} → answer {} holds another role: {}", question.text(), answer, other);
        return other;
    }

    /**
     * The people tied to the whole role (with their candidates), to the whole role but for a typo,
     * and to the role's noun with another complement.
     */
    private record Ties(Map<String, List<Candidate>> whole, Set<String> near, Set<String> other) {
    }

    private Optional<Ties> ties(Question question, List<Candidate> candidates, Map<String, Document> documents) {
        if (question.type() != AnswerType.PERSON) {
            return Optional.empty();
        }
        Optional<RoleQuestion> role = RoleQuestion.read(question.text(), persons);
        if (role.isEmpty()) {
            return Optional.empty();
        }
        List<RoleQuestion> wordings = synonyms.wordings(role.get(), persons);
        Map<String, List<Candidate>> whole = new LinkedHashMap<>();
        Set<String> near = new HashSet<>();
        Set<String> other = new HashSet<>();
        for (Candidate c : candidates) {
            Span sentence = c.passage().passage().sentence();
            if (!sentence.contains(c.span())) {
                continue;
            }
            TaggedSentence s = tags.of(documents.get(c.docId()).text(), sentence);
            int a = s.firstFrom(c.span().start() - sentence.start());
            int b = a;
            while (b < s.size() && s.end(b) + sentence.start() <= c.span().end()) {
                b++;
            }
            if (b <= a || !isName(s, a, b)) {
                continue;
            }
            String person = Folding.fold(s.word(b - 1));
            switch (holders.tie(s, a, b, wordings)) {
                case WHOLE -> whole.computeIfAbsent(person, p -> new ArrayList<>()).add(c);
                case NEAR -> near.add(person);
                case OTHER -> other.add(person);
                case NONE -> { }
            }
        }
        return Optional.of(new Ties(whole, near, other));
    }

    /** Whether tokens {@code [a, b)} are a name and nothing else. */
    private static boolean isName(TaggedSentence s, int a, int b) {
        for (int i = a; i < b; i++) {
            if (s.tag(i) != Pos.PROPN && !(s.tag(i) == Pos.X && Character.isUpperCase(s.word(i).charAt(0)))) {
                return false;
            }
        }
        return true;
    }
}
