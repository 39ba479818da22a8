package org.citebot.chat.followup;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.question.ChatShorthand;

/**
 * Puts a chat message into the written French the follow-up rules read, without changing what
 * it asks: people type follow-ups fast, so the same « pourquoi ? » comes as « pq ? », « pourqoi »,
 * « tu peux me dire pourquoi stp ? » or « ok et pourquoi ». Undone, in order:
 *
 * <ul>
 *   <li>elisions typed with a space instead of an apostrophe: « c etait » → « c'etait », « l usine »;</li>
 *   <li>chat spellings ({@link ChatShorthand}, shared with the question stage) and one-letter slips
 *       of the question words: « pq », « pk », « cb », « qd »,
 *       « koi », « pourqoi », « combein »;</li>
 *   <li>politeness around the question: « stp », « svp », « s'il te plaît », « merci » at the end;</li>
 *   <li>a request wrapped around it: « tu peux me dire quand ? », « dis-moi où », « tu sais pourquoi ? »;</li>
 *   <li>an acknowledgement before « et » with no comma: « ok et le nombre ? », « d'accord et pourquoi ? »;</li>
 *   <li>a stressed pronoun set apart in front when the question keeps its own pronoun: « et lui,
 *       c'est quoi son poste ? » → « et c'est quoi son poste ? ».</li>
 * </ul>
 * The result is only read as a follow-up: a message that is not one is answered as typed, so
 * nothing here changes a question of its own. Stateless and thread-safe.
 */
final class HurriedTyping {

    private HurriedTyping() {
    }

    /** « c etait », « l usine », « qu est-ce »: a lone elidable word before a vowel lost its apostrophe. */
    private static final Pattern LOST_APOSTROPHE = Pattern.compile(
            "(?iu)(?<![\\p{L}'’])(c|d|j|l|m|n|s|t|qu|jusqu|lorsqu|puisqu)\\s+(?=[aeiouyhàâäéèêëîïôöùûü])");

    /** Question words long enough that one letter more, less or swapped still says which was meant. */
    private static final String[] LONG_QUESTION_WORDS = {"pourquoi", "combien", "comment"};

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Chat spellings (« pq », « qd », « cb », « c quoi »), written out as the question stage does. */
    private static final ChatShorthand SHORTHAND = ChatShorthand.load();

    /**
     * « s'il te plaît », « merci » closing the message (« stp », « svp », « plz » are already gone:
     * {@link ChatShorthand} drops them wherever they stand).
     */
    private static final Pattern POLITE_END = Pattern.compile(
            "(?iu)[\\s,]+(?:s['’ ]?il\\s+(?:te|vous)\\s+pla[iî]t|merci(?:\\s+d'avance)?|please|pls)(?=[\\s?!.]*$)");
    /** « s'il te plaît » opening the message. */
    private static final Pattern POLITE_START = Pattern.compile("(?iu)^s['’ ]?il\\s+(?:te|vous)\\s+pla[iî]t[\\s,]+");

    /** A request wrapped around a question word: « tu peux me dire quand ? », « dis-moi où ». */
    private static final Pattern REQUEST = Pattern.compile(
            "(?iu)^(et\\s+)?(?:(?:est-ce\\s+que\\s+)?(?:tu|vous)\\s+(?:peux|pouvez|pourrais|pourriez|sais|savez)(?:\\s+(?:me|m'|nous))?"
                    + "(?:\\s+(?:dire|indiquer|préciser|preciser|rappeler))?"
                    + "|(?:peux|pourrais|sais)-tu(?:\\s+(?:me|m'))?(?:\\s+(?:dire|indiquer|préciser|preciser|rappeler))?"
                    + "|(?:pouvez|pourriez|savez)-vous(?:\\s+(?:me|m'))?(?:\\s+(?:dire|indiquer|préciser|preciser|rappeler))?"
                    + "|dis-moi|dites-moi|dis\\s+moi|dites\\s+moi|rappelle-moi|précise|precise"
                    + "|je\\s+(?:voudrais|veux|voulais|aimerais)\\s+savoir|j'aimerais\\s+savoir|on\\s+sait)\\s*,?\\s+"
                    + "(?=(?:pourquoi|quand|où|ou|qui|combien|comment|quel|quelle|quels|quelles|à\\s+quel|a\\s+quel|de\\s+quoi"
                    + "|d'où|d'ou|depuis|jusqu|d'ici|à\\s+partir|a\\s+partir|en\\s+quelle|dans\\s+quel|par\\s+qui|avec\\s+qui)\\b)");

