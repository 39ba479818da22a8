package org.citebot.answer.candidate;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citebot.corpus.Corpus;
import org.citebot.corpus.Document;
import org.citebot.question.AnswerType;
import org.citebot.question.PersonNames;
import org.citebot.text.Folding;
import org.citebot.text.Span;

/**
 * Kinds of names learned from the corpus itself: once « Lyon » has been seen after « à » and
 * « Martin » at the end of « Anne Martin », a bare « Lyon » or « Martin » elsewhere gets
 * the same kind. Each word of a classified name votes for its kind; the majority wins.
 * Built once at start-up, then read-only and thread-safe.
 */
public final class NameLexicon implements PersonNames {

    private final Map<String, AnswerType> kinds;
    private final java.util.Set<String> seen;
    /** A person's full name by its last word, folded; absent when two people share the last word. */
    private final Map<String, String> fullNames;

    private NameLexicon(Map<String, AnswerType> kinds, java.util.Set<String> seen, Map<String, String> fullNames) {
        this.kinds = Map.copyOf(kinds);
        this.seen = java.util.Set.copyOf(seen);
        this.fullNames = Map.copyOf(fullNames);
    }

    public static NameLexicon learn(Corpus corpus, NameFinder finder) {
        Map<String, Map<AnswerType, Integer>> votes = new HashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        Map<String, String> fullNames = new HashMap<>();
        java.util.Set<String> shared = new java.util.HashSet<>();
        for (Document doc : corpus.documents()) {
            for (Span paragraph : doc.paragraphs()) {
                for (Name name : finder.find(doc.text(), paragraph)) {
                    if (!name.text().contains(" ")) {
                        seen.add(Folding.fold(name.text()));
                    }
                    if (name.kind() == AnswerType.OTHER) {
                        continue;
                    }
                    vote(votes, Folding.fold(name.text()), name.kind());
                    if (name.kind() == AnswerType.PERSON) {
                        String[] parts = name.text().split("\\s+");
                        String last = Folding.fold(parts[parts.length - 1]);
                        vote(votes, last, name.kind());
                        String before = parts.length > 1 ? fullNames.putIfAbsent(last, name.text()) : null;
                        if (before != null && !Folding.fold(before).equals(Folding.fold(name.text()))) {
                            shared.add(last);
                        }
                    }
                }
            }
        }
        Map<String, AnswerType> kinds = new HashMap<>();
        votes.forEach((word, byKind) -> byKind.entrySet().stream().max(Map.Entry.comparingByValue())
                .ifPresent(e -> kinds.put(word, e.getKey())));
        fullNames.keySet().removeAll(shared);
        return new NameLexicon(kinds, seen, fullNames);
    }

    /**
     * Whether the corpus shows this one word as a name somewhere a capital tells it (inside a
     * sentence): « Bond » opening « Bond parvient à… » is a name, « Finalement » is not.
     */
    public boolean seenAsName(String word) {
        return seen.contains(Folding.fold(word));
    }

    private static void vote(Map<String, Map<AnswerType, Integer>> votes, String key, AnswerType kind) {
        votes.computeIfAbsent(key, k -> new EnumMap<>(AnswerType.class)).merge(kind, 1, Integer::sum);
    }

    /** The learned kind of a name, if the corpus showed one. */
    public Optional<AnswerType> kindOf(String name) {
        return Optional.ofNullable(kinds.get(Folding.fold(name)));
    }

    /** Whether the corpus taught {@code words}, all together, as a person's name. */
    @Override
    public boolean isPerson(String words) {
        return kindOf(words).filter(kind -> kind == AnswerType.PERSON).isPresent();
    }

    /**
     * The full name the corpus gives the one person whose name ends in {@code lastName} (« Paul
     * Durand » for « durand »), as first written; empty when none or when two people share it.
     */
    @Override
    public Optional<String> fullName(String lastName) {
        return Optional.ofNullable(fullNames.get(Folding.fold(lastName)));
    }

    /** {@code names} with OTHER kinds replaced by what the corpus taught. */
    public List<Name> resolve(List<Name> names) {
        return names.stream().map(n -> n.kind() != AnswerType.OTHER ? n
                : kindOf(n.text()).map(k -> n.withKind(k, "corpus")).orElse(n)).toList();
    }
}
