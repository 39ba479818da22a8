package org.citebot.rank;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.index.Passage;
import org.citebot.text.FrenchDates;
import org.citebot.text.FrenchNumbers;
import org.citebot.text.NumberMention;
import org.citebot.text.Span;

/**
 * What a sentence holds whatever the question: numbers, dates, capitalised words, its content
 * words. Worked out the
 * first time a sentence is pooled and remembered (bounded), since the same sentences come back
 * question after question and the number finder is the costliest part of a sentence's features.
 * Thread-safe.
 */
final class SentenceFacts {

    /**
     * The facts of one sentence.
     *
     * @param words its content words, folded, as {@link LooseMatch} compares them with a question's
     */
    record Facts(boolean number, boolean date, List<Span> capitalised, boolean refersBack, String[] words) {
    }

    /** Sentences remembered before the memory starts over. */
    static final int MEMO_SIZE = 50_000;

    /** A word opening with a capital letter (« Paris », « ONU », « Jean-Paul »). */
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}'’-]*");

    /** Words that, opening a sentence, point back to the sentence before (pronouns, demonstratives, possessives). */
    private static final java.util.Set<String> BACK_POINTERS = java.util.Set.copyOf(
            org.citebot.text.WordLists.lines(SentenceFacts.class, "back-pointers.txt"));
    /** A sentence's first word, after any opening punctuation. */
    private static final Pattern FIRST_WORD = Pattern.compile("^[^\\p{L}]*(\\p{L}+)");

    /** Whether {@code sentence} opens with a word that points back (« Il », « Cette », « Son »). */
    static boolean refersBack(String sentence) {
        Matcher m = FIRST_WORD.matcher(sentence);
        return m.find() && BACK_POINTERS.contains(m.group(1).toLowerCase(java.util.Locale.ROOT));
    }

    private final FrenchNumbers numbers = new FrenchNumbers();
    private final FrenchDates dates = new FrenchDates();
    private final Map<Passage, Facts> memo = new ConcurrentHashMap<>();
    private final Map<String, String[]> titles = new ConcurrentHashMap<>();

    /** The content words of {@code doc}'s title, as {@link LooseMatch#words} gives them, remembered per article. */
    String[] titleWords(org.citebot.corpus.Document doc) {
        String[] cached = titles.get(doc.id());
        if (cached != null) {
            return cached;
        }
        if (titles.size() >= MEMO_SIZE) {
            titles.clear();
        }
        String[] words = LooseMatch.words(doc.title());
        titles.put(doc.id(), words);
        return words;
    }

    /** The facts of {@code passage}'s sentence in {@code text}, its document's text. */
    Facts of(Passage passage, String text) {
        Facts cached = memo.get(passage);
        if (cached != null) {
            return cached;
        }
        if (memo.size() >= MEMO_SIZE) {
            memo.clear();
        }
        Facts facts = measure(text, passage.sentence());
        memo.put(passage, facts);
        return facts;
    }

    Facts measure(String text, Span sentence) {
        String s = sentence.of(text);
        boolean number = false;
        if (FrenchNumbers.mayHoldNumber(s)) {
            for (NumberMention n : numbers.find(s)) {
                if (!n.yearLike(s) && !(n.spelledOut() && n.value() == 1)) {
                    number = true;
                    break;
                }
            }
        }
        boolean date = !dates.find(s).isEmpty();
        List<Span> capitalised = new ArrayList<>();
        Matcher m = CAPITALISED.matcher(s);
        while (m.find()) {
            if (m.start() > 0) { // the sentence's first word is capitalised anyway
                capitalised.add(new Span(sentence.start() + m.start(), sentence.start() + m.end()));
            }
        }
        return new Facts(number, date, List.copyOf(capitalised), refersBack(s), LooseMatch.words(s));
    }
}
