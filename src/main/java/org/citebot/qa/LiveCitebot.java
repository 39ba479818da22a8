package org.citebot.qa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A citebot that follows its corpus folder while it runs: an article added, changed or removed
 * is picked up within a few seconds, without a restart.
 *
 * <p>A poller compares the folder's listing (names, sizes, modification times) every
 * {@code interval}; when it changed and then stayed the same for one more poll (a file still
 * being written keeps changing), a new {@link Citebot} is built aside and swapped in at once.
 * Answers in flight keep the instance they started with, which is closed only after a grace
 * period; a question never meets a half-built index. A rebuild that fails keeps the last good
 * one serving; a broken file is skipped by the loader with a warning and tried again at its next
 * change. Thread-safe.
 */
public final class LiveCitebot implements Supplier<Citebot>, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveCitebot.class);
    /** How long a replaced instance stays open for the answers that started on it. */
    static final Duration GRACE = Duration.ofSeconds(30);

    private final Supplier<Citebot> opener;
    private final Path corpusDir;
    private final AtomicReference<Citebot> current;
    private final ScheduledExecutorService scheduler;
    private final java.util.Queue<Citebot> retired = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private volatile String seen;
    private volatile String pending;

    private LiveCitebot(Path corpusDir, Supplier<Citebot> opener) {
        this.corpusDir = corpusDir;
        this.opener = opener;
        this.seen = listing(corpusDir);
        this.current = new AtomicReference<>(opener.get());
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "corpus-watcher");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Opens citebot on {@code corpusDir} with {@code opener} and watches the folder every
     * {@code interval} (no watching when it is zero).
     */
    public static LiveCitebot start(Path corpusDir, Supplier<Citebot> opener, Duration interval) {
        Objects.requireNonNull(corpusDir, "corpusDir");
        LiveCitebot live = new LiveCitebot(corpusDir, opener);
        if (!interval.isZero() && !interval.isNegative()) {
            live.scheduler.scheduleWithFixedDelay(live::poll, interval.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        return live;
    }

    /** The citebot serving now. */
    @Override
    public Citebot get() {
        return current.get();
    }

    /** Rebuilds from the folder now and swaps the new index in; false (old one kept) on failure. */
    public boolean reloadNow() {
        try {
            Citebot fresh = opener.get();
            Citebot old = current.getAndSet(fresh);
            retired.add(old);
            scheduler.schedule(() -> {
                if (retired.remove(old)) {
                    old.close();
                }
            }, GRACE.toMillis(), TimeUnit.MILLISECONDS);
            LOG.info("corpus {} reloaded: {} documents", corpusDir, fresh.corpus().documents().size());
            return true;
        } catch (RuntimeException e) {
            LOG.warn("corpus {} could not be reloaded, the previous index keeps serving: {}", corpusDir, e.toString());
            return false;
        }
    }

    private void poll() {
        try {
            String now = listing(corpusDir);
            if (now.equals(seen)) {
                pending = null;
                return;
            }
            if (!now.equals(pending)) {
                pending = now; // changed since the last poll: wait until it stays put
                return;
            }
            if (reloadNow()) {
                seen = now;
            }
            pending = null;
        } catch (RuntimeException e) {
            LOG.warn("cannot watch {}: {}", corpusDir, e.toString());
        }
    }

    /**
     * Names, sizes and modification times of the folder's articles: what a change touches.
     *
     * @throws IllegalArgumentException when {@code dir} is no folder (said as the corpus loader says it)
     */
    static String listing(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("corpus folder not found: " + dir);
        }
        try (Stream<Path> files = Files.list(dir)) {
            StringBuilder s = new StringBuilder();
            for (Path f : files.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                    .endsWith(".txt")).sorted().toList()) {
                s.append(f.getFileName()).append(' ').append(Files.size(f)).append(' ')
                        .append(Files.getLastModifiedTime(f).toMillis()).append('\n');
            }
            return s.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        for (Citebot old = retired.poll(); old != null; old = retired.poll()) {
            old.close();
        }
        current.get().close();
    }
}
