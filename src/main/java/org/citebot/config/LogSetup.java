package org.citebot.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Citebot's logging, set up in code: every message on standard error (standard output carries
 * replies and JSON), one line each, at the level of {@code CITEBOT_LOG_LEVEL} (a system property
 * or an environment variable; default {@code WARN}).
 *
 * <p>The same as a {@code logback.xml} would say, without reading one: parsing it took a fifth of
 * a start on the seeds (the XML parser and Logback's configuration model, some 700 classes).
 * A deployer's own file still wins: with {@code -Dlogback.configurationFile=FILE} this steps
 * aside. Found by Logback through {@code META-INF/services}.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {

    /** The setting that chooses the level. */
    public static final String LEVEL = "CITEBOT_LOG_LEVEL";
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(level(System.getProperty(LEVEL, System.getenv(LEVEL))));
        root.addAppender(stderr);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The level named {@code name} (any case), {@code WARN} when absent or unknown. */
    static Level level(String name) {
        return Level.toLevel(name == null ? null : name.strip(), Level.WARN);
    }
}
