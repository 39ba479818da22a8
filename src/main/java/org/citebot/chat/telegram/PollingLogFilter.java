package org.citebot.chat.telegram;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

/**
 * TelegramBots' polling log as an operator can read it. The library's {@code BotSession} logs
 * every failed {@code getUpdates} call at ERROR with its whole stack trace, and again (an ERROR and
 * a WARN, two more traces) when closing the bot interrupts a call in flight, which
 * {@link CitebotTelegramBot#close} does by design.
 *
 * <p>This Logback filter turns a failed call into one WARN line naming its cause and the wait
 * before the next try (what an operator can act on: the network, the Bot API's status), and drops
 * the interruptions that closing causes (the updates of that call are not confirmed, so Telegram
 * gives them again at the next start). With the library's logger at DEBUG
 * ({@code CITEBOT_LOG_LEVEL=DEBUG}) its own events pass untouched, stack traces included.
 *
 * <p>Token-safe as the library's lines were: OkHttp's messages show a URL without its path, and
 * the path is where the token is. Thread-safe: stateless.
 */
final class PollingLogFilter extends TurboFilter {

    /** The library class whose events this filter rewrites. */
    static final String SESSION_LOGGER = "org.telegram.telegrambots.longpolling.BotSession";
    private static final String FAILED_POLL = "Error received from Telegram GetUpdates Request";
    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(PollingLogFilter.class);

    /** Adds the filter to Logback once; does nothing when SLF4J is bound to another backend. */
    static synchronized void install() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && context.getTurboFilterList().stream().noneMatch(f -> f instanceof PollingLogFilter)) {
            PollingLogFilter filter = new PollingLogFilter();
            filter.setContext(context);
            filter.setName("citebot-telegram-polling");
            filter.start();
            context.addTurboFilter(filter);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level == null || !level.isGreaterOrEqual(Level.WARN) || !SESSION_LOGGER.equals(logger.getName())
                || Level.DEBUG.isGreaterOrEqual(logger.getEffectiveLevel())) {
            return FilterReply.NEUTRAL;
        }
        Throwable error = t != null ? t : lastThrowable(params);
        if (error == null) {
            return FilterReply.NEUTRAL;
        }
        if (interrupted(error)) {
            LOG.debug("a getUpdates call in flight was cut short by closing the bot");
        } else if (format != null && format.startsWith(FAILED_POLL) && params != null && params.length > 0
                && params[0] instanceof Number wait) {
            LOG.warn("polling the Bot API failed ({}); next try in {} ms", cause(error), wait);
        } else {
            String message = MessageFormatter.basicArrayFormat(format, params);
            LOG.warn("TelegramBots: {} ({})", message, cause(error));
        }
        return FilterReply.DENY;
    }

    private static Throwable lastThrowable(Object[] params) {
        return params != null && params.length > 0 && params[params.length - 1] instanceof Throwable e ? e : null;
    }

    /** Whether {@code error} comes of an interrupted thread (our own close, nothing else interrupts the poller). */
    static boolean interrupted(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof InterruptedException || e instanceof InterruptedIOException) {
                return true;
            }
        }
        return false;
    }

    /** The messages along the cause chain, each once: « IOException: unexpected end of stream on … ». */
    static String cause(Throwable error) {
        List<String> parts = new ArrayList<>();
        Throwable last = error;
        for (Throwable e = error; e != null; e = e.getCause()) {
            last = e;
            String message = e.getMessage();
            if (message != null && !message.isBlank() && !message.equals("null")
                    && parts.stream().noneMatch(p -> p.contains(message))) {
                parts.add(e.getClass().getSimpleName() + ": " + message.strip());
            }
        }
        return parts.isEmpty() ? last.getClass().getSimpleName() : String.join("; caused by ", parts);
    }
}
