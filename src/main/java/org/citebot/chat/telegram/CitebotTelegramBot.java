package org.citebot.chat.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.citebot.answer.reply.ReplyTemplates;
import org.citebot.chat.ChatEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * citebot on Telegram: long polling through TelegramBots 10, every update handed to a
 * {@link TelegramUpdateHandler} on its chat's stripe of a {@link ChatDispatcher} (concurrent
 * across chats, in order within one).
 *
 * <p>{@link #start} checks the token with {@code getMe} first, so a missing server or a rejected
 * token fails at once with one clear message (the token masked), then registers the command
 * menu (a failure there is logged, not fatal) and starts polling.
 *
 * <p>Telegram is told an update was received only once it is answered ({@link UpdateProgress},
 * {@link ResumingUpdateRequests}): a bot killed at any moment gets every unanswered update again
 * at its next start. {@link #close} (SIGTERM, through the shutdown hook) stops taking updates,
 * answers those in hand for a few seconds, lets the answers under way end, and leaves the rest
 * unconfirmed, saying how many, for the next start. It is idempotent, so a shutdown hook and a
 * try-with-resources may both call it.
 */
public final class CitebotTelegramBot implements TelegramFrontEnd {

    private static final Logger LOG = LoggerFactory.getLogger(CitebotTelegramBot.class);
    /** How long the updates in hand keep being answered once closing. */
    static final long DRAIN_MILLIS = 4_000;
    /** Once nothing new starts, how long the answers under way may take to end, beyond one pacing interval. */
    static final long GRACE_MILLIS = 2_000;
    /** How long a getUpdates call in flight may finish before it is interrupted (its updates
     * are not confirmed, so Telegram delivers them again at the next start). */
    private static final long POLL_STOP_MILLIS = 1_500;
    /** An answer slower than this shows « typing… » meanwhile. */
    private static final long TYPING_DELAY_MILLIS = 700;

    private final TelegramBotsLongPollingApplication application;
    private final ScheduledExecutorService poller;
    private final TypingIndicator typing;
    private final BotIdentity identity;
    private final PollingIntake intake;
    private final long graceMillis;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);

    private CitebotTelegramBot(TelegramBotsLongPollingApplication application, ScheduledExecutorService poller,
                               TypingIndicator typing, BotIdentity identity, PollingIntake intake, long graceMillis) {
        this.typing = typing;
        this.application = application;
        this.poller = poller;
        this.identity = identity;
        this.intake = intake;
        this.graceMillis = graceMillis;
    }

    /**
     * Connects to the Bot API of {@code settings} and starts answering with {@code engine}.
     *
     * @throws IllegalStateException with a one-line, token-free message when the Bot API cannot be
     *                               reached or rejects the token
     */
    public static CitebotTelegramBot start(TelegramSettings settings, ChatEngine engine) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(engine, "engine");
        PollingLogFilter.install();
        TelegramClient client = new OkHttpTelegramClient(settings.token(), settings.telegramUrl());
        BotIdentity identity = identify(client, settings);
        LOG.info("Telegram bot @{} ({}), {}", identity.userName(), identity.id(), settings);
        registerCommands(client, settings, engine.templates());
        TypingIndicator typing = new TypingIndicator(chatId -> client.execute(SendChatAction.builder()
                .chatId(chatId).action(ActionType.TYPING.toString()).build()), TYPING_DELAY_MILLIS);
        ReplyWindow window = new ReplyWindow(settings.sendWindow());
        TelegramUpdateHandler handler = new TelegramUpdateHandler(engine, identity,
                new PacedSender(window.around(new TelegramClientSender(client)), settings.chatIntervalMillis()),
                settings.replyMax(), settings.examples().isEmpty() ? engine.exampleQuestions() : settings.examples(),
                typing::start, settings.gate());
        ChatDispatcher dispatcher = new ChatDispatcher();
        // Our own polling thread: the library never shuts its executor down, so closing could not
        // wait for (or cut short) a getUpdates call in flight.
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "telegram-polling");
            t.setDaemon(true);
            return t;
        });
        TelegramBotsLongPollingApplication application = new TelegramBotsLongPollingApplication(ObjectMapper::new,
                new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator(), () -> poller, PollingBackOff::new);
        UpdateProgress progress = settings.stateDir()
                .map(dir -> UpdateProgress.load(dir.resolve("telegram-" + identity.id() + ".progress")))
                .orElseGet(UpdateProgress::inMemory);
        PollingIntake intake = new PollingIntake(dispatcher, handler::handle, window, progress, settings.stateDir().isPresent());
        LongPollingUpdateConsumer consumer = intake::dispatch;
        try {
            // registerBot first deletes any webhook, which fails while the Bot API is away; the
            // session it registered must then go before the next try.
            StartRetry.retried(() -> {
                try {
                    return application.registerBot(settings.token(), settings::telegramUrl,
                            new ResumingUpdateRequests(progress), consumer);
                } catch (TelegramApiException | RuntimeException e) {
                    unregisterQuietly(application, settings.token());
                    throw e;
                }
            }, StartRetry::unreachable, settings.startWait());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(application, poller, dispatcher);
            typing.close();
            throw new IllegalStateException("interrupted while starting to poll the Bot API at " + settings.apiUrl(),
                    e);
        } catch (Exception e) {
            closeQuietly(application, poller, dispatcher);
            typing.close();
            throw new IllegalStateException("cannot start polling the Bot API at " + settings.apiUrl() + ": "
                    + settings.redact(describe(e)), e);
        }
        return new CitebotTelegramBot(application, poller, typing, identity, intake,
                settings.chatIntervalMillis() + GRACE_MILLIS);
    }

    static BotIdentity identify(TelegramClient client, TelegramSettings settings) {
        User me;
        try {
            me = StartRetry.retried(() -> client.execute(new GetMe()), StartRetry::unreachable, settings.startWait());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the Bot API at " + settings.apiUrl(), e);
        } catch (TelegramApiRequestException e) {
            if (e.getErrorCode() != null && (e.getErrorCode() == 401 || e.getErrorCode() == 404)) {
                throw new IllegalStateException("the Bot API at " + settings.apiUrl() + " rejected the token "
                        + settings.masked() + " (" + e.getErrorCode() + "): check " + TelegramSettings.TOKEN_VARIABLE,
                        e);
            }
            throw new IllegalStateException("the Bot API at " + settings.apiUrl() + " refused getMe: "
                    + settings.redact(describe(e)), e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot reach the Bot API at " + settings.apiUrl() + ": "
                    + settings.redact(describe(e)), e);
        }
        if (me == null || me.getUserName() == null || me.getUserName().isBlank()) {
            throw new IllegalStateException("the Bot API at " + settings.apiUrl() + " gave no bot user name");
        }
        return new BotIdentity(me.getId(), me.getUserName());
    }

    static void registerCommands(TelegramClient client, TelegramSettings settings, ReplyTemplates templates) {
        List<BotCommand> commands = Stream.of("start", "aide", "sources", "q")
                .map(name -> new BotCommand(name, templates.line("telegram.menu." + name))).toList();
        try {
            client.execute(SetMyCommands.builder().commands(commands).build());
        } catch (TelegramApiException | RuntimeException e) {
            LOG.warn("command menu not registered (the bot works without it): {}", settings.redact(describe(e)));
        }
    }

    /** The chat an update belongs to, so that its chat's updates keep their order. */
    static long chatKey(Update update) {
        if (update.hasMessage() && update.getMessage().getChatId() != null) {
            return update.getMessage().getChatId();
        }
        if (update.hasEditedMessage() && update.getEditedMessage().getChatId() != null) {
            return update.getEditedMessage().getChatId();
        }
        if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null
                && update.getCallbackQuery().getMessage().getChatId() != null) {
            return update.getCallbackQuery().getMessage().getChatId();
        }
        if (update.hasCallbackQuery() && update.getCallbackQuery().getFrom() != null) {
            return update.getCallbackQuery().getFrom().getId();
        }
        return update.getUpdateId() == null ? 0 : update.getUpdateId();
    }

    static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !sb.toString().contains(cause.getMessage())) {
            sb.append(" (").append(cause.getMessage()).append(')');
        }
        return sb.toString();
    }

    private static void unregisterQuietly(TelegramBotsLongPollingApplication application, String token) {
        try {
            application.unregisterBot(token);
        } catch (TelegramApiException | RuntimeException e) {
            LOG.debug("unregistering after a failed start", e);
        }
    }

    private static void closeQuietly(TelegramBotsLongPollingApplication application, ScheduledExecutorService poller,
                                     ChatDispatcher dispatcher) {
        try {
            application.close();
        } catch (Exception e) {
            LOG.debug("closing the polling application", e);
        }
        poller.shutdownNow();
        try {
            dispatcher.shutdown(0, 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The bot as Telegram knows it. */
    public String userName() {
        return identity.userName();
    }

    /** Blocks until {@link #close} has finished (from any thread, e.g. a shutdown hook). */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /**
     * Stops taking updates, answers those in hand for a few seconds, lets the answers under way
     * end, and leaves the rest unconfirmed for the next start (logged). Idempotent.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        try {
            application.close();
        } catch (Exception e) {
            LOG.warn("stopping polling: {}", e.toString());
        }
        poller.shutdown();
        try {
            intake.stop(DRAIN_MILLIS, graceMillis);
            if (!poller.awaitTermination(POLL_STOP_MILLIS, TimeUnit.MILLISECONDS)) {
                poller.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            typing.close();
            closed.countDown();
            LOG.info("Telegram bot @{} stopped", identity.userName());
        }
    }
}
