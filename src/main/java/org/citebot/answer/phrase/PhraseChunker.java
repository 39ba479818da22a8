package org.citebot.answer.phrase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.citebot.text.Folding;
import org.citebot.text.FrenchLexicon;
import org.citebot.text.pos.Pos;
import org.citebot.text.pos.TaggedSentence;

/**
 * Cuts a tagged sentence into the phrases that can answer a question, by rule on the tags
 * (after the recipe measured in {@code FINDINGS.md}, « French part-of-speech tagging »: base noun
 * phrases, each prefix of a « de » chain up to two links, names, numbers; given the sentence
 * that holds the answer, such phrases hold about half of PIAF's answers exactly and 86% loosely):
 *
 * <ul>
 *   <li>base noun phrases {@code DET? (ADJ|NUM|ADV ADJ)* (NOUN|PROPN)+ NUM? (ADJ|ADV ADJ)*};</li>
 *   <li>a noun phrase with its « de / d' / du / des » complements, one and two links;</li>
 *   <li>the run of names inside a titled phrase (« le ministre Paul Durand » → « Paul Durand »);</li>
 *   <li>numbers outside noun phrases (« en 1624 »);</li>
 *   <li>a preposition with its phrase or chain (« au théâtre de la ville »);</li>
 *   <li>an infinitive after a preposition or a verb, with its object (« de dénoncer la guerre »);</li>
 *   <li>adjectives after a verb (« est jugé véhément et agressif »);</li>
 *   <li>ranges of numbers, whole (« de 10 à 12 % », « entre 1950 et 1955 »).</li>
 * </ul>
 *
 * <p>A noun that does the work of a grammatical word ({@link FunctionNouns}: « au sein de »,
 * « a eu lieu ») is no phrase alone.
 *
 * <p>Phrases overlap; each token range is given once, by the first rule that cuts it. Stateless
 * and thread-safe.
 */
public final class PhraseChunker {

    /** The words that link a noun to its complement in a chain (folded). */
    private static final Set<String> OF = FrenchLexicon.apostrophed(FrenchLexicon.OF);
    /** Links of a chain: at most two complements, as measured. */
    static final int MAX_LINKS = 2;

