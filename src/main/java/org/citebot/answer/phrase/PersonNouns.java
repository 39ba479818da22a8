package org.citebot.answer.phrase;

import org.citebot.question.AnswerType;
import org.citebot.question.TypedNouns;
import org.citebot.text.Folding;

/** Whether a noun names a person's role (« ministre », « porte-parole »), from {@link TypedNouns}. */
public final class PersonNouns {

    private final TypedNouns nouns;

    public PersonNouns(TypedNouns nouns) {
        this.nouns = nouns;
    }

    public boolean isPerson(String noun) {
        return nouns.typeOf(Folding.fold(noun)).filter(t -> t == AnswerType.PERSON).isPresent();
    }
}
