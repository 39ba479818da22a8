package org.citebot.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What was read from a question (its text, or the analysed question), remembered: an answer
 * reads twenty passages, and each extractor asked the same regular expressions and foldings of
 * the question for each one. Bounded like {@link RegionMemo}: past {@link #SIZE} keys the memory
 * starts over. Thread-safe; {@code reader} must be a pure function of the key.
 *
 * @param <K> what is read: a value with equals and hashCode (a string, a record)
 * @param <T> what is found
 */
public final class Memo<K, T> {

    static final int SIZE = 10_000;

    private final Map<K, T> read = new ConcurrentHashMap<>();

    /** The remembered result for {@code key}, computed by {@code reader} the first time. */
    public T get(K key, Function<K, T> reader) {
        T cached = read.get(key);
        if (cached != null) {
            return cached;
        }
        if (read.size() >= SIZE) {
            read.clear();
        }
        T result = reader.apply(key);
        read.put(key, result);
        return result;
    }
}
