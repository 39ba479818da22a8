package org.citebot.qa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.citebot.answer.Candidate;
import org.citebot.answer.phrase.NamedInstances;
import org.citebot.answer.phrase.NounMatch;
import org.citebot.corpus.Document;
import org.citebot.question.Question;
import org.citebot.text.Folding;
import org.citebot.text.FrenchLexicon;
import org.citebot.text.Span;
import org.citebot.text.pos.SentenceTags;
import org.citebot.text.pos.TaggedSentence;

/**
 * The answer to « quel / quelle N… ? » when the model's first candidate is the one thing the
 * sentences read name an N ({@link NamedInstances}): « à quelle agence de presse le ministre
 * répondait-il ? » is answered by « Kestrel » when the model ranks it first and its sentence,
 * which holds at least half of the question's other words, says « une question de l'agence
 * Kestrel », and none of the model's first three candidates is another thing named an agency.
 *
 * <p>Why a proof beside the confidence model ({@link AnswerProof}): the model reads the asked
 * noun's signals on the phrases cut from the tags only, not on a typed name (an organisation's, a
 * place's), and declines such answers even when it ranks the named thing first. Not read: « quel
 * est le N de X ? » (the N of another thing), nouns of kind or name (« quel type », « quel nom »),
 * questions with fewer than two other words. Firing counts and precision: {@code docs/EXPERIMENTS.md}
 * (« Questions that name the kind of thing asked »).
 *
 * <p>Thread-safe: immutable, the tags read from the shared {@link SentenceTags}.
 */
final class KindAnswer implements AnswerProof {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(KindAnswer.class);
    /** Letters two forms of one word share at least (« répondait » ~ « réponse »). */
    static final int STEM = 5;
    /** The question's other words a sentence must hold at least. */
    static final int LEAST_HELD = 2;
    /** The model's first candidates read: no other thing named an N among them. */
    static final int FIRST_CANDIDATES = 3;
    /**
     * The least share of the model's first candidate, which must be the thing named: chosen on
     * piaf-train's firings of a wider reading (right ones 0.18–0.53, two wrong ones at 0.10 and 0.17).
     */
    static final double LEAST_SHARE = 0.18;
    /**
     * « quel est le nom de… », « quelle est la capitale de… »: the answer is what the asked noun of
     * another thing is, which a phrase headed by that noun names for whatever it completes.
     */
    private static final java.util.regex.Pattern COPULAR = java.util.regex.Pattern.compile(
            "\\bquel(?:le)?s?\\s+(?:" + String.join("|", FrenchLexicon.ETRE_FINITE) + ")\\b");

    private final SentenceTags tags;

    KindAnswer(SentenceTags tags) {
        this.tags = Objects.requireNonNull(tags, "tags");
    }

    @Override
    public Optional<List<Candidate>> answers(Question question, List<Candidate> candidates,
                                             Map<String, Document> documents) {
        if (question.askedNoun().isEmpty() || COPULAR.matcher(Folding.fold(question.text()).toLowerCase(Locale.ROOT))
                .find() || !NamedInstances.namable(question.askedNoun().get())) {
            return Optional.empty();
        }
        String noun = question.askedNoun().get();
        Set<String> asked = NamedInstances.words(question.keywords());
        List<String> others = others(question, noun);
        if (others.size() < LEAST_HELD) {
            return Optional.empty();
        }
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort(java.util.Comparator.comparingDouble(Candidate::score).reversed());
        Map<String, List<Candidate>> named = new LinkedHashMap<>();
        for (Candidate c : ranked.subList(0, Math.min(FIRST_CANDIDATES, ranked.size()))) {
            Span sentence = c.passage().passage().sentence();
            if (!sentence.contains(c.span())) {
                continue;
            }
            Document doc = documents.get(c.docId());
            TaggedSentence s = tags.of(doc.text(), sentence);
            if (!holdsEnough(s, others)) {
                continue;
            }
            int a = s.firstFrom(c.span().start() - sentence.start());
            int b = a;
            while (b < s.size() && s.end(b) + sentence.start() <= c.span().end()) {
                b++;
            }
            if (b <= a || NamedInstances.of(s, a, b, noun, asked) == NamedInstances.How.NONE) {
                continue;
            }
            named.computeIfAbsent(NamedInstances.fact(s, a, b, noun, asked), f -> new ArrayList<>()).add(c);
        }
        LOG.debug("kind question {} → things named a {} among the first candidates: {}", question.text(), noun,
                named.keySet());
        boolean first = !ranked.isEmpty() && ranked.get(0).score() >= LEAST_SHARE
                && named.values().stream().anyMatch(cs -> cs.contains(ranked.get(0)));
        return first && distinct(named.keySet()) == 1 ? Optional.of(best(named)) : Optional.empty();
    }

    /** How many things {@code facts} name: one fact whose words hold another's is the same thing. */
    static int distinct(Set<String> facts) {
        int n = 0;
        for (String f : facts) {
            boolean within = false;
            for (String g : facts) {
                if (!g.equals(f) && List.of(g.split(" ")).containsAll(List.of(f.split(" ")))) {
                    within = true;
                    break;
                }
            }
            n += within ? 0 : 1;
        }
        return n;
    }

    /** The candidates of the fullest fact, first the one the model prefers. */
    private static List<Candidate> best(Map<String, List<Candidate>> named) {
        String fullest = named.keySet().stream().max(java.util.Comparator.comparingInt(f -> f.split(" ").length))
                .orElseThrow();
        List<Candidate> cs = new ArrayList<>(named.get(fullest));
        cs.sort(java.util.Comparator.comparingDouble(Candidate::score).reversed());
        return cs;
    }

    /** The question's content words but the asked noun, folded: what a sentence must share with it. */
    private static List<String> others(Question question, String noun) {
        List<String> words = new ArrayList<>();
        for (String k : question.keywords()) {
            for (String w : k.split("[\\s'’-]+")) {
                if (w.length() >= 3 && !NounMatch.same(w, noun)) {
                    words.add(stem(w));
                }
            }
        }
        return words;
    }

    /**
     * Whether the sentence holds at least {@link #LEAST_HELD} of {@code others} and at least half
     * of them, each as a word sharing its first {@link #STEM} letters.
     */
    private static boolean holdsEnough(TaggedSentence s, List<String> others) {
        Set<String> words = new java.util.HashSet<>();
        for (int t = 0; t < s.size(); t++) {
            words.add(stem(s.word(t)));
        }
        long held = others.stream().filter(words::contains).count();
        return held >= LEAST_HELD && 2 * held >= others.size();
    }

    private static String stem(String word) {
        String w = Folding.fold(word).toLowerCase(Locale.ROOT);
        return w.length() > STEM ? w.substring(0, STEM) : w;
    }
}
