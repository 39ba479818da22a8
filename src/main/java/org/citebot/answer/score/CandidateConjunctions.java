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
import org.citebot.text.Memo;
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
     * {@code asked} ({@link #questionWord}). The list is immutable.
     */
    public List<String> of(Candidate c, String asked, Document doc, Span sentence) {
        return named.get(new Place(doc.text(), sentence, c.span(), c.text(), asked), this::read);
    }

    /**
     * A candidate's place: its text (compared by content, in practice by identity), sentence,
     * span and words, and how the question asks.
     */
    private record Place(String text, Span sentence, Span span, String candidate, String asked) {
    }

    /**
     * {@link #of} per candidate place and question word, remembered: the names depend on the text
     * alone, and the same candidates come back question after question (the extractors remember
     * their finds per sentence); reading them again and building their names was a twentieth of an
     * answer. Keyed by the text's content, so a changed article is read anew.
     */
    private final Memo<Place, List<String>> named = new Memo<>();

    private List<String> read(Place place) {
        String text = place.text();
        Span sentence = place.sentence();
        Span span = place.span();
        String qw = "qw=" + place.asked();
        List<String> out = new ArrayList<>(5);
        String before = key(lastWord(text, Math.max(sentence.start(), span.start() - 30), span.start()), "^");
        String after = key(firstWord(text, span.end(), Math.min(sentence.end(), span.end() + 30)), "$");
        out.add(qw + "|prev=" + before);
        out.add(qw + "|next=" + after);
        int words = WhitespaceSplit.length(place.candidate().strip());
        out.add(qw + "|words=" + Math.min(words, 5));
        TaggedSentence s = tags.of(text, sentence);
        int base = sentence.start();
        int a = s.firstFrom(span.start() - base);
        int b = a;
        while (b < s.size() && s.end(b) + base <= span.end()) {
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
        return List.copyOf(out);
    }

    private static String key(String word, String none) {
        return word == null ? none : Folding.fold(word).toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /**
     * What {@link #LAST_WORD} finds in {@code text} (its group 1), or {@code null}: read backwards
     * from the end rather than by the pattern, which tries every start of the text and was a
     * fifteenth of an answer. Text holding a surrogate or a line terminator {@code $} treats
     * specially (U+0085, U+2028, U+2029) goes through the pattern.
     */
    static String lastWord(String text) {
        return lastWord(text, 0, text.length());
    }

    /**
     * {@link #lastWord(String)} of {@code text} from {@code from} to {@code to}, read in place:
     * the stretch is cut out only for the pattern or the word found.
     */
    static String lastWord(String text, int from, int to) {
        if (unusual(text, from, to)) {
            Matcher m = LAST_WORD.matcher(text.substring(from, to));
            return m.find() ? m.group(1) : null;
        }
        int end = to;
        while (end > from && space(text.charAt(end - 1))) {
            end--;
        }
        if (end == from) {
            return null;
        }
        char last = text.charAt(end - 1);
        int wordEnd = wordChar(last) ? end : (last == '\'' || last == '’') && end - from >= 2
                && wordChar(text.charAt(end - 2)) ? end - 1 : -1;
        if (wordEnd < 0) {
            return String.valueOf(last);
        }
        int start = wordEnd - 1;
        while (start > from && wordChar(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    /** What {@link #FIRST_WORD} finds in {@code text} (its group 1), or {@code null}; as {@link #lastWord}. */
    static String firstWord(String text) {
        return firstWord(text, 0, text.length());
    }

    /** {@link #firstWord(String)} of {@code text} from {@code from} to {@code to}, read in place. */
    static String firstWord(String text, int from, int to) {
        if (unusual(text, from, to)) {
            Matcher m = FIRST_WORD.matcher(text.substring(from, to));
            return m.find() ? m.group(1) : null;
        }
        int n = to;
        int start = from;
        while (start < n && space(text.charAt(start))) {
            start++;
        }
        if (start == n) {
            return null;
        }
        if (!wordChar(text.charAt(start))) {
            return text.substring(start, start + 1);
        }
        int end = start + 1;
        while (end < n && wordChar(text.charAt(end))) {
            end++;
        }
        if (end < n && (text.charAt(end) == '\'' || text.charAt(end) == '’')) {
            end++;
        }
        return text.substring(start, end);
    }

    /** Whether {@code text} holds a character the scanners leave to the patterns. */
    private static boolean unusual(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\u0085' || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** The patterns' {@code \s}: ASCII white space only. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The patterns' {@code [\p{L}\p{N}]}. */
    private static boolean wordChar(char c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
