package org.citebot.answer.phrase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.citebot.answer.Candidate;
import org.citebot.answer.PassageEvidence;
import org.citebot.corpus.Document;
import org.citebot.index.ScoredPassage;
import org.citebot.question.AnswerType;
import org.citebot.question.Question;
import org.citebot.text.Folding;
import org.citebot.text.FrenchLexicon;
import org.citebot.text.Span;
import org.citebot.text.pos.SentenceTags;
import org.citebot.text.pos.TaggedSentence;

/**
 * Proposes the phrases of a sentence ({@link PhraseChunker}) as candidates, for the questions
 * that ask for a phrase: « que… », « qu'est-ce que… », « quel X… » and the other questions of no
 * typed kind ({@link AnswerType#OTHER}), organisations and definitions. Each phrase is a
 * candidate of origin {@link Candidate.Origin#CHUNK}, quoted at its offsets in the document;
 * the learned scorer decides between them.
 *
 * <p>A sentence has a score of phrases, so they are read only in the few sentences that hold
 * most of the question ({@link #sentencesToRead}): the two best-covered sentences give as many
 * right best candidates and right answers as every sentence read, among an eighth of the
 * candidates, for a third of the time ({@code docs/EXPERIMENTS.md}); the sentence ranker's first
 * ones can be read too ({@link #RANKED_SENTENCES}).
 *
 * <p>Thread-safe: the sentences' tags are remembered in a shared {@link SentenceTags}.
 */
public final class PhraseExtractor {

    /** The hand fit of a phrase: below a typed extractor's cue (0.8), at its « phrase » (0.3). */
    static final double FIT = 0.3;
    /** Longest phrase proposed, in tokens: longer ones are clauses, not answers. */
    static final int MAX_TOKENS = 14;
    /** Sentences whose phrases are read, the best-covered first. */
    public static final int SENTENCES = 2;
    /**
     * Sentences the sentence ranker puts first whose phrases are read too, beside the
     * best-covered ones (the sentence that answers often shares few of the question's words).
     * Three. Training sets (seeds-train + piaf-train, {@code citebot fit}, cross-validated by
     * article; questions with a right candidate, best candidate right, nested right of answered):
     * none 1,243, 652, 172 of 208; two 1,343, 671, 178 of 218; three 1,373, 673, 187 of 225. With
     * three the held-out conversations' unanswerable follow-ups were declined 5 of 8 times instead
     * of 8, until the confidence model learned from negative examples ({@code fit --negatives}):
     * then 8 of 8, and with the session 9 ranker nested right 161 of 198 against 137 of 169 with
     * none ({@code docs/EXPERIMENTS.md}).
     * Changing this needs {@code scripts/refit confidence}.
     */
    public static final int RANKED_SENTENCES = 3;

    private final SentenceTags tags;
    private final PhraseChunker chunker = new PhraseChunker();

    public PhraseExtractor(SentenceTags tags) {
        this.tags = Objects.requireNonNull(tags, "tags");
    }

    /** The sentences' tags this extractor reads. */
    public SentenceTags tags() {
        return tags;
    }

    /**
     * Whether {@code question} asks for a phrase rather than (only) a typed value. Phrases for
     * every « qui » and « pourquoi » question gained on the training sets with the ranker's
     * sentences read ({@link #RANKED_SENTENCES}; best candidate right 673 → 683, nested 187 of 225
     * → 190 of 231) but answered three of the eight unanswerable follow-ups of the held-out
     * conversations; not kept ({@code docs/EXPERIMENTS.md}).
     */
    public static boolean wantsPhrases(Question question) {
        return switch (question.type()) {
            case OTHER, ORGANIZATION, DEFINITION -> true;
            case PERSON, PLACE -> question.askedNoun().isPresent();
            default -> false;
        };
    }

    /**
     * Indices of the {@code n} passages whose sentence holds most of the question's weight, in
     * that order (ties in retrieval order); a sentence read twice counts once.
     */
    public static List<Integer> sentencesToRead(List<PassageEvidence> evidence, int n) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, evidence.size()).boxed().toList());
        order.sort(Comparator.comparingDouble((Integer i) -> -evidence.get(i).sentenceCoverage()));
        List<Integer> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (int i : order) {
            var p = evidence.get(i).passage().passage();
            String id = p.docId() + "@" + p.sentence().start();
            if (!seen.contains(id)) {
                seen.add(id);
                out.add(i);
            }
            if (out.size() == n) {
                break;
            }
        }
        return out;
    }

    /**
     * {@code chosen}, then those of {@code rankedFirst} whose sentence is not among them (one
     * sentence of one article counts once), in that order.
     */
    public static List<PassageEvidence> withRankedFirst(List<PassageEvidence> chosen, List<PassageEvidence> rankedFirst) {
        List<PassageEvidence> out = new ArrayList<>(chosen);
        Set<String> seen = new java.util.HashSet<>();
        chosen.forEach(e -> seen.add(sentenceId(e)));
        for (PassageEvidence e : rankedFirst) {
            if (seen.add(sentenceId(e))) {
                out.add(e);
            }
        }
        return out;
    }

    private static String sentenceId(PassageEvidence e) {
        var p = e.passage().passage();
        return p.docId() + "@" + p.sentence().start();
    }

    /**
     * The phrases of {@code evidence}'s sentence as candidates of {@code question}'s type, but
     * those whose span {@code taken} accepts (a typed extractor's).
     */
    public List<Candidate> extract(Question question, Document doc, PassageEvidence evidence,
                                   java.util.function.Predicate<Span> taken) {
        ScoredPassage passage = evidence.passage();
        Span sentence = passage.passage().sentence();
        TaggedSentence s = tags.of(doc.text(), sentence);
        List<Candidate> out = new ArrayList<>();
        for (Phrase p : chunker.chunk(s)) {
            if (p.length() > MAX_TOKENS) {
                continue;
            }
            Span span = new Span(sentence.start() + s.start(p.start()), sentence.start() + s.end(p.end() - 1));
            if (taken.test(span)) {
                continue;
            }
            String text = span.of(doc.text());
            String key = key(text);
            if (!key.isBlank()) {
                out.add(new Candidate(question.type(), text, key, passage, span, FIT, span, Candidate.Origin.CHUNK));
            }
        }
        return out;
    }

    /** The phrase's merging key: folded, without a leading preposition or article. */
    static String key(String text) {
        String folded = Folding.fold(text).strip();
        String[] words = WORD_GAP.split(folded);
        int i = 0;
        while (i < words.length - 1 && LEADING.contains(words[i])) {
            i++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
    }

    /** What {@link #key} splits at, compiled once ({@code String.split} compiles it at every call). */
    private static final java.util.regex.Pattern WORD_GAP = java.util.regex.Pattern.compile("[\\s']+");

    private static final Set<String> LEADING = FrenchLexicon.with(FrenchLexicon.ARTICLES, "au", "aux", "a", "en", "dans", "par",
            "pour", "sur", "avec");
}
