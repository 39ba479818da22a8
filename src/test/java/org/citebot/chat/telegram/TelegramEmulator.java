package org.citebot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The Bot API emulator (telegram-test-api 4.2.1 with the fixes of {@code start.js}) as a process
 * for a test: started on a free loopback port, read through its client routes, stopped on close.
 * {@link #startOrSkipReason} gives the reason to skip when Node.js or npm is missing.
 */
final class TelegramEmulator implements AutoCloseable {

    private static final Path DIR = Path.of("src", "test", "telegram-emulator");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final URI base;

    private TelegramEmulator(Process process, URI base) {
        this.process = process;
        this.base = base;
    }

    /** Why the emulator cannot run here (a tool missing), if it cannot. */
    static Optional<String> skipReason() {
        for (String tool : List.of("node", "npm")) {
            if (!onPath(tool)) {
                return Optional.of("'" + tool + "' is not on the PATH (Node.js is needed for the telegram-test-api"
                        + " emulator)");
            }
        }
        return Optional.empty();
    }

    /** Installs the pinned emulator if needed and starts it; {@code log} receives its standard error. */
    static TelegramEmulator start(Path log) throws IOException, InterruptedException {
        if (!Files.isDirectory(DIR.resolve("node_modules").resolve("telegram-test-api"))) {
            // Not inheritIO: the forked test JVM's standard streams are Maven's channel to it, and npm
            // turns an inherited stdin non-blocking ("std/in stream corrupted", the fork then hangs).
            Path npmLog = Files.createDirectories(Path.of("target")).resolve("npm-ci.log");
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(DIR.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectErrorStream(true).redirectOutput(npmLog.toFile()).start();
            if (!npm.waitFor(3, TimeUnit.MINUTES)) {
                npm.destroyForcibly();
                throw new IllegalStateException("npm ci took more than 3 minutes in " + DIR);
            }
            assertEquals(0, npm.exitValue(), "npm ci failed in " + DIR + "; see " + npmLog);
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder("node", "start.js", Integer.toString(port), "127.0.0.1")
                .directory(DIR.toFile()).redirectError(ProcessBuilder.Redirect.to(log.toFile())).start();
        String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        assertEquals("READY " + port, line, "emulator did not start; see " + log);
        return new TelegramEmulator(process, URI.create("http://127.0.0.1:" + port));
    }

    /** The Bot API base URL to give the bot ({@code TELEGRAM_API_URL}). */
    URI base() {
        return base;
    }

    /** POSTs JSON to one of the emulator's routes and returns its JSON answer (status 200 expected). */
    JsonNode post(String path, ObjectNode body) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    /** The messages the bot of {@code token} sent to {@code chatId} and not fetched yet. */
    List<JsonNode> botMessages(String token, long chatId) throws IOException, InterruptedException {
        List<JsonNode> messages = new ArrayList<>();
        post("/getUpdates", JSON.createObjectNode().put("token", token).put("chatId", chatId)).get("result")
                .forEach(u -> messages.add(u.get("message")));
        return messages;
    }

    /** The setWebhook calls the bot of {@code token} made, as form fields. */
    List<JsonNode> webhookCalls(String token) throws IOException, InterruptedException {
        List<JsonNode> calls = new ArrayList<>();
        post("/webhooks", JSON.createObjectNode().put("token", token)).get("result").forEach(calls::add);
        return calls;
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
