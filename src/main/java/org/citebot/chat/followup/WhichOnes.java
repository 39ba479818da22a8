package org.citebot.chat.followup;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follow-ups that ask to pick among what the last question spoke of, written on the last
 * question's own words:
 *
 * <ul>
 *   <li>« lesquels ? », « laquelle ? »: which of the things counted or mentioned without being
 *       named, asked in place (« l'Agence a-t-elle fermé des bureaux ? » → « lesquels ? » →
 *       « l'Agence a fermé quels bureaux ? »; « combien de bureaux… » → « quels bureaux… »;
 *       « quel bureau… » → « quels bureaux… »);</li>
 *   <li>« et l'autre ? », « et les autres ? »: the same question about the other one (« quelle
 *       école ferme à Lyon ? » → « quelle autre école ferme à Lyon ? », « qui est le trésorier
 *       du club ? » → « qui est l'autre trésorier du club ? »).</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class WhichOnes {

    private WhichOnes() {
    }

    private static final Pattern WHICH = Pattern.compile(
            "(?iu)^(?:et\\s+|mais\\s+)?(lequel|laquelle|lesquels|lesquelles)(?:\\s+(?:exactement|donc|alors|précisément|precisement|ça|ca))?[\\s?!.]*$");
    private static final Pattern OTHER = Pattern.compile(
            "(?iu)^(?:et\\s+|mais\\s+)?(?:(l['’]\\s*autre)|(les\\s+autres))(?:\\s+(?:alors|donc))?[\\s?!.]*$");

    /** « combien de » opening a counted noun. */
    private static final Pattern HOW_MANY_OF = Pattern.compile("(?iu)\\bcombien\\s+(?:de\\s+|d['’]\\s*)(?=\\p{L})");
    /** Determiners of things mentioned without being named, plural then singular. */
    private static final Pattern SOME = Pattern.compile(
            "(?iu)(?<![\\p{L}'’])(des|plusieurs|quelques|certains|certaines|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|d['’]autres)\\s+(?=\\p{L})");
    private static final Pattern ONE = Pattern.compile("(?iu)(?<![\\p{L}'’])(un|une)\\s+(?=\\p{L})");
    /** A subject pronoun inverted after a verb that does not open the question: « l'Agence veut-elle ». */
    private static final Pattern INVERTED = Pattern.compile("(?iu)(?<=\\p{L})-(?:t-)?(?:il|elle|ils|elles|on)(?![\\p{L}-])");
    private static final Pattern CHOICE_OPENING = Pattern.compile("(?iu)^((?:quel|quelle|quels|quelles)\\s+)");
    private static final Pattern DEFINITE = Pattern.compile("(?iu)(?<![\\p{L}'’])(?:(le|la)\\s+|(l['’]\\s*)|(les)\\s+)(?=\\p{L})");

    private static final Pattern NOUN = Pattern.compile("\\p{L}[\\p{L}-]*");

    /** « qui est », « quel est »: the phrase after them is what « l'autre » is another of. */
    private static final Pattern IDENTITY = Pattern.compile(
            "(?iu)^(?:qui|quel|quelle|quels|quelles)\\s+(?:est|était|etait|sont|étaient|etaient)\\s+");

    /** The full question {@code message} stands for after {@code previousQuestion}, when it is one of these. */
    static Optional<String> read(String message, String previousQuestion) {
        if (previousQuestion == null || previousQuestion.isBlank()) {
            return Optional.empty();
        }
        String last = previousQuestion.strip().replaceAll("[\\s?!.]+$", "");
        Matcher which = WHICH.matcher(message);
        if (which.matches()) {
            return which(which.group(1).toLowerCase(java.util.Locale.ROOT), last).map(q -> q + " ?");
        }
        Matcher other = OTHER.matcher(message);
        if (other.matches()) {
            return other(other.group(2) != null, last).map(q -> q + " ?");
        }
        return Optional.empty();
    }

    private static Optional<String> which(String pronoun, String last) {
        boolean plural = pronoun.endsWith("s");
        boolean feminine = pronoun.startsWith("laquelle") || pronoun.startsWith("lesquelles");
        String quel = "quel" + (feminine ? "le" : "") + (plural ? "s" : "");
        Matcher howMany = HOW_MANY_OF.matcher(last);
        if (plural && howMany.find()) {
            return Optional.of(last.substring(0, howMany.start()) + quel + " " + last.substring(howMany.end()));
        }
        Matcher choice = CHOICE_OPENING.matcher(last);
        if (plural && choice.find() && !choice.group(1).strip().toLowerCase(java.util.Locale.ROOT).endsWith("s")) {
            // « quel pays l'Agence veut-elle intégrer ? » → « lesquels ? »: more than one, « quels pays… »
            Matcher noun = NOUN.matcher(last);
            noun.region(choice.end(), last.length());
            if (noun.lookingAt()) {
                String n = noun.group();
                String nouns = n.matches("(?iu).*[sxz]") ? n : n + "s";
                return Optional.of(quel + " " + nouns + last.substring(noun.end()));
            }
        }
        Matcher some = (plural ? SOME : ONE).matcher(last);
        if (!some.find()) {
            return Optional.empty();
        }
        String before = last.substring(0, some.start());
        // « l'Agence veut-elle intégrer quelles… » reads as « l'Agence veut intégrer quelles… »
        String opened = before.isBlank() ? before : INVERTED.matcher(before).replaceFirst("");
        return Optional.of(opened + quel + " " + last.substring(some.end()));
    }

    private static Optional<String> other(boolean plural, String last) {
        Matcher identity = IDENTITY.matcher(last);
        if (identity.find()) {
            Matcher definite = DEFINITE.matcher(last);
            definite.region(identity.end(), last.length());
            if (definite.lookingAt() && (definite.group(3) != null) == plural) {
                String replaced = plural ? "les autres " : "l'autre ";
                return Optional.of(last.substring(0, definite.start()) + replaced + last.substring(definite.end()));
            }
            return Optional.empty();
        }
        Matcher choice = CHOICE_OPENING.matcher(last);
        if (choice.find()) {
            String word = choice.group(1).strip();
            String autre = word.toLowerCase(java.util.Locale.ROOT).endsWith("s") ? "autres" : "autre";
            return Optional.of(word + " " + autre + " " + last.substring(choice.end()));
        }
        return Optional.empty(); // « quand l'usine… » → « et l'autre ? »: which other is a guess
    }
}
