package org.citebot.question;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.text.Folding;
import org.citebot.text.WordLists;

/**
 * Expands the shorthand of French chat messages (« pk », « qd », « cb », « c quoi ») into the
 * words the question analysis and the retriever read. People in a Telegram chat type « pk le
 * maire a démissionné ? »: unexpanded, « pk » is an unknown word, the question has no
 * question word, and a « pourquoi » question is answered as if it asked for anything.
 *
 * <p>Only whole words are replaced, and « c » (« c'est ») only where chat French puts it: at the
 * start of the message or after a question word, before a word (« c quoi », « qui c le chef »), so
 * a letter in « vitamine C » or « le groupe C » stays. The rules are in {@code chat-shorthand.txt}
 * beside this class.
 */
public final class ChatShorthand {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
    /** Words after which a lone « c » / « ct » is « c'est » / « c'était ». */
    private static final Set<String> BEFORE_C = Set.of("qui", "ki", "ou", "quand", "qd", "et", "alors", "donc", "ca",
            "comment", "pourquoi", "pk", "pq", "quoi", "koi", "combien", "cb", "mais");

    private final Map<String, String> rules;

    private ChatShorthand(Map<String, String> rules) {
        this.rules = Map.copyOf(rules);
    }

    /** The shared rules, read once. */
    public static ChatShorthand load() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        static final ChatShorthand INSTANCE = read();
    }

    private static ChatShorthand read() {
        Map<String, String> rules = new HashMap<>();
        for (String line : WordLists.lines(ChatShorthand.class, "chat-shorthand.txt")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                rules.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return new ChatShorthand(rules);
    }

    /** {@code text} with its shorthand words written out; text without any comes back as it was. */
    public String expand(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = WORD.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        String previous = null;
        while (m.find()) {
            String folded = Folding.fold(m.group()).replace('’', '\'');
            String full = rules.get(folded);
            if (full == null && (folded.equals("c") || folded.equals("ct")) && cAsVerb(text, m, previous)) {
                full = folded.equals("c") ? "c'est" : "c'était";
            }
            if (full != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16);
                }
                out.append(text, copied, m.start()).append(full);
                copied = m.end();
                if (full.isEmpty()) {
                    copied = skipSpaces(text, copied);
                }
            }
            previous = folded;
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, text.length()).toString().strip();
    }

    /** A lone « c » (not « C. », not after a noun) followed by a word: « c quoi », « qui c le chef ». */
    private static boolean cAsVerb(String text, Matcher m, String previous) {
        if (previous != null && !BEFORE_C.contains(previous)) {
            return false;
        }
        int after = m.end();
        if (after < text.length() && (text.charAt(after) == '.' || text.charAt(after) == '\'' || text.charAt(after) == '’'
                || text.charAt(after) == '-')) {
            return false;
        }
        int next = skipSpaces(text, after);
        return next > after && next < text.length() && Character.isLetter(text.charAt(next));
    }

    private static int skipSpaces(String text, int at) {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }
}
