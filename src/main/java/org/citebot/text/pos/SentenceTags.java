package org.citebot.text.pos;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.citebot.text.Span;

/**
 * The tagged sentences of a corpus, each tagged the first time it is read and remembered: an
 * answer reads a few dozen sentences, and the same sentences come back question after
 * question. Keyed by the sentence's text, so a changed article is tagged anew. Bounded: past
 * {@code capacity} sentences the memory starts over (a sentence costs some 0.2 ms to tag again).
 *
 * <p>Thread-safe.
 */
public final class SentenceTags {

    /** Sentences remembered by default: about a hundred thousand passages' worth in some 40 MB. */
    public static final int DEFAULT_CAPACITY = 100_000;

    private final CompletableFuture<FrenchTagger> tagger;
    private final int capacity;
    private final Map<String, TaggedSentence> tagged = new ConcurrentHashMap<>();

    public SentenceTags(FrenchTagger tagger) {
        this(tagger, DEFAULT_CAPACITY);
    }

    public SentenceTags(FrenchTagger tagger, int capacity) {
        this(CompletableFuture.completedFuture(Objects.requireNonNull(tagger, "tagger")), capacity);
    }

    /**
     * Tags with the tagger {@code loading} gives once loaded: a start need not wait for the model
     * (half a second), only the first sentence tagged does.
     */
    public SentenceTags(CompletableFuture<FrenchTagger> loading) {
        this(loading, DEFAULT_CAPACITY);
    }

    private SentenceTags(CompletableFuture<FrenchTagger> tagger, int capacity) {
        this.tagger = Objects.requireNonNull(tagger, "tagger");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        }
        this.capacity = capacity;
    }

    /** The tags of {@code sentence}, tagged now if never seen. */
    public TaggedSentence of(String sentence) {
        TaggedSentence known = tagged.get(sentence);
        if (known != null) {
            return known;
        }
        if (tagged.size() >= capacity) {
            tagged.clear();
        }
        TaggedSentence fresh = tagger().tag(sentence);
        tagged.put(sentence, fresh);
        return fresh;
    }

    /** The sentence last asked for by its place in a text, and its tags. */
    private record Last(String text, int start, int end, TaggedSentence tags) {
    }

    /** Immutable, replaced whole: safe to read from any thread. */
    private volatile Last last;

    /**
     * The tags of the sentence at {@code sentence} in {@code text}, as {@link #of(String)}: a
     * question's candidates ask for the same sentence one after another, and the one asked last
     * is told by the text's identity and the offsets, without cutting the sentence out and
     * hashing it again.
     */
    public TaggedSentence of(String text, Span sentence) {
        Last known = last;
        if (known != null && known.text() == text && known.start() == sentence.start()
                && known.end() == sentence.end()) {
            return known.tags();
        }
        TaggedSentence tags = of(sentence.of(text));
        last = new Last(text, sentence.start(), sentence.end(), tags);
        return tags;
    }

    private FrenchTagger tagger() {
        try {
            return tagger.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** How many sentences are remembered now. */
    public int size() {
        return tagged.size();
    }
}
