package org.citebot.answer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.citebot.answer.score.AnswerFeature;
import org.citebot.index.FrenchAnalysis;
import org.citebot.text.WordLists;

/**
 * Words of one action said differently ({@code verb-families.txt}): « diriger », « mener »,
 * « commander », « chef »… A « qui » question names the action with one word and the article
 * with another (« qui dirige l'armée ? », « l'armée menée par X »), so a word of the question and
 * a word of the passage are related when they are the same verb (the same
 * {@link QuestionTerm#verbKey verb key}) or share a family. The question's words take their
 * families' words as alternatives ({@link #relatedForms}), and the agent of a passive is read with
 * {@link #related} ({@link AnswerFeature#AGENT_OF_ASKED_VERB}). A word ambiguous in general French
 * (« trouver », « se trouve » for where a place is) stays out of the list.
 */
public final class VerbFamilies {

    private static final FrenchAnalysis ANALYSIS = FrenchAnalysis.withoutSynonyms();
    private static final Analyzer ANALYZER = ANALYSIS.documentAnalyzer();
    /** Each family's words, analysed (filled by {@link #load}). */
    private static final List<Set<String>> FORMS = new java.util.ArrayList<>();
    /** Each family word's verb key and the families it is in. */
    private static final Map<String, Set<Integer>> FAMILIES = load();
    /** Surface words already analysed: participles before « par » come back passage after passage. */
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 50_000;

    private VerbFamilies() {
    }


    /** The analysed words of the families of the analysed word {@code analysed}, without it; empty when none. */
    public static Set<String> relatedForms(String analysed) {
        Set<String> out = new HashSet<>();
        for (int family : FAMILIES.getOrDefault(QuestionTerm.verbKey(analysed), Set.of())) {
            out.addAll(FORMS.get(family));
        }
        out.remove(analysed);
        return out;
    }

    private static Map<String, Set<Integer>> load() {
        Map<String, Set<Integer>> out = new HashMap<>();
        List<String> lines = WordLists.lines(VerbFamilies.class, "verb-families.txt");
        for (int family = 0; family < lines.size(); family++) {
            Set<String> forms = new HashSet<>();
            FORMS.add(forms);
            for (String word : lines.get(family).split("\\s+")) {
                for (String a : ANALYSIS.terms(ANALYZER, word.replace('-', ' '))) {
                    forms.add(a);
                    out.computeIfAbsent(QuestionTerm.verbKey(a), k -> new HashSet<>()).add(family);
                }
            }
        }
        return Map.copyOf(out);
    }

    /** The verb keys of a text's words (a question's), with their families as « #n ». */
    public static Set<String> keysOf(String text) {
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
    public static boolean related(String surface, Set<String> asked) {
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
