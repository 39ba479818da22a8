package org.citebot.chat.followup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.text.Folding;
import org.citebot.text.FrenchTypography;

/**
 * A chat message cut into words, each kept as typed and as a folded key (no case, no accents),
 * and joined back into text with French spacing.
 *
 * <p>Elisions are words of their own (« l' », « qu' », « c' »), as are the pronouns of an
 * inversion (« a-t-il » is « a » then « -t-il », « est-ce » is « est » then « -ce »), so that a
 * rewrite can put a name in front of the verb; other hyphens join (« porte-parole »,
 * « là-bas »). Punctuation is dropped: a rewritten question ends with « ? » anyway.
 */
record Words(List<Word> list) {

    /** One word: as typed (typography made plain) and its folded key. */
    record Word(String typed, String key) {
        Word {
            Objects.requireNonNull(typed, "typed");
            Objects.requireNonNull(key, "key");
        }

        static Word of(String typed) {
            return new Word(typed, Folding.fold(typed));
        }

        boolean elided() {
            return typed.endsWith("'");
        }

        boolean inversion() {
            return typed.startsWith("-");
        }

        boolean capitalised() {
            return !typed.isEmpty() && Character.isUpperCase(typed.charAt(0));
        }

        boolean number() {
            return !key.isEmpty() && Character.isDigit(key.charAt(0));
        }
    }

    private static final Pattern TOKEN = Pattern.compile(
            "(?i)aujourd'hui|(?:jusqu|lorsqu|puisqu|quoiqu|presqu|qu|[cdjlmnst])'"
                    + "|\\p{N}+(?:[/.:h]\\p{N}+)+|[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");
    /** An inversion at a word's end: « a-t-il », « sont-elles », « est-ce ». */
    private static final Pattern INVERSION = Pattern.compile("(?i)(.+?)(-t-(?:il|elle|on|ils|elles)|-(?:il|elle|ils|elles|on|ce|je|tu|nous|vous))$");

    /** « a t il », « a t'il », « a-t'il » as typed in a hurry: « a-t-il ». */
    private static final Pattern SPACED_INVERSION = Pattern.compile(
            "(?i)(\\p{L}+)(?:\\s+|-)t\\s*['’,\\s-]\\s*(il|elle|ils|elles|on)\\b");
    /** « est il », « sont elles » without the hyphen. */
    private static final Pattern SPACED_COPULA = Pattern.compile(
            "(?i)\\b(est|sont|était|étaient|etait|etaient|sera|seront|peut|peuvent|doit|doivent|va|vont|fait|font|"
                    + "avait|avaient|ont|vient|viennent)\\s+(il|elle|ils|elles)\\b(?!\\s+(?:y|ne|n'|se|s'|a|est|avait|sont|ont)\\b)");

    Words {
        list = List.copyOf(list);
    }

    static Words of(String text) {
        String plain = FrenchTypography.normalize(text == null ? "" : text);
        if (plain.chars().noneMatch(Character::isLowerCase)) {
            plain = plain.toLowerCase(java.util.Locale.FRENCH); // typed in capitals: no word is a name by its case
        }
        plain = SPACED_INVERSION.matcher(plain).replaceAll("$1-t-$2");
        plain = SPACED_COPULA.matcher(plain).replaceAll("$1-$2");
        List<Word> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(plain);
        while (m.find()) {
            String t = m.group();
            Matcher inv = INVERSION.matcher(t);
            if (!t.endsWith("'") && inv.matches()) {
                out.add(Word.of(inv.group(1)));
                out.add(Word.of(inv.group(2)));
            } else {
                out.add(Word.of(t));
            }
        }
        return new Words(out);
    }

    static Words of(Collection<Word> words) {
        return new Words(List.copyOf(words));
    }

    int size() {
        return list.size();
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    Word get(int i) {
        return list.get(i);
    }

    /** The key of word {@code i}, or "" outside the message (so rules can look ahead freely). */
    String key(int i) {
        return i >= 0 && i < list.size() ? list.get(i).key() : "";
    }

    Words sub(int from, int to) {
        return new Words(list.subList(Math.max(0, from), Math.min(to, list.size())));
    }

    Words from(int from) {
        return sub(from, list.size());
    }

    /** This with {@code inserted} put before word {@code at}. */
    Words insert(int at, Words inserted) {
        List<Word> out = new ArrayList<>(list.subList(0, at));
        out.addAll(inserted.list);
        out.addAll(list.subList(at, list.size()));
        return new Words(out);
    }

    /** This with words {@code [from, to)} replaced by {@code by}. */
    Words replace(int from, int to, Words by) {
        List<Word> out = new ArrayList<>(list.subList(0, from));
        out.addAll(by.list);
        out.addAll(list.subList(to, list.size()));
        return new Words(out);
    }

    Words plus(Words more) {
        return insert(list.size(), more);
    }

    int indexOf(String key) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** The words joined with French spacing: none after an elision, none before an inversion. */
    String text() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < list.size(); i++) {
            Word w = list.get(i);
            if (i > 0 && !list.get(i - 1).elided() && !w.inversion()) {
                sb.append(' ');
            }
            sb.append(w.typed());
        }
        return sb.toString();
    }

    /** The words as a question: « … ? ». */
    String question() {
        return text() + " ?";
    }

    @Override
    public String toString() {
        return text();
    }
}
