package org.citebot.qa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.citebot.answer.Candidate;
import org.citebot.answer.Citation;
import org.citebot.corpus.Document;
import org.citebot.index.Passage;
import org.citebot.index.ScoredPassage;
import org.citebot.text.Span;

/**
 * The sentences a reply shows when it gives no fact: the sentence ranker's first, and the next ones
 * nearly as likely to state the answer.
 *
 * <p>Why more than one: the ranker puts the answer-bearing sentence first for about 60% of the
 * questions but within its first three for about 78%. A reply that is unsure of the fact is
 * read by a person, who finds the answer in a runner-up as easily as in the first sentence, so
 * the runners-up whose weight against the first, exp(score − first score), reaches
 * {@code ratio} are shown too, up to {@code most}. Sentences that follow each other in one
 * paragraph are joined into one quote (the answer often sits in the sentence after the one
 * that names the subject), in reading order; the quotes themselves stay in the order chosen.
 * A runner-up that repeats a sentence already shown (news articles restate their lead, agencies'
 * copies repeat each other) is skipped: most of its words already shown tell the reader nothing.
 *
 * <p>Beside the ranker's first, the next slots go to the sentences behind the best candidates the
 * answer model declined ({@link #behindBestCandidates}), whatever their rank: the sentence ranker
 * reads a sentence's words, the candidate model the phrase of the asked kind in it (a number for
 * « combien », a name for « qui »), and where the two disagree the answer is in the candidate's
 * sentence often enough to be worth a slot. Of the training sets' declined answerable questions,
 * the reply then held a gold answer for 61 of 67 seeds ones instead of 58, and 1,285 of 1,671 PIAF
 * ones instead of 1,228, for about 110 more characters a reply ({@code docs/EXPERIMENTS.md},
 * session 11, with the variants measured and dropped).
 */
final class SentencesToRead {

    private static final double REPEAT_SHARE = 0.8;
    /**
     * How many distinct sentences of the best declined candidates get a slot: two gained 5 seeds
     * and 52 PIAF questions in a simulation over the training sets' declines, one alone 3 and 12.
     */
    static final int CANDIDATE_SENTENCES = 2;
    /** What separates words, the rule {@link #words} follows (kept as its tests' reference). */
    static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SentencesToRead() {
    }

    /**
     * The quotes to show for {@code ranked} (the ranker's order, best first, each with its score),
     * at most {@code most} sentences; empty when {@code ranked} is.
     */
    static List<Citation> choose(List<ScoredPassage> ranked, int most, double ratio, Map<String, Document> documents) {
        return choose(ranked, List.of(), most, ratio, documents);
    }

    /**
     * The quotes to show for {@code ranked} (the ranker's order, best first, each with its score):
     * its first sentence, then the sentences of {@code behindCandidates} (best first, whatever
     * their rank), then the runners-up nearly as likely as the first; at most {@code most}
     * sentences, none repeating one shown; empty when {@code ranked} is.
     */
    static List<Citation> choose(List<ScoredPassage> ranked, List<Passage> behindCandidates, int most, double ratio,
                                 Map<String, Document> documents) {
        Objects.requireNonNull(behindCandidates, "behindCandidates");
        Objects.requireNonNull(documents, "documents");
        List<Passage> chosen = new ArrayList<>();
        List<Set<String>> shownWords = new ArrayList<>();
        if (ranked.isEmpty()) {
            return List.of();
        }
        offer(ranked.get(0).passage(), chosen, shownWords, documents);
        for (Passage p : behindCandidates) {
            if (chosen.size() == most) {
                break;
            }
            offer(p, chosen, shownWords, documents);
        }
        for (ScoredPassage p : ranked.subList(1, ranked.size())) {
            if (chosen.size() == most) {
                break;
            }
            if (Math.exp(p.score() - ranked.get(0).score()) >= ratio) {
                offer(p.passage(), chosen, shownWords, documents);
            }
        }
        List<List<Passage>> groups = new ArrayList<>();
        for (Passage p : chosen) {
            groups.stream().filter(g -> g.stream().anyMatch(q -> adjacent(p, q))).findFirst()
                    .ifPresentOrElse(g -> g.add(p), () -> groups.add(new ArrayList<>(List.of(p))));
        }
        List<Citation> quotes = new ArrayList<>(groups.size());
        for (List<Passage> group : groups) {
            group.sort(Comparator.comparingInt(Passage::ordinal));
            if (!contiguous(group)) {
                // two neighbours of one sentence joined through it only if it was chosen too
                group.forEach(p -> quotes.add(Citation.of(documents.get(p.docId()), p.sentence())));
                continue;
            }
            Span span = new Span(group.get(0).sentence().start(), group.get(group.size() - 1).sentence().end());
            quotes.add(Citation.of(documents.get(group.get(0).docId()), span));
        }
        return quotes;
    }

    /** Adds {@code p} to {@code chosen} unless it is there already or repeats a sentence shown. */
    private static void offer(Passage p, List<Passage> chosen, List<Set<String>> shownWords,
                              Map<String, Document> documents) {
        if (chosen.contains(p)) {
            return;
        }
        Set<String> words = words(documents.get(p.docId()).quote(p.sentence()));
        for (Set<String> shown : shownWords) {
            if (repeats(words, shown)) {
                return;
            }
        }
        chosen.add(p);
        shownWords.add(words);
    }

    /**
     * The sentences of the best of {@code candidates} (by score, best first), up to
     * {@code sentences} distinct ones: where the declined answer model would have looked.
     */
    static List<Passage> behindBestCandidates(List<Candidate> candidates, int sentences) {
        List<Candidate> best = new ArrayList<>(candidates);
        best.sort(Comparator.comparingDouble(Candidate::score).reversed());
        List<Passage> out = new ArrayList<>(sentences);
        for (Candidate c : best) {
            if (out.size() == sentences) {
                break;
            }
            if (!out.contains(c.passage().passage())) {
                out.add(c.passage().passage());
            }
        }
        return out;
    }

    /** Whether most (4 in 5) of the words of the shorter of two sentences are in the other. */
    private static boolean repeats(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        if (small.isEmpty()) {
            return true;
        }
        long common = 0;
        for (String w : small) {
            common += large.contains(w) ? 1 : 0;
        }
        return common >= REPEAT_SHARE * small.size();
    }

    /**
     * The distinct words of {@code sentence} in lower case: its runs of letters and digits, what
     * splitting it at {@link #NON_WORD} gives, read by code point without the pattern (the split
     * was a sixtieth of an answer).
     */
    static Set<String> words(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        Set<String> out = new HashSet<>();
        int start = -1;
        int i = 0;
        while (i < lower.length()) {
            int cp = lower.codePointAt(i);
            if (wordCodePoint(cp)) {
                start = start < 0 ? i : start;
            } else if (start >= 0) {
                out.add(lower.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(lower.substring(start));
        }
        return out;
    }

    /** The pattern's {@code [\p{L}\p{N}]}. */
    private static boolean wordCodePoint(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean adjacent(Passage a, Passage b) {
        return a.docId().equals(b.docId()) && a.paragraph().equals(b.paragraph())
                && Math.abs(a.ordinal() - b.ordinal()) == 1;
    }

    private static boolean contiguous(List<Passage> sorted) {
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).ordinal() != sorted.get(i - 1).ordinal() + 1) {
                return false;
            }
        }
        return true;
    }
}
