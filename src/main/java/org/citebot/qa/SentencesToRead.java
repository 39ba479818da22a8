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
 * that names the subject), in reading order; the quotes themselves stay in the ranker's order.
 * A runner-up that repeats a sentence already shown (news articles restate their lead, agencies'
 * copies repeat each other) is skipped: most of its words already shown tell the reader nothing.
 */
final class SentencesToRead {

    private static final double REPEAT_SHARE = 0.8;
    /** What separates words, the rule {@link #words} follows (kept as its tests' reference). */
    static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SentencesToRead() {
    }

    /**
     * The quotes to show for {@code ranked} (the ranker's order, best first, each with its score),
     * at most {@code most} sentences; empty when {@code ranked} is.
     */
    static List<Citation> choose(List<ScoredPassage> ranked, int most, double ratio, Map<String, Document> documents) {
        Objects.requireNonNull(documents, "documents");
        List<Passage> chosen = new ArrayList<>();
        List<Set<String>> shownWords = new ArrayList<>();
        for (ScoredPassage p : ranked) {
            if (chosen.size() == most) {
                break;
            }
            if (!chosen.isEmpty() && Math.exp(p.score() - ranked.get(0).score()) < ratio) {
                continue;
            }
            Set<String> words = words(documents.get(p.passage().docId()).quote(p.passage().sentence()));
            boolean repeated = false;
            for (int i = 0; i < shownWords.size() && !repeated; i++) {
                repeated = repeats(words, shownWords.get(i));
            }
            if (!repeated) {
                chosen.add(p.passage());
                shownWords.add(words);
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
