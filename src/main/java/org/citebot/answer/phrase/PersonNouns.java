package org.citebot.answer.phrase;

import java.util.Set;
import org.citebot.question.AnswerType;
import org.citebot.question.TypedNouns;
import org.citebot.text.Folding;

/**
 * Whether a noun names a person's role (« ministre », « porte-parole »), from {@link TypedNouns},
 * a « vice- », « sous- » or « co- » one included (« vice-présidente », « co-fondateur »).
 */
public final class PersonNouns {

    /** Prefixes that make a person's noun another person's noun. */
    private static final Set<String> PREFIXES = Set.of("vice", "sous", "co");

    private final TypedNouns nouns;

    public PersonNouns(TypedNouns nouns) {
        this.nouns = nouns;
    }

    public boolean isPerson(String noun) {
        String folded = Folding.fold(noun);
        if (typed(folded)) {
            return true;
        }
        int dash = folded.indexOf('-');
        return dash > 0 && PREFIXES.contains(folded.substring(0, dash)) && typed(folded.substring(dash + 1));
    }

    private boolean typed(String folded) {
        return nouns.typeOf(folded).filter(t -> t == AnswerType.PERSON).isPresent();
    }
}
