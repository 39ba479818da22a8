package org.citebot.answer;

import java.util.Objects;
import java.util.Set;
import org.citebot.answer.score.AnswerFeature;
import org.citebot.text.Folding;

/**
 * One content word of a question as the answerer matches it in passages.
 *
 * @param term         the word's analysed form (« construit » for « construits »)
 * @param alternatives the forms that count as the word: the term itself and its synonyms'
 *                     analysed forms (« construction », « bâtir »…)
 * @param weight       how telling the word is (its idf over passages)
 * @param topical      whether it names what the question is about (a noun, a name) rather than
 *                     what happened to it (a verb, which articles often paraphrase)
 * @param name         the word as the question wrote it, folded to lower case, when it was written
 *                     with a capital inside the question (a name: « Chang »), else {@code null}; a
 *                     name is found only where the passage writes the same word, not a common word
 *                     its stem shares (« change »)
 * @param rarity       how rare the word is whatever its ending (the idf of its stem): what orders
 *                     the question's words for {@link AnswerFeature#RARE_STEMS_IN_CLAUSE}
 *                     ({@link QuestionTermMatcher#byRarity}); the most telling word of
 *                     {@link PassageEvidence#rarestTerm} is chosen by weight
 */
public record QuestionTerm(String term, Set<String> alternatives, double weight, boolean topical, String name,
                           double rarity) {

    /** A word not known to be a name. */
    public QuestionTerm(String term, Set<String> alternatives, double weight, boolean topical) {
        this(term, alternatives, weight, topical, null);
    }

    /** A word as rare as its weight says. */
    public QuestionTerm(String term, Set<String> alternatives, double weight, boolean topical, String name) {
        this(term, alternatives, weight, topical, name, weight);
    }

    public QuestionTerm {
        Objects.requireNonNull(term, "term");
        alternatives = Set.copyOf(alternatives);
        if (!alternatives.contains(term)) {
            throw new IllegalArgumentException("alternatives of " + term + " must include it: " + alternatives);
        }
    }

    /**
     * Whether an analysed passage word is this question word: one of its forms, or a form the
     * light stemmer left a longer ending on (« integr » and « integrant », « construi » and
     * « construisant »): a shared stem of five letters or more, all but one letter of the shorter;
     * or another tense of the same verb (the same {@link #verbKey verb key}: « fonda » and
     * « fondé »). The key is tried on every word, not only on those the question analyser takes
     * for verbs: it misses many question verbs (« cartographié »), and every word did better than
     * verbs only ({@code docs/EXPERIMENTS.md}).
     */
    public boolean matches(String passageTerm) {
        if (alternatives.contains(passageTerm) || sameVerb(passageTerm)) {
            return true;
        }
        if (passageTerm.length() < STEM) {
            return false; // too short for a shared stem
        }
        for (String a : alternatives) {
            if (sameStem(a, passageTerm)) {
                return true;
            }
        }
        return false;
    }

    private boolean sameVerb(String passageTerm) {
        String key = verbKey(passageTerm);
        for (String a : alternatives) {
            if (verbKey(a).equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** Endings of French verb forms the light stemmer leaves, longest first. */
    private static final String[] VERB_ENDINGS = {"aient", "erent", "irent", "urent", "ait", "ais", "ant", "ent", "ai",
        "it", "ut", "ee", "ue", "ie", "a", "e", "u", "i"};

    /** Letters a {@link #verbKey verb key} keeps at least. */
    static final int VERB_KEY = 3;

    /**
     * A verb form's analysed word without its tense ending, so that the tenses of one verb meet:
     * « dirigeait », « dirigea », « dirigé » and « dirige » all give « dirig », « fonda »,
     * « fondait », « fondèrent », « fondant » and « fondé » give « fond » (the light stemmer keeps
     * imparfait, passé simple and present participle endings). The first ending that leaves
     * {@link #VERB_KEY} letters goes; a soft « ge » before it loses its « e ». A word with no such
     * ending is its own key. A form of an {@link IrregularVerbs irregular verb} has its infinitive
     * for key (« prit », « prend », « prenait » give « =prendre »).
     *
     * <p>The present participle's ending, the three-letter minimum (four did worse) and the
     * irregular verbs each earned their place on cross-validated folds ({@code docs/EXPERIMENTS.md}).
     */
    public static String verbKey(String analysed) {
        String irregular = IrregularVerbs.KEYS.get(analysed);
        if (irregular != null) {
            return irregular;
        }
        for (String ending : VERB_ENDINGS) {
            int keep = analysed.length() - ending.length();
            if (keep >= VERB_KEY && analysed.endsWith(ending)) {
                boolean softG = keep > VERB_KEY && analysed.charAt(keep - 1) == 'e' && analysed.charAt(keep - 2) == 'g'
                        && (ending.charAt(0) == 'a' || ending.charAt(0) == 'e');
                return analysed.substring(0, softG ? keep - 1 : keep);
            }
        }
        return analysed;
    }

    /**
     * The verb keys of irregular verbs' forms, from {@code irregular-verbs.txt}: each form's
     * analysed word to « =infinitive » (a key no ending cut gives), so that « prit », « prend »,
     * « prenait » and « prennent » meet, and « naquit », « né » and « naît ». A word two verbs
     * share gets no key from the table.
     */
    static final class IrregularVerbs {
        static final java.util.Map<String, String> KEYS = load();

        private IrregularVerbs() {
        }

        private static java.util.Map<String, String> load() {
            org.citebot.index.FrenchAnalysis analysis = org.citebot.index.FrenchAnalysis.withoutSynonyms();
            java.util.Map<String, String> keys = new java.util.HashMap<>();
            java.util.Set<String> shared = new java.util.HashSet<>();
            try (org.apache.lucene.analysis.Analyzer analyzer = analysis.documentAnalyzer()) {
                for (String line : org.citebot.text.WordLists.lines(QuestionTerm.class, "irregular-verbs.txt")) {
                    int colon = line.indexOf(':');
                    String head = line.substring(0, colon).strip();
                    java.util.List<String> forms = java.util.List.of(line.substring(colon + 1).strip().split("\\s+"));
                    java.util.List<String> prefixes = new java.util.ArrayList<>();
                    int open = head.indexOf('(');
                    if (open >= 0) {
                        prefixes.addAll(java.util.List.of(head.substring(open + 1, head.indexOf(')')).strip().split("\\s+")));
                        head = head.substring(0, open).strip();
                    }
                    boolean ending = head.startsWith("-");
                    String base = ending ? head.substring(1) : head;
                    if (!ending) {
                        prefixes.add(0, "");
                    }
                    for (String prefix : prefixes) {
                        String key = "=" + prefix + base;
                        java.util.Set<String> words = new java.util.HashSet<>();
                        words.add(prefix + base);
                        forms.forEach(f -> words.add(prefix + f));
                        for (String word : words) {
                            for (String a : analysis.terms(analyzer, word)) {
                                String before = keys.putIfAbsent(a, key);
                                if (before != null && !before.equals(key)) {
                                    shared.add(a);
                                }
                            }
                        }
                    }
                }
            }
            keys.keySet().removeAll(shared);
            return java.util.Map.copyOf(keys);
        }
    }

    /**
     * Whether the passage word written {@code surface} (its analysed form already matched) can be
     * this word: any word when the question's word is not a name; else the same word, give or take
     * an elided article (« d'Chang »), a plural ending or the case (« CHANG »), so that the name
     * « Chang » is not found in « change » or « changé ». A synonym of the name is any word.
     *
     * @param analysed the passage word's analysed form
     */
    public boolean sameWord(String analysed, CharSequence surface) {
        if (name == null || !analysed.equals(term) && alternatives.contains(analysed) && !name.startsWith(analysed)) {
            return true;
        }
        String w = Folding.fold(surface).toLowerCase(java.util.Locale.ROOT);
        int apostrophe = Math.max(w.indexOf('\''), w.indexOf('\u2019'));
        if (apostrophe >= 0 && apostrophe < 6) {
            w = w.substring(apostrophe + 1);
        }
        return w.equals(name) || w.length() == name.length() + 1 && w.startsWith(name)
                && (w.endsWith("s") || w.endsWith("x"));
    }

    /** Letters a shared stem needs at least. */
    static final int STEM = 5;

    /**
     * Whether a form and a passage word share a stem: of {@link #STEM} letters or more, all but
     * one letter of the shorter.
     */
    static boolean sameStem(String form, String passageTerm) {
        int shorter = Math.min(form.length(), passageTerm.length());
        return shorter >= STEM && form.regionMatches(0, passageTerm, 0, Math.max(STEM, shorter - 1));
    }
}
