package org.citebot.answer.phrase;

import org.citebot.question.AnswerType;
import org.citebot.question.TypedNouns;
import org.citebot.text.Folding;

/**
 * Whether a noun names a person's role (« ministre », « porte-parole »), from {@link TypedNouns},
 * with the prefixes French puts before a role written before it (« vice-ministre », « ex-président »,
 * « co-fondateur », « sous-secrétaire »): the list holds the roles, not each prefixed form.
 */
public final class PersonNouns {

    private static final java.util.List<String> ROLE_PREFIXES = java.util.List.of("vice-", "ex-", "co-", "sous-",
            "vice ", "ex ");

    private final TypedNouns nouns;

    public PersonNouns(TypedNouns nouns) {
        this.nouns = nouns;
    }

    public boolean isPerson(String noun) {
        String folded = Folding.fold(noun);
        if (listed(folded)) {
            return true;
        }
        for (String prefix : ROLE_PREFIXES) {
            if (folded.startsWith(prefix) && folded.length() > prefix.length() + 2
                    && listed(folded.substring(prefix.length()))) {
                return true;
            }
        }
        return false;
    }

    private boolean listed(String folded) {
        return nouns.typeOf(folded).filter(t -> t == AnswerType.PERSON).isPresent();
    }
}
