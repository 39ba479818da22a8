package org.citebot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.citebot.answer.Answer;
import org.citebot.answer.ReplyTemplates;
import org.citebot.corpus.Document;
import org.citebot.qa.Citebot;

/**
 * The conversation logic every front end shares: commands (« /aide », « /sources »), small
 * talk and questions, each turned into the French reply text. Front ends only format and
 * transport what this returns; they never decide answers.
 *
 * <p>Thread-safe: it holds no per-chat state yet.
 */
public final class ChatEngine {

    private final Citebot bot;
    private final ReplyTemplates templates;

    public ChatEngine(Citebot bot, ReplyTemplates templates) {
        this.bot = Objects.requireNonNull(bot, "bot");
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    /** The reply to one message. Never throws on user text. */
    public String reply(String message) {
        String text = message == null ? "" : message.strip();
        if (text.startsWith("/")) {
            return command(text);
        }
        Answer answer = bot.answer(text);
        return templates.reply(answer, example());
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
