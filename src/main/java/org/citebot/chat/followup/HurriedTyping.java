package org.citebot.chat.followup;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.question.ChatLeadIn;
import org.citebot.question.ChatShorthand;
import org.citebot.question.QuestionWordSlips;

/**
 * Puts a chat message into the written French the follow-up rules read, without changing what
 * it asks: people type follow-ups fast, so the same « pourquoi ? » comes as « pq ? », « pourqoi »,
 * « tu peux me dire pourquoi stp ? » or « ok et pourquoi ». Undone, in order:
 *
 * <ul>
 *   <li>elisions typed with a space instead of an apostrophe: « c etait » → « c'etait », « l usine »;</li>
 *   <li>chat spellings ({@link ChatShorthand}, shared with the question stage) and one-letter slips
 *       of the question words ({@link QuestionWordSlips}, shared too): « pq », « pk », « cb », « qd »,
 *       « koi », « pourqoi », « combein »;</li>
 *   <li>politeness around the question: « stp », « svp », « s'il te plaît », « merci » at the end;</li>
 *   <li>a request wrapped around it: « tu peux me dire quand ? », « dis-moi où », « tu sais pourquoi ? »
 *       (the question stage's {@link ChatLeadIn}, one list);</li>
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

    /** « et » before a request: kept, the request taken off after it (« et tu peux me dire quand ? » → « et quand ? »). */
    private static final Pattern AND = Pattern.compile("(?iu)^(et\\s+)?(.*)$", Pattern.DOTALL);
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

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

    /**
     * « il est allé ou ? », « ou ca ? »: « ou » closing a question (or before « ça ») is « où » typed
     * without its accent; the conjunction « ou » never ends one.
     */
    private static final Pattern CLOSING_WHERE = Pattern.compile(
            "(?iu)(?<![\\p{L}'’])ou(?=(?:\\s+(?:ca|ça|cela|exactement|donc|alors|deja|déjà))?\\s*[?!.]*\\s*$)");

    /** {@code message} in the spelling the follow-up rules read; never null. */
    static String normalize(String message) {
        String text = message == null ? "" : message.strip();
        text = LOST_APOSTROPHE.matcher(text).replaceAll("$1'");
        text = respell(SHORTHAND.expand(text));
        text = POLITE_START.matcher(text).replaceFirst("");
        text = POLITE_END.matcher(text).replaceFirst("");
        text = ACKNOWLEDGED.matcher(text).replaceFirst("");
        text = withoutRequest(text);
        text = CLOSING_WHERE.matcher(text).replaceFirst("où");
        Matcher apart = STRESSED_APART.matcher(text);
        if (apart.find() && THIRD_PERSON.matcher(apart.group(2)).find()) {
            text = (apart.group(1) == null ? "" : apart.group(1)) + apart.group(2);
        }
        return text.strip();
    }

    /**
     * The message without a request wrapped around its question (« tu peux me dire quand ? »,
     * « dis-moi où »): the question stage's lead-ins ({@link ChatLeadIn}), after an opening « et »,
     * as long as some words are left.
     */
    private static String withoutRequest(String text) {
        Matcher m = AND.matcher(text);
        if (!m.matches()) {
            return text;
        }
        String rest = ChatLeadIn.strip(m.group(2));
        if (rest == null || !LETTER.matcher(rest).find()) {
            return text;
        }
        return (m.group(1) == null ? "" : m.group(1)) + rest;
    }

    /**
     * The message with a slip of its question word undone ({@link QuestionWordSlips}), in the
     * first word only (after « et » or « mais »), where a question word stands: further on,
     * « commente » is a verb, and this text is rewritten, not only read.
     */
    private static String respell(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        boolean first = true;
        while (m.find()) {
            String word = m.group();
            String lower = word.toLowerCase(Locale.ROOT);
            boolean opener = lower.equals("et") || lower.equals("mais");
            String meant = first && !opener ? QuestionWordSlips.meant(word).orElse(word) : word;
            first &= opener;
            m.appendReplacement(out, Matcher.quoteReplacement(meant));
        }
        m.appendTail(out);
        return out.toString();
    }
}
