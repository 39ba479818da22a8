package org.citebot.index.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Real OpenSearch nodes for tests: separate processes on 127.0.0.1, each with its own config,
 * data and log folders in a temporary folder, forming one cluster.
 *
 * <p>OpenSearch refuses to run as root, and CI runs as root: then the nodes run as an
 * unprivileged user ({@value #USER}, created when missing) through {@code runuser}. The node
 * processes (and their children) are destroyed by {@link #close}, by {@link #kill}, and by a
 * JVM shutdown hook should the tests end any other way. Their process ids are also written to
 * {@value #PID_FILE} under the working folder: should the test JVM itself be killed outright,
 * the next start ends the nodes it left (those ids only, and only while they still run
 * OpenSearch).
 */
final class LocalOpenSearchCluster implements AutoCloseable {

    static final String USER = "citebot-os";
    static final String HEAP = "256m";
    static final String PID_FILE = "target/opensearch-test-nodes.pid";

    private final Path root;
    private final List<Process> nodes;
    private final List<URI> urls;
    private final Thread hook;

    private LocalOpenSearchCluster(Path root, List<Process> nodes, List<URI> urls) {
        this.root = root;
        this.nodes = nodes;
        this.urls = urls;
        this.hook = new Thread(this::destroyAll, "opensearch-test-nodes-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Why nodes cannot be started from {@code home} here, or empty when they can be tried. */
    static Optional<String> unavailable(String home) {
        if (home == null || home.isBlank()) {
            return Optional.of("system property opensearch.home not set (run through mvn verify)");
        }
        if (!Files.isRegularFile(Path.of(home, "bin", "opensearch"))) {
            return Optional.of("no OpenSearch distribution at " + home + " (mvn verify unpacks it from Maven Central "
                    + "unless -Dopensearch.skip=true; it could not be fetched or was skipped)");
        }
        if (Runtime.version().feature() < 21) {
            return Optional.of("OpenSearch needs a JDK 21+, the tests run on " + Runtime.version());
        }
        if (isRoot() && !Files.isExecutable(Path.of("/usr/sbin/runuser")) && !Files.isExecutable(Path.of("/sbin/runuser"))) {
            return Optional.of("running as root without runuser: OpenSearch refuses to run as root");
        }
        return Optional.empty();
    }

    /**
     * Starts {@code count} nodes of the distribution at {@code home} and waits until the cluster
     * is green with all of them, at most {@code timeout}.
     *
     * @throws IllegalStateException with the nodes' last log lines when they do not come up
     */
    static LocalOpenSearchCluster start(Path home, int count, Duration timeout) throws IOException, InterruptedException {
        endLeftovers();
        Path root = Files.createTempDirectory("citebot-opensearch");
        root.toFile().setReadable(true, false);
        root.toFile().setExecutable(true, false);
        if (isRoot()) {
            ensureUser();
            if (!readableBy(home)) {
                home = copy(home, root.resolve("opensearch"));
            }
        }
        int[] ports = freePorts(2 * count);
        int[] http = java.util.Arrays.copyOfRange(ports, 0, count);
        int[] transport = java.util.Arrays.copyOfRange(ports, count, 2 * count);
        String seeds = java.util.Arrays.stream(transport).mapToObj(p -> "\"127.0.0.1:" + p + "\"")
                .collect(Collectors.joining(","));
        String managers = java.util.stream.IntStream.rangeClosed(1, count).mapToObj(i -> "\"node-" + i + "\"")
                .collect(Collectors.joining(","));
        List<Process> processes = new ArrayList<>();
        List<URI> urls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path node = root.resolve("node-" + (i + 1));
            configure(home, node, "node-" + (i + 1), http[i], transport[i], seeds, managers);
            urls.add(URI.create("http://127.0.0.1:" + http[i]));
        }
        if (isRoot()) {
            run("chown", "-R", USER, root.toString());
        }
        LocalOpenSearchCluster cluster = new LocalOpenSearchCluster(root, processes, urls);
        try {
            for (int i = 0; i < count; i++) {
                processes.add(launch(home, root.resolve("node-" + (i + 1))));
            }
            recordPids(processes);
            cluster.awaitGreen(count, timeout);
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException e) {
            String logs = cluster.logTails();
            cluster.close();
            throw new IllegalStateException("OpenSearch nodes did not start: " + e.getMessage() + "\n" + logs, e);
        }
    }

    List<URI> urls() {
        return urls;
    }

    /** Kills node {@code i} (from 0) at once, as a crash would. */
    void kill(int i) {
        destroy(nodes.get(i), true);
    }

    private static void configure(Path home, Path node, String name, int http, int transport, String seeds,
                                  String managers) throws IOException {
        Path conf = node.resolve("config");
        Files.createDirectories(conf);
        for (Path d : List.of(node.resolve("data"), node.resolve("logs"), node.resolve("tmp"))) {
            Files.createDirectories(d);
        }
        try (Stream<Path> files = Files.walk(home.resolve("config"))) {
            for (Path f : files.toList()) {
                Path target = conf.resolve(home.resolve("config").relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        // The shipped jvm.options name logs/, data and agent/ relative to the working folder,
        // and ask for a 1 GB heap.
        String jvm = Files.readString(conf.resolve("jvm.options"), StandardCharsets.UTF_8)
                .replaceAll("(?m)^-Xms\\S+$", "-Xms" + HEAP)
                .replaceAll("(?m)^-Xmx\\S+$", "-Xmx" + HEAP)
                .replace("=logs/", "=" + node.resolve("logs") + "/")
                .replace("file=logs/", "file=" + node.resolve("logs") + "/")
                .replace("HeapDumpPath=data", "HeapDumpPath=" + node.resolve("data"))
                .replace("-javaagent:agent/", "-javaagent:" + home.resolve("agent") + "/")
                // Small test nodes on a small machine: the serial collector and the client
                // compiler start faster and spend less CPU than G1 and C2.
                .replace("11-:-XX:+UseG1GC", "-XX:+UseSerialGC\n-XX:TieredStopAtLevel=1")
                .replace("11-:-XX:G1ReservePercent=25", "")
                .replace("11-:-XX:InitiatingHeapOccupancyPercent=30", "");
        Files.writeString(conf.resolve("jvm.options"), jvm, StandardCharsets.UTF_8);
        Files.writeString(conf.resolve("opensearch.yml"), String.join("\n",
                "cluster.name: citebot-test",
                "node.name: " + name,
                "network.host: 127.0.0.1",
                "http.port: " + http,
                "transport.port: " + transport,
                "discovery.seed_hosts: [" + seeds + "]",
                "cluster.initial_cluster_manager_nodes: [" + managers + "]",
                "path.data: " + node.resolve("data"),
                "path.logs: " + node.resolve("logs"),
                // A nearly full test disk must not leave the replicas unassigned.
                "cluster.routing.allocation.disk.threshold_enabled: false",
                ""), StandardCharsets.UTF_8);
    }

    private static Process launch(Path home, Path node) throws IOException {
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            command.addAll(List.of("runuser", "-u", USER, "--"));
        }
        command.addAll(List.of("/usr/bin/env",
                "OPENSEARCH_JAVA_HOME=" + System.getProperty("java.home"),
                "OPENSEARCH_PATH_CONF=" + node.resolve("config"),
                "OPENSEARCH_TMPDIR=" + node.resolve("tmp"),
                "/bin/bash", home.resolve("bin/opensearch").toString()));
        return new ProcessBuilder(command).directory(node.toFile()).redirectErrorStream(true)
                .redirectOutput(node.resolve("console.log").toFile()).start();
    }

    private void awaitGreen(int count, Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            for (Process p : nodes) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("a node exited with code " + p.exitValue());
                }
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(urls.get(0).resolve(
                        "/_cluster/health?wait_for_nodes=" + count + "&wait_for_status=green&timeout=5s"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                last = r.body();
                if (r.statusCode() == 200 && r.body().contains("\"status\":\"green\"")) {
                    return;
                }
            } catch (IOException e) {
                last = e.toString();
                Thread.sleep(1000);
            }
        }
        throw new IllegalStateException("cluster not green with " + count + " nodes within " + timeout + ": " + last);
    }

    private String logTails() {
        StringBuilder s = new StringBuilder();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path node : dirs.filter(d -> d.getFileName().toString().startsWith("node-")).sorted().toList()) {
                Path log = node.resolve("console.log");
                if (Files.isRegularFile(log)) {
                    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                    s.append("--- ").append(node.getFileName()).append(" (last lines)\n");
                    lines.subList(Math.max(0, lines.size() - 15), lines.size()).forEach(l -> s.append(l).append('\n'));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            s.append("(logs unreadable: ").append(e.getMessage()).append(")");
        }
        return s.toString();
    }

    private void destroyAll() {
        nodes.forEach(p -> destroy(p, false));
    }

    /** Ends {@code p} and every process it started (runuser → the node's JVM). */
    private static void destroy(Process p, boolean forcibly) {
        List<ProcessHandle> tree = new ArrayList<>(p.descendants().toList());
        tree.add(p.toHandle());
        for (ProcessHandle h : tree) {
            if (forcibly) {
                h.destroyForcibly();
            } else {
                h.destroy();
            }
        }
        for (ProcessHandle h : tree) {
            try {
                h.onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                h.destroyForcibly();
            }
        }
    }

    @Override
    public void close() {
        destroyAll();
        try {
            Files.deleteIfExists(Path.of(PID_FILE));
        } catch (IOException e) {
            // a stale pid file only makes the next start check ids that no longer run OpenSearch
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: nothing left to remove
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing a test for
        }
    }

    /** Writes the ids of the node processes and their children (the nodes' JVMs) once these run. */
    private static void recordPids(List<Process> processes) throws IOException, InterruptedException {
        Thread.sleep(2000); // runuser and the launch script have started the node's JVM by now
        List<String> pids = new ArrayList<>();
        for (Process p : processes) {
            pids.add(Long.toString(p.pid()));
            p.descendants().forEach(d -> pids.add(Long.toString(d.pid())));
        }
        Path file = Path.of(PID_FILE);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, pids, StandardCharsets.UTF_8);
    }

    /** Ends the nodes a previous test JVM recorded and could not stop (it was killed outright). */
    private static void endLeftovers() throws IOException {
        Path file = Path.of(PID_FILE);
        if (!Files.isRegularFile(file)) {
            return;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            try {
                ProcessHandle.of(Long.parseLong(line.strip()))
                        .filter(h -> h.info().commandLine().orElse("").contains("opensearch"))
                        .ifPresent(h -> {
                            System.out.println("OpenSearch test node left by an earlier run, ended: " + h.pid());
                            h.destroyForcibly();
                        });
            } catch (NumberFormatException e) {
                // not a process id: nothing to end
            }
        }
        Files.delete(file);
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void ensureUser() throws IOException, InterruptedException {
        if (run("id", "-u", USER) != 0
                && run("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", USER) != 0) {
            throw new IllegalStateException("cannot create the user " + USER + " to run OpenSearch as");
        }
    }

    /** Whether the unprivileged user can read the distribution where it lies (not under /root, say). */
    private static boolean readableBy(Path home) throws IOException, InterruptedException {
        return run("runuser", "-u", USER, "--", "test", "-r", home.resolve("lib").toString(), "-a", "-x",
                home.resolve("lib").toString()) == 0;
    }

    private static Path copy(Path home, Path target) throws IOException, InterruptedException {
        if (run("cp", "-r", home.toString(), target.toString()) != 0) {
            throw new IllegalStateException("cannot copy " + home + " to " + target);
        }
        return target;
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor();
    }

    private static int[] freePorts(int count) throws IOException {
        int[] ports = new int[count];
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                held.add(s);
                ports[i] = s.getLocalPort();
            }
        } finally {
            for (ServerSocket s : held) {
                s.close();
            }
        }
        return ports;
    }
}
