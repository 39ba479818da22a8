package org.citebot.question;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.citebot.text.Folding;
import org.citebot.text.Typos;

/**
 * Question words typed with one slip: « combein », « pourqoi », « comemnt », « quelel ». People
 * type chat questions fast, and a question word typed wrong makes the whole question unreadable
 * (« pourqoi ? » is no reason question). One letter added, dropped, changed or two neighbours
 * swapped is read as the question word it is closest to.
 *
 * <p>The one place both the question stage ({@link QuestionAnalyzer}) and the chat's follow-up
 * layer decide what a slip is; each decides where in a message a question word may stand.
 * Words that are French words of their own are never slips: « quant » is not « quand », and a
 * verb's ending (« commenté », « commentent ») is no slip of « comment ».
 */
public final class QuestionWordSlips {

    /** Question words long enough that one slip still says which was meant. */
    private static final List<String> QUESTION_WORDS = List.of("combien", "pourquoi", "comment", "quand", "quelle",
            "lequel");
    /** Words one slip away from a question word that are words of their own. */
    private static final Set<String> WORDS = Set.of("quant", "quelles", "lequels");
    private static final Pattern VERB_ENDING = Pattern.compile(".*(é|ée|és|ées|er|ez|ent)");
    private static final int MIN_LENGTH = 5;

    private QuestionWordSlips() {
    }

    /**
     * The question word {@code word} is a slip of, folded (« pourquoi » for « Pourqoi »); empty
     * for a word typed right, any other word, or null.
     */
    public static Optional<String> meant(String word) {
        if (word == null || word.length() < MIN_LENGTH) {
            return Optional.empty();
        }
        String lower = word.toLowerCase(Locale.ROOT);
        String k = Folding.fold(lower);
        if (WORDS.contains(k) || VERB_ENDING.matcher(lower).matches()) {
            return Optional.empty();
        }
        for (String q : QUESTION_WORDS) {
            if (Typos.oneSlip(k, q, true)) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }
}
