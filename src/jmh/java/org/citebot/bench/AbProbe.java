package org.citebot.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Two builds of citebot compared in one JVM: each jar in its own class loader, the same question
 * answered by one then the other (who goes first alternates), the answering thread's CPU time
 * and allocation taken per answer.
 *
 * <p>Why: on a machine shared with other work, two runs taken one after the other meet different
 * loads, and at a load of ten JMH's wall times for the same jar differ tenfold between runs. Here
 * both builds meet the same load within the same milliseconds, so their ratio holds even when
 * the absolute figures do not. Run from the repository root, after the {@link AnswerBenchmark}
 * mix on {@code seeds/}; the first fifth of the passes warms up and is not counted.
 *
 * <pre>java -cp target/benchmarks.jar org.citebot.bench.AbProbe PASSES A.jar B.jar</pre>
 */
public final class AbProbe {

    private AbProbe() {
    }

    /** One build's citebot and its {@code answer} method, reached by reflection. */
    private record Build(Object bot, Method answer) {

        static Build open(Path jar) throws ReflectiveOperationException, java.io.IOException {
            ClassLoader loader = new URLClassLoader(new URL[]{jar.toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Class<?> configDir = loader.loadClass("org.citebot.config.ConfigDir");
            Class<?> settings = loader.loadClass("org.citebot.config.Settings");
            Class<?> citebot = loader.loadClass("org.citebot.qa.Citebot");
            Object config = configDir.getConstructor(Path.class).newInstance(Path.of("config"));
            Object loaded = settings.getMethod("load", configDir, Map.class).invoke(null, config, Map.of());
            Object bot = citebot.getMethod("open", Path.class, configDir, settings)
                    .invoke(null, Path.of("seeds"), config, loaded);
            return new Build(bot, citebot.getMethod("answer", String.class));
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: AbProbe PASSES A.jar B.jar");
            System.exit(2);
        }
        int passes = Integer.parseInt(args[0]);
        Build[] builds = {Build.open(Path.of(args[1])), Build.open(Path.of(args[2]))};
        List<String> questions = AnswerBenchmark.MIX;
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        double[][][] cpu = new double[2][questions.size()][passes];
        long[] allocated = new long[2];
        for (int pass = -passes / 5; pass < passes; pass++) {
            for (int q = 0; q < questions.size(); q++) {
                for (int turn = 0; turn < 2; turn++) {
                    int k = (pass + q) % 2 == 0 ? turn : 1 - turn;
                    long a = threads.getCurrentThreadAllocatedBytes();
                    long c = threads.getCurrentThreadCpuTime();
                    builds[k].answer().invoke(builds[k].bot(), questions.get(q));
                    long spent = threads.getCurrentThreadCpuTime() - c;
                    if (pass >= 0) {
                        cpu[k][q][pass] = spent / 1e6;
                        allocated[k] += threads.getCurrentThreadAllocatedBytes() - a;
                    }
                }
            }
        }
        double[] median = new double[2];
        double[] p10 = new double[2];
        for (int k = 0; k < 2; k++) {
            List<Double> all = new ArrayList<>();
            for (int q = 0; q < questions.size(); q++) {
                double[] x = cpu[k][q].clone();
                Arrays.sort(x);
                median[k] += x[x.length / 2] / questions.size();
                p10[k] += x[x.length / 10] / questions.size();
                for (double v : x) {
                    all.add(v);
                }
            }
            all.sort(null);
            int n = all.size();
            System.out.printf(Locale.ROOT, "%s CPU ms per answer: mean of the questions' p10 %.3f, of their medians %.3f;"
                            + " all answers p50 %.3f p90 %.3f p99 %.3f; %d KB allocated per answer%n",
                    k == 0 ? "A" : "B", p10[k], median[k], all.get(n / 2), all.get(n * 9 / 10), all.get(n * 99 / 100),
                    allocated[k] / 1024 / n);
        }
        System.out.printf(Locale.ROOT, "B/A: p10 %.3f, median %.3f%n", p10[1] / p10[0], median[1] / median[0]);
        System.exit(0); // the builds' own threads (Lucene, logging) need not be waited for
    }
}