    /** The phrases of {@code s}, in order of their first token, then of length. */
    public List<Phrase> chunk(TaggedSentence s) {
        List<Phrase> base = basePhrases(s);
        Map<Long, Phrase> out = new LinkedHashMap<>();
        for (int k = 0; k < base.size(); k++) {
            Phrase b = base.get(k);
            boolean function = FunctionNouns.isFunction(s, b);
            boolean chainless = function && !FunctionNouns.keepsItsChains(s, b);
            if (!function) {
                add(out, b);
            }
            names(s, b, out);
            int end = b.end();
            int next = k + 1;
            List<Phrase> chainEnds = new ArrayList<>(List.of(b));
            for (int link = 0; link < MAX_LINKS && next < base.size(); link++) {
                Phrase c = base.get(next);
                if (!(end < s.size() && isOf(s, end) && c.start() == end + 1)) {
                    break;
                }
                Phrase chain = new Phrase(b.start(), c.end(), b.head(), Phrase.Kind.OF_CHAIN);
                if (!chainless) {
                    add(out, chain);
                }
                chainEnds.add(chain);
                end = c.end();
                next++;
            }
            if (b.start() > 0 && s.tag(b.start() - 1).preposition()) {
                for (Phrase p : chainEnds) {
                    if (p != b || !function) { // « au sein du conseil » stays a phrase
                        add(out, new Phrase(b.start() - 1, p.end(), p.head(), Phrase.Kind.PREPOSITIONAL));
                    }
                }
            }
            if (!chainless) {
                infinitive(s, b, chainEnds, out);
            }
        }
        numbers(s, out);
        ranges(s, out);
        adjectives(s, out);
        mannerPhrases(s, base, out);
        coordinations(s, base, out);
        List<Phrase> sorted = new ArrayList<>(out.values());
        sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(a.end(), b.end()));
        return sorted;
    }

    /** The maximal base noun phrases of {@code s}, left to right, not overlapping. */
    public List<Phrase> basePhrases(TaggedSentence s) {
        List<Phrase> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            Phrase p = baseAt(s, i);
            if (p != null) {
                out.add(p);
                i = p.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** The base noun phrase starting at token {@code i}, or null. */
    static Phrase baseAt(TaggedSentence s, int i) {
        int n = s.size();
        int j = i;
        if (s.tag(j) == Pos.DET) {
            j++;
        }
        while (j < n && (s.tag(j) == Pos.ADJ || s.tag(j) == Pos.NUM || adverbOfAdjective(s, j))) {
            j++;
        }
        if (j >= n || !s.tag(j).nominal()) {
            return null;
        }
        int head = j;
        while (j < n && (s.tag(j).nominal() || ampersand(s, j))) {
            j++;
        }
        if (j < n && s.tag(j) == Pos.NUM) {
            j++; // « Louis XIV », « mai 1624 », « article 3 »
        }
        while (j < n && (s.tag(j) == Pos.ADJ || adverbOfAdjective(s, j))) {
            j += s.tag(j) == Pos.ADV ? 2 : 1;
        }
        return new Phrase(i, j, head, Phrase.Kind.NOUN_PHRASE);
    }

    /** « Durand & Fils »: an ampersand between two names joins them into one. */
    private static boolean ampersand(TaggedSentence s, int j) {
        return j > 0 && j + 1 < s.size() && s.word(j).equals("&") && s.tag(j - 1) == Pos.PROPN
                && s.tag(j + 1) == Pos.PROPN;
    }

    private static boolean adverbOfAdjective(TaggedSentence s, int j) {
        return s.tag(j) == Pos.ADV && j + 1 < s.size() && s.tag(j + 1) == Pos.ADJ;
    }

    /** « le ministre Paul Durand »: the names after the title, and the title alone. */
    private static void names(TaggedSentence s, Phrase b, Map<Long, Phrase> out) {
        int i = b.start();
        while (i < b.end() && s.tag(i) != Pos.PROPN) {
            i++;
        }
        if (i == b.start() || i >= b.end() || i == b.start() + 1 && s.tag(b.start()) == Pos.DET) {
            return; // a name with at most its article: the phrase itself
        }
        int j = i;
        while (j < b.end() && (s.tag(j) == Pos.PROPN || s.tag(j) == Pos.NUM)) {
            j++;
        }
        add(out, new Phrase(i, j, i, Phrase.Kind.NAME));
        if (b.head() < i && (s.tag(i - 1).nominal() || s.tag(i - 1) == Pos.ADJ)) {
            add(out, new Phrase(b.start(), i, b.head(), Phrase.Kind.NOUN_PHRASE));
        }
    }

    /** « de dénoncer la condition humaine », « doit subir un examen »: an infinitive and its object. */
    private static void infinitive(TaggedSentence s, Phrase b, List<Phrase> objects, Map<Long, Phrase> out) {
        int v = b.start() - 1;
        if (v < 1 || s.tag(v) != Pos.VERB || !infinitiveForm(s.word(v))) {
            return;
        }
        Pos before = s.tag(v - 1);
        if (before.preposition() || before == Pos.VERB || before == Pos.AUX) {
            for (Phrase o : objects) {
                add(out, new Phrase(v, o.end(), v, Phrase.Kind.INFINITIVE));
            }
        }
    }

    private static boolean infinitiveForm(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() > 3 && (w.endsWith("er") || w.endsWith("ir") || w.endsWith("re"));
    }

    /** Signs that stand for a unit after a number. */
    private static final Set<String> UNIT_SIGNS = Set.of("%", "‰", "€", "$", "£", "°");

    /** Numbers standing outside any noun phrase: « en 1624 », « de 3 à 5 ». */
    private static void numbers(TaggedSentence s, Map<Long, Phrase> out) {
        int i = 0;
        while (i < s.size()) {
            if (s.tag(i) != Pos.NUM) {
                i++;
                continue;
            }
            int j = i;
            while (j < s.size() && s.tag(j) == Pos.NUM) {
                j++;
            }
            if (j < s.size() && UNIT_SIGNS.contains(s.word(j))) {
                j++; // « 24 % », « 30 € »: the sign is the number's unit
            }
            add(out, new Phrase(i, j, i, Phrase.Kind.NUMBER));
            if (i > 0 && s.tag(i - 1).preposition()) {
                add(out, new Phrase(i - 1, j, i, Phrase.Kind.PREPOSITIONAL));
            }
            i = j;
        }
    }

    /** Words between the two ends of a range of numbers (folded): « 3 à 5 », « 3 et 5 », « du 3 au 5 ». */
    private static final Set<String> RANGE_LINKS = Set.of("a", "et", "au", "-");
    /** Words that open a range: « de 3 à 5 », « entre 3 et 5 », « du 3 au 5 » (folded). */
    private static final Set<String> RANGE_OPENERS = Set.of("de", "entre", "du");

    /**
     * Ranges of numbers, whole: « 20 à 24 % », « de 3 à 5 kilos », « entre 1960 et 1965 »; the
     * phrases of the second end (« 24 % ») are cut already, the range runs from the first.
     */
    private static void ranges(TaggedSentence s, Map<Long, Phrase> out) {
        for (int m = 1; m + 1 < s.size(); m++) {
            if (s.tag(m - 1) != Pos.NUM || s.tag(m + 1) != Pos.NUM
                    || !RANGE_LINKS.contains(Folding.fold(s.word(m)))) {
                continue;
            }
            int from = m - 1;
            while (from > 0 && s.tag(from - 1) == Pos.NUM) {
                from--;
            }
            List<Phrase> ends = new ArrayList<>();
            for (Phrase p : out.values()) {
                if (p.start() == m + 1 && p.kind() != Phrase.Kind.PREPOSITIONAL) {
                    ends.add(p);
                }
            }
            boolean opened = from > 0 && RANGE_OPENERS.contains(Folding.fold(s.word(from - 1)));
            for (Phrase e : ends) {
                add(out, new Phrase(from, e.end(), e.head(), Phrase.Kind.NUMBER));
                if (opened) {
                    add(out, new Phrase(from - 1, e.end(), e.head(), Phrase.Kind.PREPOSITIONAL));
                }
            }
        }
    }

    /** Adjectives after a verb or auxiliary: « est jugé véhément et agressif », « sont pointues ». */
    private static void adjectives(TaggedSentence s, Map<Long, Phrase> out) {
        for (int i = 1; i < s.size(); i++) {
            Pos before = s.tag(i - 1);
            if (before != Pos.AUX && before != Pos.VERB) {
                continue;
            }
            int j = i;
            while (j < s.size() && s.tag(j) == Pos.ADV) {
                j++;
            }
            if (j >= s.size() || s.tag(j) != Pos.ADJ) {
                continue;
            }
            int head = j;
            j++;
            if (j + 1 < s.size() && s.tag(j) == Pos.CCONJ && s.tag(j + 1) == Pos.ADJ) {
                j += 2;
            }
            add(out, new Phrase(i, j, head, Phrase.Kind.ADJECTIVAL));
        }
    }

    /**
     * How something is done: an adverb of manner (« lucidement ») and a gerund with its object
     * (« en accentuant ses mouvements »).
     */
    private static void mannerPhrases(TaggedSentence s, List<Phrase> base, Map<Long, Phrase> out) {
        for (int i = 0; i < s.size(); i++) {
            String w = s.word(i).toLowerCase(Locale.ROOT);
            if (s.tag(i) == Pos.ADV && w.length() > 6 && w.endsWith("ment")) {
                add(out, new Phrase(i, i + 1, i, Phrase.Kind.ADJECTIVAL));
            }
            if (i + 1 < s.size() && w.equals("en") && s.tag(i + 1) == Pos.VERB
                    && s.word(i + 1).toLowerCase(Locale.ROOT).endsWith("ant")) {
                int end = i + 2;
                for (Phrase b : base) {
                    if (b.start() == end) {
                        end = b.end();
                        break;
                    }
                }
                add(out, new Phrase(i, end, i + 1, Phrase.Kind.INFINITIVE));
            }
        }
    }

    /** Members a list may have: « A, B, C et D ». */
    static final int MAX_MEMBERS = 4;

    /**
     * Coordinated noun phrases: « noir et bleu », « du brahmanisme et du védisme », « la
     * sculpture, la vidéo et le dessin » (members joined by commas, the last by « et / ou »).
     */
    private static void coordinations(TaggedSentence s, List<Phrase> base, Map<Long, Phrase> out) {
        for (int k = 0; k < base.size(); k++) {
            Phrase first = base.get(k);
            int start = first.start();
            int members = 1;
            int j = k;
            while (j + 1 < base.size() && members < MAX_MEMBERS) {
                Phrase next = base.get(j + 1);
                int gap = next.start() - base.get(j).end();
                int link = base.get(j).end();
                boolean comma = gap >= 1 && gap <= 2 && s.word(link).equals(",");
                boolean and = gap >= 1 && gap <= 2 && s.tag(link) == Pos.CCONJ;
                if (gap == 2 && !s.tag(link + 1).preposition()) {
                    break;
                }
                if (!comma && !and) {
                    break;
                }
                members++;
                j++;
                if (and) {
                    add(out, new Phrase(start, next.end(), first.head(), Phrase.Kind.COORDINATION));
                    break;
                }
            }
        }
    }

    /** Whether token {@code i} links a noun to its complement: « de », « d' », « du », « des ». */
    static boolean isOf(TaggedSentence s, int i) {
        return (s.tag(i) == Pos.ADP || s.tag(i) == Pos.ADP_DET) && OF.contains(Folding.fold(s.word(i)));
    }

    private static void add(Map<Long, Phrase> out, Phrase p) {
        out.putIfAbsent(((long) p.start() << 32) | p.end(), p);
    }
}
