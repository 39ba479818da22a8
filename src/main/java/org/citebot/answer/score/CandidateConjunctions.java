package org.citebot.answer.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.answer.Candidate;
import org.citebot.corpus.Document;
import org.citebot.question.Question;
import org.citebot.text.Folding;
import org.citebot.text.Span;
import org.citebot.text.pos.Pos;
import org.citebot.text.pos.SentenceTags;
import org.citebot.text.pos.TaggedSentence;

/**
 * Sparse conjunctions of how a question asks with what a candidate is: the question word (« qui »,
 * « quand », « où », « combien », « quel », « que », « comment », « pourquoi », with the
 * preposition before it) paired with the candidate's first and head part-of-speech tags, the tag
 * and the word or mark right before it, the word or mark right after it, and its length in words.
 * Each is a name (« qw=ou|prev=a »); the listwise model ({@link ConfidenceModel}) learns a weight
 * for the names seen often enough in training, so that « où » learns to like what follows « à »
 * or « dans » without a hand-written list.
 *
 * <p>Each family was kept for a gain cross-validated by article on the training sets ({@code fit
 * --without FAMILY}, seeds-train + piaf-train, 5 folds; figures: right first of 1,928, most right
 * at 80% precision, nested right): all five 646 / 193 / 171; without {@code first} 631 / 185 /
 * 143, {@code prev} 639 / 186 / 147, {@code words} 643 / 175 / 171, {@code next} 652 / 186 / 155,
 * {@code prevpos} 645 / 182 / 168. Tried and not kept: the question word with the candidate's
 * kind and origin (642 / 200 / 169 without it: no gain), the two words before it and the
 * previous word or tags without the question word (643 / 194 / 163 with them).
 *
 * <p>Thread-safe when its tags are.
 */
public final class CandidateConjunctions {

    /** The question words told apart, the first found in the question (folded, lower case). */
    private static final Pattern QUESTION_WORD = Pattern.compile(
            "(?<![\\p{L}])(qu'est[ -]ce qu[ei]|qu'est[ -]ce|qui|quand|ou|combien|quel|quelle|quels|quelles|lequel|laquelle"
                    + "|lesquels|lesquelles|que|qu'|quoi|comment|pourquoi|est[ -]ce que)(?![\\p{L}])");
    /** A preposition opening the question before its question word (« à qui », « en quelle année »). */
    private static final Pattern OPENING_PREPOSITION = Pattern.compile(
            "^\\s*(a|au|aux|dans|de|du|des|d'|en|par|pour|sur|avec|vers|contre|sous|chez|selon|depuis|pendant|entre)"
                    + "(?:\\s+|(?<=')\\s*)(?=qu|lequel|laquelle|lesquel)");
    /** The last word (or mark) of a text. */
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}\\p{N}]+['’]?|[^\\s\\p{L}\\p{N}])\\s*$");
    /** The first word (or mark) of a text. */
    private static final Pattern FIRST_WORD = Pattern.compile("^\\s*([\\p{L}\\p{N}]+['’]?|[^\\s\\p{L}\\p{N}])");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final SentenceTags tags;

    public CandidateConjunctions(SentenceTags tags) {
        this.tags = Objects.requireNonNull(tags, "tags");
    }

    /** How {@code question} asks: its question word, and the preposition before it (« a+qui »). */
    public static String questionWord(Question question) {
        String q = Folding.fold(question.text()).toLowerCase(Locale.ROOT).replace('’', '\'');
        Matcher m = QUESTION_WORD.matcher(q);
        String word = "autre";
        if (m.find()) {
            String w = m.group(1);
            word = switch (w) {
                case "quelle", "quels", "quelles" -> "quel";
                case "laquelle", "lesquels", "lesquelles", "lequel" -> "lequel";
                case "qu'", "quoi" -> "que";
                default -> w.startsWith("qu'est") ? (w.endsWith("qui") ? "qu'est-ce qui" : "que")
                        : w.startsWith("est") ? "est-ce que" : w;
            };
        }
        Matcher p = OPENING_PREPOSITION.matcher(q);
        return p.find() ? p.group(1).replace("'", "") + "+" + word : word;
    }

    /**
     * The conjunctions of candidate {@code c}, read in its sentence, for a question asked with
     * {@code asked} ({@link #questionWord}).
     */
    public List<String> of(Candidate c, String asked, Document doc, Span sentence) {
        String text = doc.text();
        String qw = "qw=" + asked;
        List<String> out = new ArrayList<>(8);
        String before = word(LAST_WORD, text.substring(Math.max(sentence.start(), c.span().start() - 30),
                c.span().start()), "^");
        String after = word(FIRST_WORD, text.substring(c.span().end(), Math.min(sentence.end(),
                c.span().end() + 30)), "$");
        out.add(qw + "|prev=" + before);
        out.add(qw + "|next=" + after);
        int words = WHITESPACE.split(c.text().strip()).length;
        out.add(qw + "|words=" + Math.min(words, 5));
        TaggedSentence s = tags.of(sentence.of(text));
        int base = sentence.start();
        int a = s.firstFrom(c.span().start() - base);
        int b = a;
        while (b < s.size() && s.end(b) + base <= c.span().end()) {
            b++;
        }
        if (b > a) {
            Pos head = null;
            for (int i = a; i < b && head == null; i++) {
                head = s.tag(i).nominal() || s.tag(i) == Pos.NUM ? s.tag(i) : null;
            }
            out.add(qw + "|first=" + s.tag(a) + "|head=" + (head == null ? "-" : head));
            out.add(qw + "|prevpos=" + (a > 0 ? s.tag(a - 1) : "^"));
        }
        return out;
    }

    private static String word(Pattern p, String text, String none) {
        Matcher m = p.matcher(text);
        return m.find() ? Folding.fold(m.group(1)).toLowerCase(Locale.ROOT).replace('’', '\'') : none;
    }
}
