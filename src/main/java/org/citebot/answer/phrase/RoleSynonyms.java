package org.citebot.answer.phrase;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.text.Folding;

/**
 * Other wordings of a role, from the synonym rules the answerer is given (Solr format, the
 * shipped ones and the deployer's {@code synonyms.txt}): with « chef du parti, président du
 * parti », « qui est le chef du parti ? » is also asked as « président du parti ». A rule's
 * phrases are compared as folded content words ({@link RoleQuestion#LINKS} dropped), and a role
 * takes another wording only where a whole phrase of a rule stands in it, word after word: one
 * word of a longer phrase never brings the rest of it.
 *
 * <p>Both sides of a rewriting rule (« a, b => c ») are taken as one group: a role written either
 * way is the same role.
 */
public final class RoleSynonyms {

    /** Roles with no other wording. */
    public static final RoleSynonyms NONE = new RoleSynonyms(List.of());

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");

    /** Each group: its phrases, each a list of folded content words. */
    private final List<List<List<String>>> groups;

    private RoleSynonyms(List<List<List<String>>> groups) {
        this.groups = groups;
    }

    /** The wordings of {@code solrRules} (comment and blank lines skipped). */
    public static RoleSynonyms of(List<String> solrRules) {
        Objects.requireNonNull(solrRules, "solrRules");
        List<List<List<String>>> groups = new ArrayList<>();
        for (String rule : solrRules) {
            String line = rule.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<List<String>> group = new ArrayList<>();
            for (String phrase : line.replace("=>", ",").split(",")) {
                List<String> words = contentWords(phrase);
                if (!words.isEmpty() && !group.contains(words)) {
                    group.add(words);
                }
            }
            if (group.size() > 1) {
                groups.add(List.copyOf(group));
            }
        }
        return new RoleSynonyms(List.copyOf(groups));
    }

    /** The folded content words of a phrase, in order. */
    static List<String> contentWords(String phrase) {
        Matcher m = WORD.matcher(Folding.fold(phrase).replace('’', ' ').replace('\'', ' '));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            if (!RoleQuestion.LINKS.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }

    /**
     * {@code role} and its other wordings: each phrase of a group standing in it, replaced by each
     * other phrase of its group (one replacement at a time). A replaced head gives its place to
     * the first person's noun of the replacement, or its first word.
     */
    public List<RoleQuestion> wordings(RoleQuestion role, PersonNouns persons) {
        Set<RoleQuestion> out = new LinkedHashSet<>();
        out.add(role);
        List<String> words = role.words();
        for (List<List<String>> group : groups) {
            for (List<String> phrase : group) {
                int at = indexOf(words, phrase);
                if (at < 0) {
                    continue;
                }
                for (List<String> other : group) {
                    if (other != phrase) {
                        out.add(replaced(role, at, phrase.size(), other, persons));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private static RoleQuestion replaced(RoleQuestion role, int at, int length, List<String> other,
                                         PersonNouns persons) {
        List<String> words = new ArrayList<>(role.words().subList(0, at));
        words.addAll(other);
        words.addAll(role.words().subList(at + length, role.words().size()));
        int head = role.head();
        int complement = role.complement();
        int shift = other.size() - length;
        if (head >= at + length) {
            head += shift;
            complement += shift;
        } else if (head >= at) {
            int inside = 0;
            for (int i = 0; i < other.size(); i++) {
                if (RoleQuestion.isPersonNoun(other.get(i), persons)) {
                    inside = i;
                    break;
                }
            }
            head = at + inside;
            complement = head + 1; // the other wording's words are not known to be the head's adjectives
        } else if (at < complement) {
            complement += shift;
        }
        return new RoleQuestion(words, head, Math.max(head + 1, Math.min(complement, words.size())));
    }

    private static int indexOf(List<String> words, List<String> phrase) {
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            if (words.subList(i, i + phrase.size()).equals(phrase)) {
                return i;
            }
        }
        return -1;
    }
}
