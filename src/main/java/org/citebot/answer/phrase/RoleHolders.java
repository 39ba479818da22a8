package org.citebot.answer.phrase;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.citebot.text.Folding;
import org.citebot.text.FrenchLexicon;
import org.citebot.text.Typos;
import org.citebot.text.pos.Pos;
import org.citebot.text.pos.TaggedSentence;

/**
 * Whether a sentence gives a name the whole of a role: the role's head noun as the name's own
 * title or apposition ({@link Descriptors}), and every other word of the role (adjectives,
 * complements) inside that title or apposition:
 * <ul>
 *   <li>a title: « le directeur du musée Paul Durand » — but « le porte-parole du directeur Paul
 *       Durand » makes Paul Durand the spokesman, not the director;</li>
 *   <li>an apposition before: « la directrice du musée, Claire Vasseur »;</li>
 *   <li>an apposition after: « Claire Vasseur, directrice du musée, », « Paul Durand, le chef
 *       du parti, » — closed by a punctuation mark or the sentence's end, so that « selon Paul
 *       Durand, le directeur a menti » gives him no role;</li>
 *   <li>« être » after the name, its subject: « Paul Durand est le directeur du musée. », « …a été
 *       la directrice du musée, » (« un directeur » is one of several: no tie).</li>
 * </ul>
 * The head's own adjectives must be the title's own (« le directeur régional » is not « le
 * directeur du parc régional »); a compound's parts count (« Nouvelle-X » holds « nouvelle X »).
 * A part of the role is no tie: « le directeur Paul Durand » is not « le directeur du musée »'s
 * holder. A title that dates its holder (« l'ancien directeur », « l'ex-directeur », « le futur
 * directeur ») is no tie either unless the role asked says so too. {@link #tie} also tells a
 * title with the role's noun and another complement (« le directeur du théâtre »), and a title
 * that is the role but for one word typed with a slip.
 *
 * <p>Stateless and thread-safe.
 */
public final class RoleHolders {

    /** Tokens an apposition after a name may hold. */
    static final int APPOSITION_AFTER_SPAN = 12;
    /** Words that date a title: its holder is not, or not yet, the role's holder. */
    private static final Set<String> DATING = Set.of("ancien", "ancienne", "anciens", "ex", "futur", "future",
            "feu", "defunt", "defunte", "precedent", "precedente", "prochain", "prochaine", "interimaire", "nomme",
            "nommee", "pressenti", "pressentie", "designe", "designee", "candidat", "candidate");

    private final PersonNouns persons;

    public RoleHolders(PersonNouns persons) {
        this.persons = Objects.requireNonNull(persons, "persons");
    }

    /** How a sentence ties a name to the role asked. */
    public enum Tie {
        /** A title or apposition of the name is the whole role (in one of its wordings). */
        WHOLE,
        /** A title or apposition of the name is the whole role with a word typed with one slip. */
        NEAR,
        /**
         * A title or apposition of the name has the role's head noun with a complement of its own,
         * and is not the role: « le directeur du théâtre Paul Durand » for « le directeur du musée ».
         */
        OTHER,
        /** Neither: no title, another noun, or the head noun alone (« le directeur Paul Durand »). */
        NONE
    }

    /**
     * Whether the name at tokens {@code [a, b)} of {@code s} holds one of the role's
     * {@code wordings} by its title or an apposition.
     */
    public boolean holds(TaggedSentence s, int a, int b, List<RoleQuestion> wordings) {
        return tie(s, a, b, wordings) == Tie.WHOLE;
    }

    /** How {@code s} ties the name at tokens {@code [a, b)} to the role's {@code wordings}. */
    public Tie tie(TaggedSentence s, int a, int b, List<RoleQuestion> wordings) {
        Objects.requireNonNull(s, "s");
        if (a < 0 || b > s.size() || a >= b) {
            throw new IllegalArgumentException("tokens [" + a + ", " + b + ") outside the sentence of " + s.size());
        }
        Tie tie = Tie.NONE;
        for (int[] phrase : rolePhrases(s, a, b)) {
            for (RoleQuestion role : wordings) {
                if (whole(s, phrase, role, false)) {
                    return Tie.WHOLE;
                }
                if (whole(s, phrase, role, true)) {
                    tie = Tie.NEAR;
                } else if (tie == Tie.NONE && NounMatch.same(s.word(phrase[0]), role.headWord())
                        && hasComplement(s, phrase)) {
                    tie = Tie.OTHER;
                }
            }
        }
        return tie;
    }

