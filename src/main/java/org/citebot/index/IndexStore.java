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
    /** The whole-article index beside the passages (see {@link ArticleIndex}). */
    static final String ARTICLES = "articles";

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
            Path articles = dir.resolve(ARTICLES);
            if (fingerprint.equals(stored(dir)) && Files.isDirectory(lucene) && Files.isDirectory(articles)) {
                try {
                    check(lucene);
                    check(articles);
                    return new Opened(open(lucene, articles, corpus, analysis), Origin.REUSED);
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
        Path freshArticles = Files.createTempDirectory(dir, "building-articles-");
        try (Directory fs = FSDirectory.open(fresh); Directory articles = FSDirectory.open(freshArticles)) {
            LucenePassageIndex.build(corpus, splitter, analysis, fs, articles).close();
        }
        Path lucene = dir.resolve(LUCENE);
        Path articles = dir.resolve(ARTICLES);
        replace(fresh, lucene);
        replace(freshArticles, articles);
        Path tmp = dir.resolve(FINGERPRINT + ".tmp");
        Files.writeString(tmp, fingerprint, StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve(FINGERPRINT), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        LOG.info("index built in {}", lucene);
        return open(lucene, articles, corpus, analysis);
    }

    private static LucenePassageIndex open(Path lucene, Path articles, Corpus corpus, FrenchAnalysis analysis)
            throws IOException {
        Directory fs = FSDirectory.open(lucene);
        Directory articleFs = FSDirectory.open(articles);
        try {
            return LucenePassageIndex.open(fs, articleFs, corpus, analysis);
        } catch (IOException | RuntimeException e) {
            fs.close();
            articleFs.close();
            throw e;
        }
    }

    private static void replace(Path fresh, Path target) throws IOException {
        deleteTree(target);
        try {
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(fresh, target);
        }
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
