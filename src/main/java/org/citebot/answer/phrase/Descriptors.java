package org.citebot.answer.phrase;

import java.util.ArrayList;
import java.util.List;
import org.citebot.text.pos.Pos;
import org.citebot.text.pos.TaggedSentence;

/**
 * The nouns a sentence says a phrase is, by its grammar around it:
 * <ul>
 *   <li>its title, right before a name: « le ministre [Paul Durand] »;</li>
 *   <li>the noun it completes: « la presqu’île de [Quiberon] », « la ville d'[Arras] »;</li>
 *   <li>an apposition before it: « la directrice du musée, [Claire Vasseur] »;</li>
 *   <li>an apposition after it: « [Claire Vasseur], directrice du musée, ».</li>
 * </ul>
 * The {@link #own} role of a name is its title or apposition; a title that is itself the
 * complement of a person's noun yields to that noun: in « le porte-parole du président [Paul
 * Durand] », Paul Durand is the spokesman (the name completes the whole chain).
 *
 * @param own      the token of the noun that says what the phrase is (its title or apposition),
 *                 -1 when none
 * @param governor the token of the noun the phrase completes after « de », -1 when none
 * @param all      every describing noun's token, {@code own} and {@code governor} included
 */
public record Descriptors(int own, int governor, List<Integer> all) {

    /** Tokens an apposition may hold before its comma. */
    static final int APPOSITION_SPAN = 8;

    /** The describing nouns of tokens {@code [start, end)} of {@code s}. */
    public static Descriptors of(TaggedSentence s, int start, int end, PersonNouns persons) {
        List<Integer> all = new ArrayList<>();
        int own = -1;
        int governor = -1;
        int k = start - 1;
        if (k >= 0 && s.tag(k) == Pos.DET) {
            k--;
        }
        if (k >= 1 && PhraseChunker.isOf(s, k)) {
            governor = nounBefore(s, k - 1);
            if (governor >= 0) {
                all.add(governor);
            }
        }
        boolean name = s.tag(start) == Pos.PROPN;
        int t = start - 1;
        if (name && t >= 0 && (s.tag(t) == Pos.NOUN || s.tag(t) == Pos.ADJ)) {
            int title = nounBefore(s, t);
            if (title >= 0) {
                own = title;
                all.add(title);
                int link = firstOfRun(s, title) - 1;
                if (link >= 0 && s.tag(link) == Pos.DET) {
                    link--;
                }
                if (link >= 1 && PhraseChunker.isOf(s, link)) {
                    int chainHead = nounBefore(s, link - 1);
                    if (chainHead >= 0 && persons.isPerson(s.word(chainHead))) {
                        own = chainHead; // « le porte-parole du président Paul Durand »: the title is the president's
                        all.set(all.size() - 1, chainHead);
                    }
                }
            }
        }
        if (start >= 2 && s.word(start - 1).equals(",")) {
            int head = appositionBefore(s, start - 1);
            if (head >= 0) {
                own = own < 0 ? head : own;
                all.add(head);
            }
        }
        if (end < s.size() - 1 && s.word(end).equals(",")) {
            int head = appositionAfter(s, end + 1);
            if (head >= 0) {
                own = own < 0 ? head : own;
                all.add(head);
            }
        }
        return new Descriptors(own, governor, List.copyOf(all));
    }

    /** The head noun of the nominal group ending at token {@code i} (adjectives after it skipped), or -1. */
    static int nounBefore(TaggedSentence s, int i) {
        int k = i;
        while (k >= 0 && s.tag(k) == Pos.ADJ) {
            k--;
        }
        if (k < 0 || !s.tag(k).nominal()) {
            return -1;
        }
        return firstOfRun(s, k);
    }

    /** The first noun of the run of nouns and names holding token {@code k}. */
    private static int firstOfRun(TaggedSentence s, int k) {
        int first = k;
        while (first > 0 && s.tag(first - 1).nominal()) {
            first--;
        }
        return first;
    }

    /**
     * « la directrice du musée , [X] »: the head of the phrase (with its « de » chain) ending
     * before the comma at {@code comma}, when it opens the clause (after its start or a
     * punctuation mark, a verb, a preposition), or -1.
     */
    private static int appositionBefore(TaggedSentence s, int comma) {
        int head = -1;
        int k = comma - 1;
        int floor = Math.max(0, comma - APPOSITION_SPAN);
        while (k >= floor) {
            Pos p = s.tag(k);
            if (p == Pos.NOUN && (k == 0 || !s.tag(k - 1).nominal())) {
                head = k;
            } else if (p == Pos.PROPN && head < 0 && k < comma - 1) {
                return -1; // « Paris, [X] »: a name, not a description
            } else if (!(p == Pos.ADJ || p == Pos.DET || p.nominal() || p == Pos.NUM || PhraseChunker.isOf(s, k))) {
                break;
            }
            k--;
        }
        return head;
    }

    /** « [X] , directrice du musée , »: the head noun of the phrase opening at {@code from}, or -1. */
    private static int appositionAfter(TaggedSentence s, int from) {
        int k = from;
        if (k < s.size() && s.tag(k) == Pos.DET) {
            k++;
        }
        while (k < s.size() && s.tag(k) == Pos.ADJ) {
            k++;
        }
        return k < s.size() && s.tag(k) == Pos.NOUN ? k : -1;
    }
}
