package org.citebot.question;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes off what a chat message says before its question (« bonjour, », « dis-moi », « tu sais »,
 * « est-ce que tu peux me dire », « je voudrais savoir »). The one list of these: the chat's
 * follow-up layer takes them off a follow-up with it too (« et tu peux me dire quand ? »).
 * Without it « dis-moi qui est le maire ? » is no « qui » question: the analysis looks for the
 * question word where a question starts, and the lead-in's words only blur the search.
 *
 * <p>« je voudrais savoir si X » asks whether X: it becomes « est-ce que X ». A message that is
 * nothing but a lead-in (« bonjour ») is left as it is, for small talk to answer.
 */
public final class ChatLeadIn {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String APOSTROPHE = "['’]";
    private static final String SEP = "[\\s,:;!.…-]*";
    /** A question word opening what follows a request (« tu sais pourquoi ? »). */
    private static final String QUESTION_WORD = "(?:pourquoi|quand|où|ou|qui|combien|comment|quel|quelle|quels|quelles"
            + "|que|qu" + APOSTROPHE + "|quoi|à quel|a quel|de quoi|d" + APOSTROPHE + "où|depuis|jusqu|d" + APOSTROPHE
            + "ici|à partir|a partir|en quelle|dans quel|par qui|avec qui)\\b";
    /** Lead-ins, each matched at the start of the message with what separates it from the rest. */
    private static final List<Pattern> LEAD_INS = List.of(
            Pattern.compile("^(?:bonjour|bonsoir|salut|coucou|hello|hey|yo)\\b" + SEP, FLAGS),
            // not « alors que… » (a conjunction) nor « bon nombre de… »
            Pattern.compile("^(?:euh+|bon|ok|okay|alors|sinon|au fait|du coup|tiens)\\b(?!\\s+(?:que\\b|qu" + APOSTROPHE
                    + "|nombre\\b))" + SEP + "(?=\\S)", FLAGS),
            Pattern.compile("^(?:excuse[sz]?|pardon)(?:[- ]moi)?\\b" + SEP, FLAGS),
            Pattern.compile("^(?:(?:une|petite|j" + APOSTROPHE + "ai une) )?question\\s*:" + SEP, FLAGS),
            Pattern.compile("^(?:dis|dites|rappelle|rappelez|précise|precise|précisez|precisez)[- ]moi\\b" + SEP, FLAGS),
            // « est-ce que tu peux me dire », « sais-tu me dire », « vous pouvez nous préciser », « tu sais pourquoi »:
            // before the bare « tu sais » below, so that « sais-tu me dire » goes whole
            Pattern.compile("^(?:est[- ]ce (?:que|qu" + APOSTROPHE + ") ?)?(?:tu peux|vous pouvez|tu pourrais|vous pourriez"
                    + "|peux[- ]tu|pouvez[- ]vous|pourrais[- ]tu|pourriez[- ]vous|tu peux pas|tu sais|vous savez"
                    + "|sais[- ]tu|savez[- ]vous|tu saurais|sauriez[- ]vous) "
                    + "(?:(?:me |m" + APOSTROPHE + "|nous )?(?:dire|expliquer|rappeler|indiquer|préciser|preciser)\\b" + SEP
                    + "|(?=" + QUESTION_WORD + "))", FLAGS),
            Pattern.compile("^(?:tu sais|vous savez|sais[- ]tu|savez[- ]vous|tu saurais|sauriez[- ]vous)\\b" + SEP, FLAGS),
            Pattern.compile("^on sait\\s+(?=" + QUESTION_WORD + ")", FLAGS),
            Pattern.compile("^(?:je (?:voudrais|veux|souhaiterais|souhaite|aimerais|cherche a|cherche à)|j" + APOSTROPHE
                    + "aimerais|je voulais savoir|je me demande|je me demandais|on m" + APOSTROPHE + "a dit) ?(?:savoir|comprendre)?\\b"
                    + SEP, FLAGS));
    /** « si X » after a lead-in: the yes/no question « est-ce que X ». */
    private static final Pattern WHETHER = Pattern.compile("^si\\s+(?=\\S)", FLAGS);
    private ChatLeadIn() {
    }

    /** {@code text} without its lead-in; other text unchanged. */
    public static String strip(String text) {
        if (text == null || text.isBlank()) {
            return text;
        }
        String q = text.strip();
        boolean stripped = false;
        for (boolean again = true; again; ) {
            again = false;
            for (Pattern p : LEAD_INS) {
                Matcher m = p.matcher(q);
                if (m.find() && m.end() < q.length()) {
                    q = q.substring(m.end()).strip();
                    again = true;
                    stripped = true;
                }
            }
        }
        if (stripped) {
            Matcher whether = WHETHER.matcher(q);
            if (whether.find()) {
                q = "est-ce que " + q.substring(whether.end());
            }
        }
        return q;
    }
}
