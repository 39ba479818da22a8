package org.citebot.chat;

import java.util.Optional;
import java.util.regex.Pattern;
import org.citebot.text.Folding;

/**
 * Recognises a message that asks about the bot itself (« tu es qui ? », « tu sais faire quoi ? »,
 * « comment ça marche ? ») or about what it has read (« de quoi parlent les articles ? », « quels
 * articles tu connais ? »): a new user's first messages, which the articles cannot answer and which
 * searched as questions would get « Aucun article ne parle de cela ». The chat answers them with the
 * help text or the list of articles.
 *
 * <p>Only whole short messages in these shapes count, so a question about the articles' content
 * (« quels articles du traité… ? », « qui est le porte-parole ? ») and the follow-up « source ? » are
 * never taken for one.
 */
public final class AboutTheBot {

    /** What the message asks for. */
    public enum Topic {
        /** What the bot is and what to ask it: the help text. */
        HELP,
        /** What the bot has read: the list of articles. */
        ARTICLES
    }

    private static final String YOU = "(?:tu|vous|t)";
    private static final Pattern HELP = Pattern.compile(String.join("|",
            "(?:qui|que|quoi) (?:es tu|etes vous)",
            YOU + " (?:es|etes) (?:qui|quoi)",
            "(?:tu fais|vous faites) quoi",
            "que (?:fais tu|faites vous|sais tu faire|savez vous faire|peux tu faire|pouvez vous faire)",
            "(?:tu sais|tu peux|vous savez|vous pouvez) faire quoi",
            "(?:a quoi )?(?:tu sers|sers tu|vous servez|servez vous)(?: a quoi)?",
            "comment (?:ca marche|ca fonctionne|tu marches|tu fonctionnes|t utiliser|vous utiliser|on fait|je fais)",
            "(?:aide|aide moi|aidez moi|help|au secours)",
            "c est quoi (?:ce bot|ce robot|ce truc|citebot)",
            "(?:je peux|on peut|puis je) (?:te |vous )?demander quoi",
            "(?:quelles|quel genre de) questions(?: (?:je peux|puis je|peut on|on peut) (?:te |vous )?poser)?"));
    private static final String ARTICLE_WORDS = "(?:articles|documents|textes|sujets|themes)";
    private static final Pattern ARTICLES = Pattern.compile(String.join("|",
            "(?:de|sur) quoi (?:parlent|portent|traitent) (?:les|tes|vos|ces) " + ARTICLE_WORDS,
            "(?:quels|quelles) (?:sont )?(?:les |tes |vos )?" + ARTICLE_WORDS
                    + "(?: (?:connais tu|as tu|tu connais|tu as|connaissez vous|avez vous|disponibles|lus))?",
            "(?:tu|vous) (?:connais|connaissez|as|avez|lis|lisez) (?:quels|combien d) " + ARTICLE_WORDS,
            "combien d " + ARTICLE_WORDS + "(?: (?:connais tu|as tu|tu connais|tu as|connaissez vous|avez vous))?"));
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N} ]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Longer messages are questions about something: these shapes are all short. */
    private static final int MAX_WORDS = 9;

    private AboutTheBot() {
    }

    /** What {@code message} asks about the bot, or empty when it is a question for the articles. */
    public static Optional<Topic> classify(String message) {
        if (message == null) {
            return Optional.empty();
        }
        String t = SPACES.matcher(NOT_A_WORD.matcher(Folding.fold(message)).replaceAll(" "))
                .replaceAll(" ").strip();
        t = t.replaceFirst("^(?:et|mais|alors|euh|dis|dites|bonjour|salut) ", "").replaceFirst(" (?:toi|donc|exactement)$", "");
        if (t.isEmpty() || t.split(" ").length > MAX_WORDS) {
            return Optional.empty();
        }
        if (HELP.matcher(t).matches()) {
            return Optional.of(Topic.HELP);
        }
        if (ARTICLES.matcher(t).matches()) {
            return Optional.of(Topic.ARTICLES);
        }
        return Optional.empty();
    }
}
