package org.citebot.chat.telegram;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.citebot.chat.ChatEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * citebot on Telegram in webhook mode: Telegram POSTs each update to this instance (through a
 * reverse proxy or load balancer that ends TLS), and several such instances can share the load.
 * Each update is checked and deduplicated by a {@link WebhookEndpoint}, then answered like in
 * polling mode: the same {@link TelegramUpdateHandler} on its chat's chain of a
 * {@link ChatDispatcher}, sending through a {@link PacedSender}.
 *
 * <p>{@link #start} checks the token ({@code getMe}), registers the command menu, starts
 * listening, and only then, unless {@code telegram.webhook.register=false}, registers the webhook
 * ({@code setWebhook} with the secret token; pending updates are kept). {@link #close} stops
 * listening and lets answers in flight finish; it leaves the webhook registered, since other
 * instances may still be serving it.
 *
 * <p>An update acknowledged with a 200 is never delivered again by Telegram, so the
 * {@link UpdateLedger} keeps it until it is answered: every {@value #UPKEEP_SECONDS} seconds each
 * instance tells the others it is alive and answers the updates that instances now gone (killed,
 * or stopped before answering everything) had taken. Without a shared directory the ledger is in
 * {@code telegram.state.dir}, so the next start of a single instance does the same.
 */
public final class WebhookTelegramBot implements TelegramFrontEnd {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookTelegramBot.class);
    /** How long the updates in hand keep being answered once closing. */
    private static final long DRAIN_MILLIS = CitebotTelegramBot.DRAIN_MILLIS;
    /** How often the ledger is told this instance lives, and updates of gone instances are taken over. */
    static final long UPKEEP_SECONDS = 5;
    /** An answer slower than this shows « typing… » meanwhile. */
    private static final long TYPING_DELAY_MILLIS = 700;
    /** The updates the handler answers; others are not asked for. */
    static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query");

    private final WebhookServer server;
    private final ChatDispatcher dispatcher;
    private final TypingIndicator typing;
    private final BotIdentity identity;
    private final AtomicBoolean closing;
    private final UpdateLedger ledger;
    private final ScheduledExecutorService upkeep;
    private final long graceMillis;
    private final CountDownLatch closed = new CountDownLatch(1);

    private WebhookTelegramBot(WebhookServer server, ChatDispatcher dispatcher, TypingIndicator typing,
                               BotIdentity identity, AtomicBoolean closing, UpdateLedger ledger,
                               ScheduledExecutorService upkeep, long graceMillis) {
        this.server = server;
        this.dispatcher = dispatcher;
        this.typing = typing;
        this.identity = identity;
        this.closing = closing;
        this.ledger = ledger;
        this.upkeep = upkeep;
        this.graceMillis = graceMillis;
    }

    /**
     * Connects to the Bot API of {@code settings}, listens as {@code webhook} says and answers with
     * {@code engine}.
     *
     * @throws IllegalStateException with a one-line message (no token, no secret) when the Bot API
     *                               cannot be reached, rejects the token or refuses the webhook
     * @throws java.io.UncheckedIOException when the listening address cannot be bound
     */
    public static WebhookTelegramBot start(TelegramSettings settings, WebhookSettings webhook, ChatEngine engine) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(webhook, "webhook");
        Objects.requireNonNull(engine, "engine");
        if (webhook.mode() != WebhookSettings.Mode.WEBHOOK) {
            throw new IllegalArgumentException("webhook settings are for " + webhook.mode() + " mode");
        }
        TelegramClient client = new OkHttpTelegramClient(settings.token(), settings.telegramUrl());
        BotIdentity identity = CitebotTelegramBot.identify(client, settings);
        LOG.info("Telegram bot @{} ({}), {}, {}", identity.userName(), identity.id(), settings, webhook);
        CitebotTelegramBot.registerCommands(client, settings, engine.templates());
        TypingIndicator typing = new TypingIndicator(chatId -> client.execute(SendChatAction.builder()
                .chatId(chatId).action(ActionType.TYPING.toString()).build()), TYPING_DELAY_MILLIS);
        ReplyWindow window = new ReplyWindow(settings.sendWindow());
        TelegramUpdateHandler handler = new TelegramUpdateHandler(engine, identity,
                new PacedSender(window.around(new TelegramClientSender(client)), settings.chatIntervalMillis()),
                settings.replyMax(), settings.examples().isEmpty() ? engine.exampleQuestions() : settings.examples(),
                typing::start, settings.gate());
        ChatDispatcher dispatcher = new ChatDispatcher();
        AtomicBoolean closing = new AtomicBoolean();
        UpdateLedger ledger = ledger(settings, webhook, identity);
        Consumer<Update> intake = update -> {
            if (closing.get()) {
                throw new RejectedExecutionException("stopping");
            }
            long id = update.getUpdateId();
            dispatcher.submit(CitebotTelegramBot.chatKey(update), () -> {
                try {
                    handler.handle(update);
                    ledger.answered(id);
                } catch (java.io.IOException | RuntimeException e) {
                    LOG.warn("update {} answered, but not recorded so in the update ledger ({}): it may be"
                            + " answered again", id, e.toString());
                } finally {
                    window.recorded();
                }
            });
        };
        WebhookServer server;
        try {
            server = WebhookServer.start(webhook.listen(), webhook.path(),
                    new WebhookEndpoint(webhook.secret(), ledger, intake));
        } catch (RuntimeException e) {
            stopQuietly(dispatcher, typing);
            ledger.close();
            throw e;
        }
        ScheduledExecutorService upkeep = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "telegram-ledger");
            t.setDaemon(true);
            return t;
        });
        upkeep.scheduleWithFixedDelay(() -> takeOver(ledger, intake), 0, UPKEEP_SECONDS, TimeUnit.SECONDS);
        WebhookTelegramBot bot = new WebhookTelegramBot(server, dispatcher, typing, identity, closing, ledger, upkeep,
                settings.chatIntervalMillis() + CitebotTelegramBot.GRACE_MILLIS);
        InetSocketAddress bound = server.address();
        LOG.info("webhook listening on {}:{}{}", bound.getHostString(), bound.getPort(), webhook.path());
        if (webhook.register()) {
            try {
                register(client, webhook);
            } catch (TelegramApiException | RuntimeException e) {
                bot.close();
                throw new IllegalStateException("the Bot API at " + settings.apiUrl() + " refused setWebhook for "
                        + webhook.url() + ": " + settings.redact(CitebotTelegramBot.describe(e)), e);
            }
            LOG.info("webhook registered: {}", webhook.url());
        } else {
            LOG.info("webhook not registered by this instance (telegram.webhook.register=false)");
        }
        return bot;
    }

    /**
     * The shared directory's ledger; without one, a ledger of this instance alone in the state
     * folder (so its next start answers what it acknowledged and left); without either, memory.
     */
    private static UpdateLedger ledger(TelegramSettings settings, WebhookSettings webhook, BotIdentity identity) {
        java.util.Optional<java.nio.file.Path> dir = webhook.sharedDir()
                .or(() -> settings.stateDir().map(state -> state.resolve("telegram-" + identity.id() + "-webhook")));
        if (dir.isEmpty()) {
            LOG.warn("no telegram.webhook.shared.dir nor telegram.state.dir: updates acknowledged and not answered"
                    + " when this instance stops or dies are lost");
            return new InMemoryUpdateLedger();
        }
        return new SharedUpdateLedger(dir.get(), webhook.dedupeWindow(), webhook.lease(), java.time.Clock.systemUTC());
    }

    /** Answers here the updates that gone instances took and did not answer. Never throws. */
    private static void takeOver(UpdateLedger ledger, Consumer<Update> intake) {
        try {
            for (byte[] body : ledger.retake()) {
                Update update = WebhookEndpoint.read(body);
                try {
                    intake.accept(update);
                } catch (RejectedExecutionException e) {
                    return; // stopping: left in the ledger, for another instance or the next start
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warn("taking over the updates of gone instances: {}", e.toString());
        }
    }

    /** setWebhook with the secret; pending updates kept (drop_pending_updates false). */
    private static void register(TelegramClient client, WebhookSettings webhook) throws TelegramApiException {
        client.execute(SetWebhook.builder()
                .url(webhook.url().toString())
                .secretToken(webhook.secret())
                .maxConnections(webhook.maxConnections())
                .allowedUpdates(ALLOWED_UPDATES)
                .dropPendingUpdates(false)
                .build());
    }

    private static void stopQuietly(ChatDispatcher dispatcher, TypingIndicator typing) {
        try {
            dispatcher.shutdown(0, 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            typing.close();
        }
    }

    /** The address this instance listens on, with the actual port (useful when the port was 0). */
    public InetSocketAddress address() {
        return server.address();
    }

    @Override
    public String userName() {
        return identity.userName();
    }

    @Override
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /**
     * Stops listening (updates arriving meanwhile get a 503 and are given back, so Telegram
     * delivers them again, to another instance), answers those in hand for a few seconds, lets the
     * answers under way end, and leaves the rest in the ledger, saying how many. Idempotent.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        try {
            server.close();
            upkeep.shutdown();
            try {
                dispatcher.shutdown(DRAIN_MILLIS, graceMillis, ledger::freeze);
            } finally {
                ledger.freeze();
            }
            int left = ledger.held();
            if (left == 0) {
                LOG.info("every update taken was answered before stopping");
            } else if (ledger instanceof InMemoryUpdateLedger) {
                LOG.warn("stopping with {} updates acknowledged and not answered: with no shared or state folder"
                        + " they are lost", left);
            } else {
                LOG.warn("stopping with {} updates acknowledged and not answered yet: they stay in the update ledger,"
                        + " and another instance or the next start answers them", left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ledger.close();
            typing.close();
            closed.countDown();
            LOG.info("Telegram bot @{} (webhook) stopped", identity.userName());
        }
    }
}