    /** « ok et … », « ok merci, et … », « merci ! qui … ? »: acknowledgements run into the follow-up. */
    private static final Pattern ACKNOWLEDGED = Pattern.compile(
            "(?iu)^(?:(?:ok(?:ay)?|merci(?:\\s+beaucoup)?|d'accord|d’accord|dac|super|parfait|top|cool|bien|bon|ah|oh"
                    + "|je\\s+vois|entendu|compris|oui|ouais|intéressant|interessant|génial|genial)(?:\\s*[,.!;]+\\s*|\\s+))+"
                    + "(?=et\\s|\\S+.*\\?\\s*$)");

    /** « et lui, … », « et elle, … » set apart in front of a question that has a pronoun of its own. */
    private static final Pattern STRESSED_APART = Pattern.compile(
            "(?iu)^(et\\s+)?(?:lui|elle|eux|elles)\\s*,\\s*(?=(.*))");
    private static final Pattern THIRD_PERSON = Pattern.compile(
            "(?iu)(?<![\\p{L}'’])(?:il|elle|ils|elles|son|sa|ses|leur|leurs|lui|l['’]|le|la|les)(?![\\p{L}'’])|-t-(?:il|elle)|-(?:il|elle|ils|elles)(?![\\p{L}])");

    /** {@code message} in the spelling the follow-up rules read; never null. */
    static String normalize(String message) {
        String text = message == null ? "" : message.strip();
        text = LOST_APOSTROPHE.matcher(text).replaceAll("$1'");
        text = respell(SHORTHAND.expand(text));
        text = POLITE_START.matcher(text).replaceFirst("");
        text = POLITE_END.matcher(text).replaceFirst("");
        text = ACKNOWLEDGED.matcher(text).replaceFirst("");
        text = REQUEST.matcher(text).replaceFirst("$1");
        Matcher apart = STRESSED_APART.matcher(text);
        if (apart.find() && THIRD_PERSON.matcher(apart.group(2)).find()) {
            text = (apart.group(1) == null ? "" : apart.group(1)) + apart.group(2);
        }
        return text.strip();
    }

    /**
     * The message with its chat spellings undone; a slip is corrected in the first word only
     * (after « et » or « mais »), where a question word stands: further on, « commente » is a verb;
     * a verb's ending (« commenté », « commentez ») is no slip.
     */
    private static String respell(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        boolean first = true;
        while (m.find()) {
            String word = m.group();
            String lower = word.toLowerCase(Locale.ROOT);
            String meant = null;
            boolean opener = lower.equals("et") || lower.equals("mais");
            boolean verbEnding = lower.matches(".*(é|ée|és|ées|er|ez|ent)");
            if (meant == null && first && !opener && !verbEnding && lower.length() >= 6) {
                for (String q : LONG_QUESTION_WORDS) {
                    if (!lower.equals(q) && oneSlip(lower, q)) {
                        meant = q;
                        break;
                    }
                }
            }
            first &= opener;
            m.appendReplacement(out, Matcher.quoteReplacement(meant == null ? word : meant));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Whether {@code a} is {@code b} with one letter added, dropped, changed, or two neighbours swapped. */
    static boolean oneSlip(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true; // one letter changed
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2)); // two neighbours swapped
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }
}
