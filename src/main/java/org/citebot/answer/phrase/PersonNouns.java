package org.citebot.answer.phrase;

import java.util.List;
import org.citebot.question.AnswerType;
import org.citebot.question.TypedNouns;
import org.citebot.text.Folding;

/**
 * Whether a noun names a person's role (« ministre », « porte-parole »), from {@link TypedNouns};
 * {@link #withRolePrefixes} also reads the prefixes French puts before a role (« vice-ministre »,
 * « ex-président », « co-fondateur », « sous-secrétaire »): the list holds the roles, not each
 * prefixed form.
 *
 * <p>Why the prefixes are not read everywhere: the candidate model's signals were fitted with the
 * plain list, and reading them there moved confidences on held-out questions with no gain
 * ({@code docs/EXPERIMENTS.md}, « Who a named person is »); the proofs that read a title against a
 * name use them.
 */
public final class PersonNouns {

    private static final List<String> ROLE_PREFIXES = List.of("vice-", "ex-", "co-", "sous-",
            "vice ", "ex ");

    private final TypedNouns nouns;
    private final boolean prefixes;

    public PersonNouns(TypedNouns nouns) {
        this(nouns, false);
    }

    private PersonNouns(TypedNouns nouns, boolean prefixes) {
        this.nouns = nouns;
        this.prefixes = prefixes;
    }

    /** The same nouns, with a role's prefixed forms read as the role. */
    public static PersonNouns withRolePrefixes(TypedNouns nouns) {
        return new PersonNouns(nouns, true);
    }

    public boolean isPerson(String noun) {
        String folded = Folding.fold(noun);
        if (listed(folded)) {
            return true;
        }
        if (prefixes) {
            for (String prefix : ROLE_PREFIXES) {
                if (folded.startsWith(prefix) && folded.length() > prefix.length() + 2
                        && listed(folded.substring(prefix.length()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean listed(String folded) {
        return nouns.typeOf(folded).filter(t -> t == AnswerType.PERSON).isPresent();
    }
}
