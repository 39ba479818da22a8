package org.citebot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LogSetupTest {

    @Test
    void logbackFindsItAndLogsGoToStandardErrorAtTheChosenLevel() {
        // the test JVM's own logging was set up through the service file, not a logback.xml
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        var appender = assertInstanceOf(ConsoleAppender.class, root.getAppender("STDERR"));
        assertEquals("System.err", appender.getTarget());
        assertEquals(LogSetup.PATTERN, ((PatternLayoutEncoder) appender.getEncoder()).getPattern());
        assertEquals(LogSetup.level(System.getProperty(LogSetup.LEVEL, System.getenv(LogSetup.LEVEL))),
                root.getLevel());
    }

    @Test
    void aFreshContextIsSetUpTheSameWay() {
        LoggerContext context = new LoggerContext();
        LogSetup setup = new LogSetup();
        setup.setContext(context);
        assertEquals(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, setup.configure(context));
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertTrue(root.getAppender("STDERR").isStarted());
        context.stop();
    }

    @Test
    void theLevelIsReadInAnyCaseAndDefaultsToWarnings() {
        assertEquals(Level.DEBUG, LogSetup.level("debug"));
        assertEquals(Level.INFO, LogSetup.level(" INFO "));
        assertEquals(Level.WARN, LogSetup.level(null));
        assertEquals(Level.WARN, LogSetup.level("bavard"));
    }
}
