package org.citebot.chat.telegram;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.chat.ChatEngine;
import org.citebot.chat.ChatReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Decides what the bot says to one Telegram update, and says it. Pure logic: no network of its
 * own, everything goes out through a {@link MessageSender}.
 *
 * <p>Rules, as people expect them from a bot:
 * <ul>
 *   <li>private chat: every text message is a question, answered as a reply to it;</li>
 *   <li>groups: answer only when @mentioned, when the message replies to one of the bot's, or on
 *       {@code /q question}; commands addressed to another bot ({@code /aide@other_bot}) and
 *       unknown commands not addressed to this one are left alone, so it never chats over people;</li>
 *   <li>{@code /start}, {@code /aide}, {@code /help}, {@code /sources}; an unknown command gets a
 *       hint; non-text messages in private get a hint;</li>
 *   <li>answers carry the engine's buttons (« Autres sources », « Voir le passage ») as an inline
 *       keyboard; a pressed button is always answered, and its text sent to the chat as a new
 *       message replying to the one that held the button;</li>
 *   <li>all text is HTML-escaped and split to Telegram's length limit;</li>
 *   <li>any failure while handling an update is logged and the sender gets a short apology,
 *       never a stack trace (but not an interruption: that is the bot stopping, and the update
 *       comes back at the next start).</li>
 * </ul>
 *
 * <p>Thread-safe as long as the engine and the sender are: it holds no mutable state.
 */
