package org.citebot.question;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A question as understood: what is asked and about what.
 *
 * @param text     the question as typed (trimmed, length-capped)
 * @param type     the expected answer type
 * @param focus    the thing asked about, as typed: « manifestants » in « combien de manifestants »,
 *                 « ville » in « quelle ville »; empty when the question has none
 * @param subject  for definition questions, the entity to define (« Anne Martin »)
 * @param year     a year the answer must hold for (« en 2018 »)
 * @param month    a month (1–12) the answer must hold for (« en octobre »)
 * @param keywords the content words of the question, lower case, as typed (no stop words)
 * @param askedNoun the noun a « quel / quelle / quels / quelles » question asks an instance of,
 *                  as typed: « péninsule » in « quelle péninsule Moscou a-t-elle annexée ? »,
 *                  « métier » in « quel est le métier de… »; empty for other questions
 */
public record Question(String text, AnswerType type, Optional<String> focus, Optional<String> subject,
                       OptionalInt year, OptionalInt month, List<String> keywords, Optional<String> askedNoun) {

    public Question {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(focus, "focus");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(month, "month");
        keywords = List.copyOf(keywords);
        Objects.requireNonNull(askedNoun, "askedNoun");
    }

    /** A question that asks for no noun's instance. */
    public Question(String text, AnswerType type, Optional<String> focus, Optional<String> subject,
                    OptionalInt year, OptionalInt month, List<String> keywords) {
        this(text, type, focus, subject, year, month, keywords, Optional.empty());
    }
}
