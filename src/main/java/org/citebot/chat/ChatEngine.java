package org.citebot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.time.Clock;
import java.time.Duration;
import org.citebot.answer.Answer;
import org.citebot.answer.Citation;
import org.citebot.answer.ReplyTemplates;
import org.citebot.corpus.Document;
import org.citebot.qa.Citebot;

/**
 * The conversation logic every front end shares: commands (« /aide », « /sources »), small
 * talk and questions, each turned into the French reply text. Front ends only format and
 * transport what this returns; they never decide answers.
 *
 * <p>Thread-safe: the per-chat memory of last exchanges ({@link Conversations}) is.
 */
public final class ChatEngine {

    /** Chats remembered for follow-ups, and for how long. */
    static final int MAX_CHATS = 10_000;
    static final Duration FOLLOW_UP_WINDOW = Duration.ofMinutes(30);

    private final Citebot bot;
    private final ReplyTemplates templates;
    private final Conversations conversations;
    private final FollowUps followUps = new FollowUps();

    public ChatEngine(Citebot bot, ReplyTemplates templates) {
        this(bot, templates, new Conversations(MAX_CHATS, FOLLOW_UP_WINDOW, Clock.systemUTC()));
    }

    public ChatEngine(Citebot bot, ReplyTemplates templates, Conversations conversations) {
        this.bot = Objects.requireNonNull(bot, "bot");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
    }

    /** The reply to one message of a single-user session (the console). Never throws on user text. */
    public String reply(String message) {
        return reply("console", message);
    }

    /**
     * The reply to one message of chat {@code chat}: a command, a follow-up of that chat's last
     * question (« et en 2018 ? », « source ? »), or a new question. Never throws on user text.
     */
    public String reply(String chat, String message) {
        String text = message == null ? "" : message.strip();
        if (text.startsWith("/")) {
            return command(text);
        }
        var previous = conversations.last(chat);
        if (previous.isPresent()) {
            var followUp = followUps.read(text, previous.get().question());
            if (followUp.isPresent() && followUp.get().kind() == FollowUps.Kind.SOURCES) {
                return sourcesOf(previous.get().answer());
            }
            if (followUp.isPresent()) {
                text = followUp.get().question();
            }
        }
        Answer answer = bot.answer(text);
        if (answer.outcome() != Answer.Outcome.SMALL_TALK) {
            conversations.remember(chat, text, answer);
        }
        return templates.reply(answer, example());
    }

    /** Every source of an answer: one line per supporting article, or the passage offered instead. */
    private String sourcesOf(Answer answer) {
        List<String> lines = new ArrayList<>();
        if (answer.answered()) {
            lines.add("Sources de la réponse « " + answer.findings().get(0).fact() + " » :");
            for (var finding : answer.findings()) {
                for (Citation c : finding.citations()) {
                    lines.add("• « " + c.quote() + " » — " + ReplyTemplates.source(c));
                }
            }
        } else {
            lines.add("Je n'ai pas trouvé de réponse à la question précédente.");
            answer.nearest().ifPresent(c -> lines.add("Passage le plus proche : « " + c.quote() + " » — "
                    + ReplyTemplates.source(c)));
        }
        return String.join("\n", lines);
    }

    private String command(String text) {
        String name = text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return switch (name) {
            case "/aide", "/help", "/start" -> help();
            case "/sources" -> sources();
            default -> "Commande inconnue : " + name + ". Tapez /aide pour l'aide.";
        };
    }

    /** The help text: what the bot does and how to ask. */
    public String help() {
        return String.join("\n",
                "Je réponds à vos questions sur " + bot.corpus().documents().size()
                        + " articles, en citant la phrase et l'article d'où vient la réponse.",
                "Posez une question en français, par exemple : " + example(),
                "Commandes : /sources (les articles), /aide (cette aide).");
    }

    /** The articles the bot knows: title, outlet and date when known. */
    public String sources() {
        List<String> lines = new ArrayList<>();
        lines.add("Articles connus (" + bot.corpus().documents().size() + ") :");
        for (Document d : bot.corpus().documents()) {
            StringBuilder line = new StringBuilder("• ").append(d.title());
            List<String> meta = new ArrayList<>();
            d.outlet().ifPresent(meta::add);
            d.date().map(ReplyTemplates::frenchDate).ifPresent(meta::add);
            if (!meta.isEmpty()) {
                line.append(" (").append(String.join(", ", meta)).append(')');
            }
            lines.add(line.toString());
        }
        return String.join("\n", lines);
    }

    private static String example() {
        return "« combien… ? », « qui… ? », « quand… ? », « où… ? », « pourquoi… ? »";
    }
}
