package org.citebot.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.citebot.corpus.Corpus;
import org.citebot.corpus.Document;
import org.citebot.text.Span;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the passage index on disk ({@code --index DIR}, setting {@code index.dir}) so that a
 * restart on an unchanged corpus skips indexing.
 *
 * <p>The index is reused only when its fingerprint matches: a SHA-256 of the analysis version and
 * of everything indexed (each document's id, text, title, outlet, date and content paragraphs, so a
 * changed boilerplate pattern counts too) — content, never file dates. A changed corpus, another
 * analysis version, a missing or half-written fingerprint, or an index Lucene's {@link CheckIndex}
 * finds broken is rebuilt, never served. A rebuild writes into a fresh folder and replaces the old
 * one only once complete, the fingerprint written last: a crash midway leaves a folder that does
 * not match and is rebuilt at the next start.
 */
public final class IndexStore {

    private static final Logger LOG = LoggerFactory.getLogger(IndexStore.class);
    static final String FINGERPRINT = "fingerprint.txt";
    static final String LUCENE = "lucene";

    /** How the index was obtained, for logs and tests. */
    public enum Origin { REUSED, BUILT }

    /** An opened index and how it was obtained. */
    public record Opened(LucenePassageIndex index, Origin origin) {
    }

    private IndexStore() {
    }

    /** The index of {@code corpus} kept in {@code dir}: reused when it matches, rebuilt otherwise. */
    public static Opened open(Path dir, Corpus corpus, PassageSplitter splitter, FrenchAnalysis analysis) {
        String fingerprint = fingerprint(corpus);
        try {
            Files.createDirectories(dir);
            Path lucene = dir.resolve(LUCENE);
            if (fingerprint.equals(stored(dir)) && Files.isDirectory(lucene)) {
                try {
                    check(lucene);
                    Directory fs = FSDirectory.open(lucene);
                    try {
                        return new Opened(LucenePassageIndex.open(fs, corpus, analysis), Origin.REUSED);
                    } catch (IOException e) {
                        fs.close();
                        throw e;
                    }
                } catch (IOException | RuntimeException e) {
                    LOG.warn("index in {} is unreadable ({}): rebuilding it", dir, e.toString());
                }
            } else if (Files.exists(lucene)) {
                LOG.info("index in {} was built for another corpus or analysis: rebuilding it", dir);
            }
            return new Opened(rebuild(dir, corpus, splitter, analysis, fingerprint), Origin.BUILT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the index in " + dir, e);
        }
    }

    private static LucenePassageIndex rebuild(Path dir, Corpus corpus, PassageSplitter splitter, FrenchAnalysis analysis,
                                              String fingerprint) throws IOException {
        Files.deleteIfExists(dir.resolve(FINGERPRINT));
        Path fresh = Files.createTempDirectory(dir, "building-");
        try (Directory fs = FSDirectory.open(fresh)) {
            LucenePassageIndex.build(corpus, splitter, analysis, fs).close();
        }
        Path lucene = dir.resolve(LUCENE);
        deleteTree(lucene);
        try {
            Files.move(fresh, lucene, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(fresh, lucene);
        }
        Path tmp = dir.resolve(FINGERPRINT + ".tmp");
        Files.writeString(tmp, fingerprint, StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve(FINGERPRINT), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        LOG.info("index built in {}", lucene);
        return LucenePassageIndex.open(FSDirectory.open(lucene), corpus, analysis);
    }

    /** Lucene's own consistency check (checksums of every file). */
    private static void check(Path lucene) throws IOException {
        try (Directory fs = FSDirectory.open(lucene); CheckIndex checker = new CheckIndex(fs)) {
            checker.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_CHECKSUM_CHECKS);
            CheckIndex.Status status = checker.checkIndex();
            if (!status.clean) {
                throw new IOException("CheckIndex found problems in " + lucene);
            }
        }
    }

    private static String stored(Path dir) throws IOException {
        Path f = dir.resolve(FINGERPRINT);
        return Files.isRegularFile(f) ? Files.readString(f, StandardCharsets.UTF_8).strip() : "";
    }

    /** The content fingerprint of what the index holds for {@code corpus}. */
    public static String fingerprint(Corpus corpus) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, "analysis " + FrenchAnalysis.VERSION + " passages " + PassageSplitter.VERSION
                    + " schema " + LucenePassageIndex.SCHEMA_VERSION);
            for (Document d : corpus.documents()) {
                update(sha, d.id());
                update(sha, d.text());
                update(sha, d.title());
                update(sha, d.outlet().orElse("") + "|" + d.date().map(Object::toString).orElse(""));
                for (Span p : d.paragraphs()) {
                    update(sha, p.start() + ":" + p.end());
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private static void update(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
