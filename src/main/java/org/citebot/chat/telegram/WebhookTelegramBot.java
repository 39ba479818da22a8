package org.citebot.chat.telegram;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
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
 */
public final class WebhookTelegramBot implements TelegramFrontEnd {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookTelegramBot.class);
    /** How long answers in flight may take to finish once closing. */
    private static final long DRAIN_MILLIS = 4_000;
    /** An answer slower than this shows « typing… » meanwhile. */
    private static final long TYPING_DELAY_MILLIS = 700;
    /** The updates the handler answers; others are not asked for. */
    static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query");

    private final WebhookServer server;
    private final ChatDispatcher dispatcher;
    private final TypingIndicator typing;
    private final BotIdentity identity;
    private final AtomicBoolean closing;
    private final CountDownLatch closed = new CountDownLatch(1);

    private WebhookTelegramBot(WebhookServer server, ChatDispatcher dispatcher, TypingIndicator typing,
                               BotIdentity identity, AtomicBoolean closing) {
        this.server = server;
        this.dispatcher = dispatcher;
        this.typing = typing;
        this.identity = identity;
        this.closing = closing;
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
        CitebotTelegramBot.registerCommands(client, settings);
        TypingIndicator typing = new TypingIndicator(chatId -> client.execute(SendChatAction.builder()
                .chatId(chatId).action(ActionType.TYPING.toString()).build()), TYPING_DELAY_MILLIS);
        TelegramUpdateHandler handler = new TelegramUpdateHandler(engine, identity,
                new PacedSender(new TelegramClientSender(client), settings.chatIntervalMillis()),
                settings.replyMax(), settings.examples().isEmpty() ? engine.exampleQuestions() : settings.examples(),
                typing::start, settings.gate());
        ChatDispatcher dispatcher = new ChatDispatcher();
        AtomicBoolean closing = new AtomicBoolean();
        Consumer<Update> intake = update -> {
            if (closing.get()) {
                throw new RejectedExecutionException("stopping");
            }
            dispatcher.submit(CitebotTelegramBot.chatKey(update), () -> handler.handle(update));
        };
        UpdateLedger ledger = webhook.sharedDir()
                .<UpdateLedger>map(dir -> new SharedUpdateLedger(dir, webhook.dedupeWindow()))
                .orElseGet(InMemoryUpdateLedger::new);
        WebhookServer server;
        try {
            server = WebhookServer.start(webhook.listen(), webhook.path(),
                    new WebhookEndpoint(webhook.secret(), ledger, intake));
        } catch (RuntimeException e) {
            stopQuietly(dispatcher, typing);
            throw e;
        }
        WebhookTelegramBot bot = new WebhookTelegramBot(server, dispatcher, typing, identity, closing);
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
     * delivers them again, to another instance), then lets answers in flight finish. Idempotent.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        try {
            server.close();
            dispatcher.shutdown(DRAIN_MILLIS, CitebotTelegramBot.GRACE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            typing.close();
            closed.countDown();
            LOG.info("Telegram bot @{} (webhook) stopped", identity.userName());
        }
    }
}