final class TelegramUpdateHandler {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramUpdateHandler.class);

    /** Template keys of this front end's own messages. */
    static final String APOLOGY = "telegram.apology";
    static final String NOT_TEXT = "telegram.not.text";
    static final String BUTTON_GONE = "telegram.button.gone";
    static final String EMPTY_Q = "telegram.q.empty";
    private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]+)(?:@([A-Za-z0-9_]+))?(?:\\s+(.*))?$",
            Pattern.DOTALL);

    private final ChatEngine engine;
    private final AccessGate gate;
    private final BotIdentity identity;
    private final MessageSender sender;
    private final int replyMax;
    private final List<String> examples;
    private final Pattern mention;
    private final LongFunction<TypingIndicator.Handle> typing;

    TelegramUpdateHandler(ChatEngine engine, BotIdentity identity, MessageSender sender, int replyMax,
                          List<String> examples) {
        this(engine, identity, sender, replyMax, examples, chatId -> TypingIndicator.NONE);
    }

    /** As above, with {@code typing} started for each question while it is answered. */
    TelegramUpdateHandler(ChatEngine engine, BotIdentity identity, MessageSender sender, int replyMax,
                          List<String> examples, LongFunction<TypingIndicator.Handle> typing) {
        this(engine, identity, sender, replyMax, examples, typing, AccessGate.open());
    }

    /** As above, with who may ask and how fast decided by {@code gate}. */
    TelegramUpdateHandler(ChatEngine engine, BotIdentity identity, MessageSender sender, int replyMax,
                          List<String> examples, LongFunction<TypingIndicator.Handle> typing, AccessGate gate) {
        this.gate = Objects.requireNonNull(gate, "gate");
        this.typing = Objects.requireNonNull(typing, "typing");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.identity = Objects.requireNonNull(identity, "identity");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.replyMax = replyMax;
        this.examples = List.copyOf(examples);
        this.mention = Pattern.compile("@" + Pattern.quote(identity.userName()) + "\\b", Pattern.CASE_INSENSITIVE);
    }

    /** Handles one update; never throws (a failure becomes an apology to the chat, if any). */
    void handle(Update update) {
        if (update != null && update.hasCallbackQuery()) {
            pressed(update.getCallbackQuery());
            return;
        }
        try {
            handleOrThrow(update);
        } catch (InterruptedException e) {
            // the bot is stopping and could wait no longer: no apology, the update is answered at the next start
            Thread.currentThread().interrupt();
            LOG.info("update {} interrupted by the stop", update == null ? null : update.getUpdateId());
        } catch (Exception | LinkageError | AssertionError e) {
            LOG.warn("update {} failed: {}", update == null ? null : update.getUpdateId(), e.toString());
            LOG.debug("update failure", e);
            apologise(update);
        }
    }

    private void apologise(Update update) {
        if (update == null || !update.hasMessage() || update.getMessage().getChat() == null) {
            return;
        }
        Message m = update.getMessage();
        try {
            sender.send(new OutgoingMessage(m.getChatId(), m.getMessageId(), TelegramHtml.escape(say(APOLOGY))));
        } catch (Exception e) {
            LOG.warn("cannot send the apology to chat {}: {}", m.getChatId(), e.toString());
        }
    }

    /**
     * A pressed button: the callback query is answered exactly once, whatever happens, then the
     * engine's text for the button goes to the chat. Never throws.
     */
    private void pressed(CallbackQuery query) {
        MaybeInaccessibleMessage held = query.getMessage();
        String notice = null;
        String text = null;
        try {
            if (held == null || held.getChatId() == null) {
                notice = say(BUTTON_GONE);
            } else {
                text = engine.callback("telegram:" + held.getChatId(), query.getData());
            }
        } catch (Exception | LinkageError | AssertionError e) {
            LOG.warn("callback query {} failed: {}", query.getId(), e.toString());
            LOG.debug("callback failure", e);
            notice = say(APOLOGY);
        }
        try {
            sender.answerCallback(query.getId(), notice);
        } catch (Exception e) {
            LOG.warn("cannot answer callback query {}: {}", query.getId(), e.toString());
        }
        if (text != null) {
            try {
                send(held.getChatId(), held.getMessageId(), ChatReply.of(text));
            } catch (Exception e) {
                LOG.warn("cannot send the reply to callback query {} in chat {}: {}", query.getId(),
                        held.getChatId(), e.toString());
            }
        }
    }

    private void handleOrThrow(Update update) throws Exception {
        if (update == null || !update.hasMessage()) {
            return;
        }
        Message message = update.getMessage();
        boolean privateChat = "private".equals(message.getChat().getType());
        boolean group = "group".equals(message.getChat().getType())
                || "supergroup".equals(message.getChat().getType());
        if (!privateChat && !group) {
            return;
        }
        if (!message.hasText()) {
            if (privateChat) {
                send(message, ChatReply.of(say(NOT_TEXT)));
            }
            return;
        }
        String text = message.getText().strip();
        if ((privateChat || addressed(message, text)) && !admitted(message)) {
            return;
        }
        try (TypingIndicator.Handle ignored = typing.apply(message.getChatId())) {
            String chat = Long.toString(message.getChatId());
            Optional<ChatReply> reply = text.startsWith("/")
                    ? command(chat, text, privateChat)
                    : privateChat ? Optional.of(question(chat, text)) : groupMessage(message, text);
            if (reply.isPresent()) {
                send(message, reply.get());
            }
        }
    }

    /** Whether a group message is meant for the bot: a mention, a reply to it, or a command. */
    private boolean addressed(Message message, String text) {
        Message repliedTo = message.getReplyToMessage();
        return text.startsWith("/") || mention.matcher(text).find()
                || repliedTo != null && repliedTo.getFrom() != null && repliedTo.getFrom().getId() == identity.id();
    }

    /**
     * Whether the sender may be answered now ({@link AccessGate}); when not, the refusal or the one
     * « patientez » is sent here, and nothing from the corpus.
     */
    private boolean admitted(Message message) throws Exception {
        long user = message.getFrom() == null ? message.getChatId() : message.getFrom().getId();
        return switch (gate.check(user, message.getChatId(), java.time.Instant.now())) {
            case PASS -> true;
            case REFUSE -> {
                send(message, ChatReply.of(say(AccessGate.REFUSAL)));
                yield false;
            }
            case SLOW_DOWN -> {
                send(message, ChatReply.of(say(AccessGate.SLOW_DOWN)));
                yield false;
            }
            case DROP -> false;
        };
    }

    private Optional<ChatReply> groupMessage(Message message, String text) {
        Matcher m = mention.matcher(text);
        if (m.find()) {
            return Optional.of(question(Long.toString(message.getChatId()), m.replaceAll(" ").strip()));
        }
        Message repliedTo = message.getReplyToMessage();
        if (repliedTo != null && repliedTo.getFrom() != null && repliedTo.getFrom().getId() == identity.id()) {
            return Optional.of(question(Long.toString(message.getChatId()), text));
        }
        return Optional.empty();
    }

    private Optional<ChatReply> command(String chat, String text, boolean privateChat) {
        Matcher m = COMMAND.matcher(text);
        if (!m.matches()) {
            return privateChat ? Optional.of(unknown(text.split("\\s+", 2)[0])) : Optional.empty();
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        String addressee = m.group(2);
        boolean toUs = addressee != null && addressee.equalsIgnoreCase(identity.userName());
        if (addressee != null && !toUs) {
            return Optional.empty();
        }
        String argument = m.group(3) == null ? "" : m.group(3).strip();
        return switch (name) {
            case "start" -> Optional.of(ChatReply.of(start()));
            case "aide", "help" -> Optional.of(ChatReply.of(help()));
            case "sources" -> Optional.of(ChatReply.of(engine.sources()));
            case "q" -> Optional.of(argument.isEmpty() ? ChatReply.of(say(EMPTY_Q)) : question(chat, argument));
            default -> privateChat || toUs ? Optional.of(unknown("/" + name)) : Optional.empty();
        };
    }

    /** The engine's reply, read against this chat's last question (follow-ups are per chat). */
    private ChatReply question(String chat, String text) {
        // « tu es qui ? » gets this bot's own help (groups, /q), as /aide does
        if (ChatEngine.asksForHelp(text)) {
            return ChatReply.of(help());
        }
        return engine.respond("telegram:" + chat, text);
    }

    private String start() {
        return engine.templates().fill("telegram.start", Map.of("help", help()));
    }

    /** The engine's help with this bot's examples and how it is used in groups (template {@code help.telegram}). */
    private String help() {
        return engine.help(examples, List.of("help.telegram"));
    }

    private ChatReply unknown(String command) {
        return ChatReply.of(engine.templates().fill("telegram.command.unknown", Map.of("command", command)));
    }

    /** The template {@code key} of the engine's templates. */
    private String say(String key) {
        return engine.templates().line(key);
    }

    private void send(Message question, ChatReply reply) throws Exception {
        send(question.getChatId(), question.getMessageId(), reply);
    }

    /** The reply escaped and split; the first part replies to {@code replyTo}, the last carries the buttons. */
    private void send(long chatId, Integer replyTo, ChatReply reply) throws Exception {
        List<String> chunks = TelegramHtml.escapedChunks(reply.text(), replyMax);
        for (int i = 0; i < chunks.size(); i++) {
            sender.send(new OutgoingMessage(chatId, i == 0 ? replyTo : null, chunks.get(i),
                    i == chunks.size() - 1 ? reply.buttons() : List.of()));
        }
    }
}
