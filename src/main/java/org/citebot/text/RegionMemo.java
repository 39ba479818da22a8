package org.citebot.text;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * What a finder found in a region of a document, remembered: the answerer reads the same few
 * dozen passages question after question (a chat stays on its subject), and scanning them again
 * for numbers, dates and names was a fifth of an answer's time. Bounded: past {@link #SIZE} regions the
 * memory starts over, so memory stays flat whatever the corpus. Thread-safe.
 *
 * @param <T> what is found
 */
public final class RegionMemo<T> {

    static final int SIZE = 20_000;

    /** A region of one text; the text is compared by content, in practice by identity (one copy per document). */
    private record Key(String text, int start, int end) {
    }

    private final Map<Key, List<T>> found = new ConcurrentHashMap<>();

    /** The remembered result for {@code region} of {@code text}, computed by {@code finder} the first time. */
    public List<T> get(String text, Span region, BiFunction<String, Span, List<T>> finder) {
        Key key = new Key(text, region.start(), region.end());
        List<T> cached = found.get(key);
        if (cached != null) {
            return cached;
        }
        if (found.size() >= SIZE) {
            found.clear();
        }
        List<T> result = List.copyOf(finder.apply(text, region));
        found.put(key, result);
        return result;
    }
}
