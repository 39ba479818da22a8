package org.citebot.chat.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Other wordings of a written-out follow-up that ask the same thing of the same people, worded
 * as the articles also name them: every name in full (« quand Martin a signé ? » → « quand Anne
 * Martin a signé ? ») and every name by its last name alone (« Anne Martin a signé où ? » →
 * « Martin a signé où ? »). The answerer weighs a question's words, not their order or accents,
 * so a name's form is what changes its answer: the sentence that states the fact names the
 * person one way or the other, and a first name it lacks, or one it has that the question lacks,
 * can keep a right answer under the threshold. The question word, the verb and every other word
 * stay as they are.
 *
 * <p>Stateless; thread-safe.
 */
public final class AlternativeReadings {

    /** Readings tried besides the first one: each costs one more search. */
    public static final int MAX = 2;

    private AlternativeReadings() {
    }

    /**
     * The other readings of {@code question} (a follow-up as written out), at most {@link #MAX},
     * none equal to it: names in full, then names by their last name alone.
     */
    public static List<String> of(String question, CorpusVocabulary vocabulary) {
        Objects.requireNonNull(vocabulary, "vocabulary");
        if (question == null || question.isBlank()) {
            return List.of();
        }
        Words w = Words.of(question);
        List<String> out = new ArrayList<>();
        for (Words reading : List.of(inFull(w, vocabulary), byLastName(w, vocabulary))) {
            String q = reading.question();
            if (!reading.equals(w) && !out.contains(q) && out.size() < MAX) {
                out.add(q);
            }
        }
        return out;
    }

    /** Every last name written alone, with the first name the articles give it (« Martin » → « Anne Martin »). */
    static Words inFull(Words w, CorpusVocabulary vocabulary) {
        Words out = w;
        for (int i = out.size() - 1; i >= 0; i--) {
            Optional<Words> full = fullName(out, i, vocabulary);
            boolean alreadyInFull = full.isPresent() && i > 0 && out.key(i - 1).equals(full.get().key(0));
            if (full.isPresent() && !alreadyInFull) {
                out = out.replace(i, i + 1, full.get());
            }
        }
        return out;
    }

    /**
     * Every name written in full as the articles write it, by its last name alone (« Anne Martin » →
     * « Martin ») when the articles also write it alone: « New York » stays whole.
     */
    static Words byLastName(Words w, CorpusVocabulary vocabulary) {
        Words out = w;
        for (int i = out.size() - 1; i > 0; i--) {
            Optional<Words> full = fullName(out, i, vocabulary);
            if (full.isPresent() && out.key(i - 1).equals(full.get().key(0)) && vocabulary.writtenAlone(out.get(i).typed())) {
                out = out.replace(i - 1, i, Words.of(List.of()));
                i--;
            }
        }
        return out;
    }

    /** The full name the articles give word {@code i} when it is a last name, as words. */
    private static Optional<Words> fullName(Words w, int i, CorpusVocabulary vocabulary) {
        return vocabulary.fullName(w.get(i).typed()).map(Words::of).filter(full -> full.size() == 2);
    }
}
