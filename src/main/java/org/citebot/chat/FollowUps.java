package org.citebot.chat;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.text.Folding;

/**
 * Reads a short message that leans on the previous question of the chat.
 *
 * <ul>
 *   <li>« source ? », « d'où ça vient ? », « qui l'a dit ? » ask for the previous answer's
 *       sources: {@link Kind#SOURCES};</li>
 *   <li>« et en 2018 ? » puts the year into the previous question (replacing its year);</li>
 *   <li>« et la Belgique ? », « et pour les enseignants ? » put the new words in place of the
 *       previous question's last complement (« qui dirige l'ONU ? » → « qui dirige la
 *       Belgique ? »).</li>
 * </ul>
 * Anything else is a new question.
 */
public final class FollowUps {

    /** What a follow-up asks. */
    public enum Kind { SOURCES, REWRITTEN }

    /** A follow-up: its kind and, when rewritten, the full question to answer. */
    public record FollowUp(Kind kind, String question) {
    }

    private static final Pattern SOURCES = Pattern.compile(
            "^(et )?(la |les |quelles? )?(sources?|references?)( \\?)?$|^d'?ou (ca|cela|c'est|tu tiens ca|vient (ca|cette info\\w*))"
                    + ".*|^qui (l'a|a) dit.*|^c'est (dit|ecrit) ou.*|^(ta|votre) source.*");
    private static final Pattern AND = Pattern.compile("^et\\s+(.+?)\\s*\\??$");
    private static final Pattern YEAR = Pattern.compile("\\b(1\\d{3}|20\\d{2})\\b");
    /** The last complement of a question: after « de », « du », « des », « l' », « la »… */
    private static final Pattern LAST_COMPLEMENT = Pattern.compile(
            "(?i)(\\s(?:de la|de l'|du|des|de|à la|à l'|au|aux|à|en|pour|la|le|les|l')\\s?)([^?]*?)\\s*\\??\\s*$");
    /** Longest message read as a follow-up (« et … ? » questions are short). */
    static final int MAX_WORDS = 7;

    public Optional<FollowUp> read(String message, String previousQuestion) {
        String folded = Folding.fold(message).strip().replaceAll("\\s+", " ").replaceAll("\\s*\\?$", " ?").strip();
        if (SOURCES.matcher(folded).matches()) {
            return Optional.of(new FollowUp(Kind.SOURCES, previousQuestion));
        }
        Matcher and = AND.matcher(message.strip());
        if (!and.matches() || message.strip().split("\\s+").length > MAX_WORDS) {
            return Optional.empty();
        }
        String added = and.group(1).strip();
        Matcher newYear = YEAR.matcher(added);
        String base = previousQuestion.strip().replaceAll("\\s*\\?$", "");
        if (newYear.find()) {
            Matcher oldYear = YEAR.matcher(base);
            String rewritten = oldYear.find() ? oldYear.replaceFirst(newYear.group(1)) : base + " " + added;
            return Optional.of(new FollowUp(Kind.REWRITTEN, rewritten + " ?"));
        }
        Matcher complement = LAST_COMPLEMENT.matcher(base);
        if (complement.find() && !complement.group(2).isBlank()) {
            String rewritten = base.substring(0, complement.start()) + " " + added;
            return Optional.of(new FollowUp(Kind.REWRITTEN, rewritten.replaceAll("\\s+", " ") + " ?"));
        }
        return Optional.of(new FollowUp(Kind.REWRITTEN, base + " " + added + " ?"));
    }
}
