package org.citebot.answer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.citebot.index.FrenchAnalysis;
import org.citebot.text.WordLists;

/**
 * Words of one action said differently ({@code verb-families.txt}): « diriger », « mener »,
 * « commander », « chef »… A « qui » question names the action with one word and the article
 * with another (« qui dirige l'armée ? », « l'armée menée par X »), so a word of the question and
 * a word of the passage are related when they are the same verb (the same
 * {@link QuestionTerm#verbKey verb key}) or share a family.
 */
final class VerbFamilies {

    private static final FrenchAnalysis ANALYSIS = FrenchAnalysis.withoutSynonyms();
    private static final Analyzer ANALYZER = ANALYSIS.documentAnalyzer();
    /** Each family word's verb key and the families it is in. */
    private static final Map<String, Set<Integer>> FAMILIES = load();
    /** Surface words already analysed: participles before « par » come back passage after passage. */
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 50_000;

    private VerbFamilies() {
    }

    private static Map<String, Set<Integer>> load() {
        Map<String, Set<Integer>> out = new HashMap<>();
        List<String> lines = WordLists.lines(VerbFamilies.class, "verb-families.txt");
        for (int family = 0; family < lines.size(); family++) {
            for (String word : lines.get(family).split("\\s+")) {
                for (String a : ANALYSIS.terms(ANALYZER, word.replace('-', ' '))) {
                    out.computeIfAbsent(QuestionTerm.verbKey(a), k -> new HashSet<>()).add(family);
                }
            }
        }
        return Map.copyOf(out);
    }

    /** The verb keys of a text's words (a question's), with their families as « #n ». */
    static Set<String> keysOf(String text) {
        Set<String> out = new HashSet<>();
        for (String a : ANALYSIS.terms(ANALYZER, text)) {
            String key = QuestionTerm.verbKey(a);
            out.add(key);
            for (int family : FAMILIES.getOrDefault(key, Set.of())) {
                out.add("#" + family);
            }
        }
        return out;
    }

    /** Whether the passage word {@code surface} is one of {@code asked} ({@link #keysOf}) or of its families. */
    static boolean related(String surface, Set<String> asked) {
        String key = KEYS.get(surface);
        if (key == null) {
            List<String> terms = ANALYSIS.terms(ANALYZER, surface);
            key = terms.size() == 1 ? QuestionTerm.verbKey(terms.get(0)) : "";
            if (KEYS.size() < MAX_CACHED) {
                KEYS.put(surface, key);
            }
        }
        if (key.isEmpty()) {
            return false;
        }
        if (asked.contains(key)) {
            return true;
        }
        for (int family : FAMILIES.getOrDefault(key, Set.of())) {
            if (asked.contains("#" + family)) {
                return true;
            }
        }
        return false;
    }
}
