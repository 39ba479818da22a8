package org.citebot.chat.telegram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * citebot's Telegram bot in a JVM of its own ({@code java -jar target/citebot.jar telegram}, the
 * shaded jar Maven builds before the integration tests), as a deployer runs it: so that a test can
 * kill it ({@link #kill}, SIGKILL), stop it ({@link #stop}, SIGTERM) and start it again on the same
 * state folder. Its standard output and error go to a log file the test can read.
 */
final class BotProcess implements AutoCloseable {

    static final Path JAR = Path.of("target", "citebot.jar");

    private final Process process;
    private final Path log;

    private BotProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts the bot in the project's folder (for {@code seeds/} and {@code config/}) with
     * {@code environment} added to this JVM's, its output in {@code log}.
     */
    static BotProcess start(Map<String, String> environment, Path log) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run 'mvn package' (or 'mvn verify') first");
        }
        Files.createDirectories(log.getParent());
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx512m", "-jar", JAR.toString(), "telegram"))
                .redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().keySet().removeIf(k -> k.startsWith("CITEBOT_") || k.startsWith("TELEGRAM_"));
        builder.environment().putAll(environment);
        return new BotProcess(builder.start(), log);
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /**
     * SIGTERM, as a service manager stops it, then waits up to {@code within} for the exit.
     *
     * @return the exit code, or -1 when it did not exit in time (then it is killed)
     */
    int stop(Duration within) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            return -1;
        }
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** What the bot wrote so far. */
    String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