    /** Whether the phrase {@code {head, from, to}} holds a « de » complement after its head. */
    private static boolean hasComplement(TaggedSentence s, int[] phrase) {
        for (int i = phrase[0] + 1; i + 1 < phrase[2]; i++) {
            if (PhraseChunker.isOf(s, i)) {
                for (int k = i + 1; k < phrase[2]; k++) {
                    if (s.tag(k).nominal()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The title and appositions of the name at {@code [a, b)}, each as {@code {head, from, to}}: its
     * head noun and its tokens {@code [from, to)}.
     */
    List<int[]> rolePhrases(TaggedSentence s, int a, int b) {
        Descriptors d = Descriptors.of(s, a, b, persons);
        List<int[]> out = new ArrayList<>();
        for (int head : d.all()) {
            if (head == d.governor()) {
                continue; // « le porte-parole de [Paul Durand] »: Paul Durand has a spokesman
            }
            phrase(s, head, a, b).ifPresent(out::add);
        }
        copula(s, a, b).ifPresent(out::add);
        return out;
    }

    /**
     * « [Paul Durand] est le directeur du musée. », « [Paul Durand] a été la directrice du musée, »:
     * the role after a form of « être » whose subject the name is (not the object of a verb or a
     * preposition before it), with the definite article or none (« un directeur » is one of
     * several), closed by a punctuation mark or the sentence's end.
     */
    private Optional<int[]> copula(TaggedSentence s, int a, int b) {
        if (a > 0 && SUBJECT_BARRIERS.contains(s.tag(a - 1))) {
            return Optional.empty();
        }
        int k = b;
        if (k + 1 < s.size() && FrenchLexicon.AVOIR_FINITE.contains(Folding.fold(s.word(k))) && Folding.fold(s.word(k + 1)).equals("ete")) {
            k += 2;
        } else if (k < s.size() && BE.contains(Folding.fold(s.word(k)))) {
            k++;
        } else {
            return Optional.empty();
        }
        if (k < s.size() && s.tag(k) == Pos.DET) {
            if (!DEFINITE.contains(Folding.fold(s.word(k)))) {
                return Optional.empty();
            }
            k++;
        }
        int from = k;
        while (k < s.size() && s.tag(k) == Pos.ADJ) {
            k++;
        }
        if (k >= s.size() || s.tag(k) != Pos.NOUN) {
            return Optional.empty();
        }
        int head = k;
        int to = head + 1;
        int limit = Math.min(s.size(), head + APPOSITION_AFTER_SPAN);
        while (to < limit && inApposition(s, to) && !s.word(to).equals(",")) {
            to++;
        }
        return closesApposition(s, to) ? Optional.of(new int[] {head, from, to}) : Optional.empty();
    }

    /** Tags before a name that make it the object of a verb or a preposition rather than a subject. */
    private static final Set<Pos> SUBJECT_BARRIERS = Set.of(Pos.VERB, Pos.AUX, Pos.ADP, Pos.ADP_DET, Pos.PRON);
    /** Forms of « être » that say what the subject is. */
    private static final Set<String> BE = Set.of("est", "etait", "fut", "sera", "devient", "devint", "reste",
            "demeure");
    /** « a été », « avait été », « aura été ». */
    private static final Set<String> DEFINITE = Set.of("le", "la", "l'", "l’");

    private Optional<int[]> phrase(TaggedSentence s, int head, int a, int b) {
        int from = head;
        while (from > 0 && s.tag(from - 1) == Pos.ADJ) {
            from--;
        }
        if (head < a) {
            int to = a;
            if (s.word(a - 1).equals(",")) {
                to = a - 1;
                if (!closesApposition(s, b) && opensWithPreposition(s, from)) {
                    return Optional.empty(); // « pour le directeur, Paul Durand a raison »
                }
            }
            return Optional.of(new int[] {head, from, to});
        }
        int to = head + 1;
        int limit = Math.min(s.size(), head + APPOSITION_AFTER_SPAN);
        while (to < limit && inApposition(s, to) && !s.word(to).equals(",")) {
            to++;
        }
        return closesApposition(s, to) ? Optional.of(new int[] {head, from, to}) : Optional.empty();
    }

    /** Whether token {@code i} ends an apposition: a punctuation mark, or the sentence's end. */
    private static boolean closesApposition(TaggedSentence s, int i) {
        return i >= s.size() || s.tag(i) == Pos.PUNCT;
    }

    /** Whether the phrase from token {@code from} (its determiner skipped) follows a preposition. */
    private static boolean opensWithPreposition(TaggedSentence s, int from) {
        int k = from - 1;
        if (k >= 0 && s.tag(k) == Pos.DET) {
            k--;
        }
        return k >= 0 && s.tag(k).preposition() && !PhraseChunker.isOf(s, k);
    }

    /**
     * Whether token {@code i} may stand inside a role: nouns, adjectives, determiners, prepositions,
     * numbers, and an adverb that opens a preposition (« auprès de », « près de »).
     */
    private static boolean inApposition(TaggedSentence s, int i) {
        Pos p = s.tag(i);
        return p.nominal() || p == Pos.ADJ || p == Pos.DET || p.preposition() || p == Pos.NUM
                || p == Pos.ADV && i + 1 < s.size() && s.tag(i + 1).preposition();
    }

    /** Whether the phrase {@code {head, from, to}} is the whole of {@code role}. */
    private boolean whole(TaggedSentence s, int[] phrase, RoleQuestion role, boolean typos) {
        int head = phrase[0];
        if (!NounMatch.same(s.word(head), role.headWord())) {
            return false;
        }
        int ownEnd = head + 1;
        while (ownEnd < phrase[2] && (s.tag(ownEnd) == Pos.ADJ || s.tag(ownEnd).nominal())) {
            ownEnd++;
        }
        int[] own = {head, phrase[1], ownEnd};
        for (int i = 0; i < role.words().size(); i++) {
            int[] where = i < role.complement() ? own : phrase;
            if (i != role.head() && !holdsWord(s, where, role.words().get(i), typos)) {
                return false;
            }
        }
        for (int i = phrase[1]; i < phrase[2]; i++) {
            String w = Folding.fold(s.word(i));
            if (dates(w) && !role.words().contains(w)) {
                return false;
            }
        }
        return !Folding.fold(s.word(head)).startsWith("ex-");
    }

    private static boolean dates(String folded) {
        return DATING.contains(folded);
    }

    /** Words of at least this many letters match with one letter typed wrong, left out or added. */
    static final int TYPO_LENGTH = 6;

    /**
     * Whether {@code token} is {@code word} ({@link NounMatch}), or, with {@code typos}, both long
     * and one edit apart (« presiden » typed for « président »). Typos are allowed only where they
     * keep a name from being told apart from the role (a tie to another complement), never to make
     * a tie: « ministère » is one edit from « ministre ».
     */
    static boolean sameWord(String token, String word, boolean typos) {
        if (NounMatch.same(token, word)) {
            return true;
        }
        if (!typos) {
            return false;
        }
        String x = NounMatch.base(token);
        String y = NounMatch.base(word);
        return Math.min(x.length(), y.length()) >= TYPO_LENGTH && (x.equals(y) || Typos.oneSlip(x, y, false));
    }

    /**
     * Whether a token of the phrase but its head is {@code word}, or holds it as a part of a
     * compound (« Nouvelle-Orléans » holds « orléans » of « la nouvelle Orléans »).
     */
    private static boolean holdsWord(TaggedSentence s, int[] phrase, String word, boolean typos) {
        for (int i = phrase[1]; i < phrase[2]; i++) {
            if (i == phrase[0]) {
                continue;
            }
            if (sameWord(s.word(i), word, typos)) {
                return true;
            }
            for (String part : s.word(i).split("-")) {
                if (sameWord(part, word, typos)) {
                    return true;
                }
            }
        }
        return false;
    }
}
