package org.citebot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.citebot.config.ConfigDir;
import org.citebot.config.Settings;
import org.citebot.qa.Citebot;

/**
 * Answer latency as wall time and as the answering thread's CPU time, per question: on a machine
 * shared with other work, wall-time tails measure the neighbours (a thread waiting for a core),
 * CPU time measures citebot. Complements the JMH figures, not a replacement.
 *
 * <pre>java -cp target/benchmarks.jar org.citebot.bench.LatencyProbe CORPUS INDEX PASSES QUESTIONS.jsonl...</pre>
 *
 * INDEX {@code -} keeps the index in memory, as a start without {@code index.dir} does. The
 * first pass warms up (JIT, caches) and is not counted.
 */
public final class LatencyProbe {

    private LatencyProbe() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: LatencyProbe CORPUS INDEX PASSES QUESTIONS.jsonl...");
            System.exit(2);
        }
        ObjectMapper json = new ObjectMapper();
        List<String> questions = new ArrayList<>();
        for (String file : Arrays.copyOfRange(args, 3, args.length)) {
            for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    questions.add(json.readTree(line).get("question").asText());
                }
            }
        }
        int passes = Integer.parseInt(args[2]);
        ConfigDir config = new ConfigDir(Path.of("config"));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        try (Citebot bot = Citebot.open(Path.of(args[0]), config, Settings.load(config, Map.of()),
                args[1].equals("-") ? Optional.empty() : Optional.of(Path.of(args[1])))) {
            System.out.printf(Locale.ROOT, "opened in %.1f s, %d questions, %d passes (first is warm-up)%n",
                    (System.nanoTime() - t0) / 1e9, questions.size(), passes);
            List<Double> wall = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            double[] bestCpu = new double[questions.size()];
            Arrays.fill(bestCpu, Double.MAX_VALUE);
            java.util.Map<Integer, List<Double>> perQuestion = new java.util.HashMap<>();
            var allocation = (com.sun.management.ThreadMXBean) threads;
            long allocated = 0;
            for (int pass = 0; pass < passes; pass++) {
                for (int i = 0; i < questions.size(); i++) {
                    String q = questions.get(i);
                    long w = System.nanoTime();
                    long c = threads.getCurrentThreadCpuTime();
                    long a = allocation.getCurrentThreadAllocatedBytes();
                    bot.answer(q);
                    if (pass > 0) {
                        allocated += allocation.getCurrentThreadAllocatedBytes() - a;
                    }
                    if (pass > 0) {
                        double millis = (threads.getCurrentThreadCpuTime() - c) / 1e6;
                        cpu.add(millis);
                        bestCpu[i] = Math.min(bestCpu[i], millis);
                        perQuestion.computeIfAbsent(i, k -> new ArrayList<>()).add(millis);
                        wall.add((System.nanoTime() - w) / 1e6);
                    }
                }
            }
            print("wall", wall);
            print("cpu ", cpu);
            // Each question's fastest pass: what it costs when nothing else gets in its way, the
            // figure to compare two versions by on a busy machine.
            print("best", Arrays.stream(bestCpu).boxed().toList());
            if (questions.size() <= 12) {
                for (int i = 0; i < questions.size(); i++) {
                    double[] q = perQuestion.get(i).stream().mapToDouble(Double::doubleValue).sorted().toArray();
                    System.out.printf(Locale.ROOT, "  best %.3f  p10 %.3f  p50 %.3f  p90 %.3f ms  %s%n", bestCpu[i],
                            q[q.length / 10], q[q.length / 2], q[q.length * 9 / 10], questions.get(i));
                }
            }
            System.out.printf(Locale.ROOT, "allocated per answer: %.0f KB%n", allocated / 1024.0 / cpu.size());
        }
    }

    private static void print(String what, List<Double> millis) {
        double[] s = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%s ms: n %d  p50 %.2f  p90 %.2f  p99 %.2f  max %.2f  mean %.2f%n", what, s.length,
                s[s.length / 2], s[(int) (s.length * 0.9)], s[(int) (s.length * 0.99)], s[s.length - 1],
                Arrays.stream(s).average().orElse(0));
    }
}
