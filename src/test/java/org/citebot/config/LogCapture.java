package org.citebot.config;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Keeps the warnings a test provokes on purpose out of the build's console and makes the test
 * assert them: while each test of a class that registers it runs, every log event goes to memory
 * and to {@code target/test-logs/CLASS.log} instead of standard error.
 *
 * <p>A test claims what it expected with {@link #assertLogged}; once it ends, the events at WARN
 * or above that no claim of that test matches are written to standard error as usual, so an
 * unexpected warning still shows in {@code mvn verify}. Register it as a field:
 *
 * <pre>{@code
 * @RegisterExtension
 * final LogCapture log = new LogCapture();
 * ...
 * log.assertLogged(Level.WARN, StartRetry.class, "not reachable yet");
 * }</pre>
 *
 * <p>Logback's appenders are global, so events of every thread are captured meanwhile; test
 * classes run one at a time in a Surefire or Failsafe fork.
 */
public final class LogCapture implements BeforeEachCallback, AfterEachCallback {

    private static final Path DIR = Path.of("target", "test-logs");
    /** The log files begun by this JVM: the first write of a run replaces the last run's file. */
    private static final Set<Path> BEGUN = ConcurrentHashMap.newKeySet();

    private record Claim(Level level, String logger, String part) {

        boolean matches(ILoggingEvent event) {
            return event.getLevel().isGreaterOrEqual(level) && event.getLoggerName().endsWith(logger)
                    && event.getFormattedMessage().contains(part);
        }
    }

    private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();
    private final List<Claim> claims = new CopyOnWriteArrayList<>();
    private final List<Appender<ILoggingEvent>> consoles = new ArrayList<>();
    private Logger root;
    private Appender<ILoggingEvent> capture;
    private PatternLayout layout;

    @Override
    public void beforeEach(ExtensionContext context) {
        LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = logback.getLogger(Logger.ROOT_LOGGER_NAME);
        layout = new PatternLayout();
        layout.setContext(logback);
        layout.setPattern(LogSetup.PATTERN);
        layout.start();
        events.clear();
        claims.clear();
        consoles.clear();
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
            consoles.add(it.next());
        }
        consoles.forEach(root::detachAppender);
        AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                event.prepareForDeferredProcessing();
                events.add(event);
            }
        };
        appender.setContext(logback);
        appender.setName("TEST-CAPTURE");
        appender.start();
        capture = appender;
        root.addAppender(capture);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        root.detachAppender(capture);
        capture.stop();
        consoles.forEach(root::addAppender);
        List<ILoggingEvent> seen = List.copyOf(events);
        write(context, seen);
        for (ILoggingEvent event : seen) {
            if (event.getLevel().isGreaterOrEqual(Level.WARN) && claims.stream().noneMatch(c -> c.matches(event))) {
                consoles.forEach(a -> a.doAppend(event));
            }
        }
    }

    /**
     * Asserts that an event at {@code level} or above came from {@code source} with {@code part}
     * in its message, and claims every such event of this test as expected (later ones too).
     */
    public void assertLogged(Level level, Class<?> source, String part) {
        assertLogged(level, source.getName(), part);
    }

    /** {@link #assertLogged(Level, Class, String)} for a logger named {@code logger} (or ending so). */
    public void assertLogged(Level level, String logger, String part) {
        Claim claim = new Claim(level, logger, part);
        claims.add(claim);
        assertTrue(events.stream().anyMatch(claim::matches), () -> "no " + level + " from " + logger + " containing « "
                + part + " » in the log of this test:\n" + String.join("", lines()));
    }

    /**
     * Claims, without asserting it, every event at {@code level} or above from a logger named
     * {@code logger} (or ending so) with {@code part} in its message: for warnings a race may or
     * may not provoke.
     */
    public void expect(Level level, String logger, String part) {
        claims.add(new Claim(level, logger, part));
    }

    /** The events of this test so far, one formatted line each (stack traces included). */
    public List<String> lines() {
        return events.stream().map(layout::doLayout).toList();
    }

    private void write(ExtensionContext context, List<ILoggingEvent> seen) {
        if (seen.isEmpty()) {
            return;
        }
        Path file = DIR.resolve(context.getRequiredTestClass().getName() + ".log");
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "=== %s%n", context.getDisplayName()));
        seen.forEach(e -> text.append(layout.doLayout(e)));
        try {
            Files.createDirectories(DIR);
            if (BEGUN.add(file)) {
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } else {
                Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the log of " + context.getDisplayName() + " to " + file, e);
        }
    }
}
