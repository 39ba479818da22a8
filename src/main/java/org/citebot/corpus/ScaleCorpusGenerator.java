package org.citebot.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.text.SentenceSplitter;
import org.citebot.text.Span;

/**
 * Grows a French corpus of exactly {@code n} passages out of real articles, to measure how
 * indexing and answering scale with the corpus (the performance issue's 10k, 100k and 1M
 * passage corpora).
 *
 * <p>The source articles are written out first, unchanged and under their own file names, so a
 * question about them still has its answer, now among many decoys. The rest are synthetic
 * articles: a title sentence, then paragraphs of one to five sentences drawn from the sources'
 * sentences, most from one « topic » article and the others from anywhere (so articles keep some
 * coherence for article-level scoring), and in some sentences every figure of three digits or
 * more is replaced by another of the same length (so the vocabulary grows a little with the
 * corpus, as real news does through figures; names and words do not grow: the term dictionary
 * stays that of the sources, see BENCHMARKS.md).
 *
 * <p>Deterministic: the same sources, seed and size give byte-identical files ({@link Random} is
 * specified exactly). The size is exact: each article is counted with the caller's passage count
 * (the loader and splitter the index itself uses) and the last one is cut to fit.
 */
public final class ScaleCorpusGenerator {

    /** Share of an article's sentences drawn from its topic article. */
    static final double TOPIC_SHARE = 0.7;
    /** Share of synthetic sentences whose figures are renumbered. */
    static final double RENUMBER_SHARE = 0.3;
    static final int MIN_PARAGRAPHS = 2;
    static final int MAX_PARAGRAPHS = 12;
    static final int MAX_SENTENCES_PER_PARAGRAPH = 5;
    private static final Pattern FIGURE = Pattern.compile("\\d{3,}");

    private final CorpusLoader loader;
    private final SentenceSplitter sentences;
    private final ToIntFunction<Document> passageCount;

    /**
     * @param loader       reads the sources, and re-reads each generated article to count it
     * @param sentences    cuts the sources' paragraphs into the sentences to recombine
     * @param passageCount passages the index makes of a document
     */
    public ScaleCorpusGenerator(CorpusLoader loader, SentenceSplitter sentences, ToIntFunction<Document> passageCount) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.sentences = Objects.requireNonNull(sentences, "sentences");
        this.passageCount = Objects.requireNonNull(passageCount, "passageCount");
    }

    /** What was written: files and passages. */
    public record Summary(int files, long passages) {
    }

    /**
     * Writes a corpus of exactly {@code passages} passages into {@code out} (created; it must
     * hold no {@code .txt} file yet) from the articles of {@code sources}.
     *
     * @throws IllegalArgumentException when the sources hold no article, their own passages
     *                                  already exceed {@code passages}, or {@code out} is not empty
     */
    public Summary generate(List<Path> sources, long passages, long seed, Path out) {
        if (passages < 1) {
            throw new IllegalArgumentException("passages must be at least 1, was " + passages);
        }
        List<Document> originals = new ArrayList<>();
        sources.forEach(dir -> originals.addAll(loader.load(dir).documents()));
        if (originals.isEmpty()) {
            throw new IllegalArgumentException("no article in " + sources);
        }
        try {
            Files.createDirectories(out);
            try (var list = Files.list(out)) {
                if (list.anyMatch(p -> p.toString().endsWith(".txt"))) {
                    throw new IllegalArgumentException("output folder " + out + " already holds articles");
                }
            }
            return write(originals, passages, new Random(seed), out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus into " + out, e);
        }
    }

    private Summary write(List<Document> originals, long target, Random random, Path out) throws IOException {
        long written = 0;
        int files = 0;
        for (Document d : originals) {
            int n = passageCount.applyAsInt(d);
            if (written + n > target) {
                throw new IllegalArgumentException("the sources alone hold more than " + target + " passages");
            }
            Files.writeString(out.resolve(d.id()), d.text(), StandardCharsets.UTF_8);
            written += n;
            files++;
        }
        List<List<String>> topics = originals.stream().map(this::sentencesOf).filter(s -> !s.isEmpty()).toList();
        List<String> all = topics.stream().flatMap(List::stream).toList();
        int synthetic = 0;
        while (written < target) {
            String name = String.format(java.util.Locale.ROOT, "scale_%07d.txt", synthetic++);
            Article a = article(topics.get(random.nextInt(topics.size())), all, random);
            int n = fit(a, name, target - written);
            if (n == 0) {
                continue;
            }
            Files.writeString(out.resolve(name), a.text(), StandardCharsets.UTF_8);
            written += n;
            files++;
        }
        return new Summary(files, written);
    }

    /** The sentences of a document's content paragraphs, title line left out. */
    private List<String> sentencesOf(Document d) {
        List<String> out = new ArrayList<>();
        for (Span p : d.paragraphs().subList(1, d.paragraphs().size())) {
            sentences.split(d.text(), p).forEach(s -> out.add(s.of(d.text())));
        }
        return out;
    }

    /** A synthetic article as lines: its title, then its paragraphs. */
    private record Article(List<String> lines) {
        String text() {
            return String.join("\n", lines) + "\n";
        }
    }

    private Article article(List<String> topic, List<String> all, Random random) {
        List<String> lines = new ArrayList<>();
        lines.add(topic.get(random.nextInt(topic.size())));
        int paragraphs = MIN_PARAGRAPHS + random.nextInt(MAX_PARAGRAPHS - MIN_PARAGRAPHS + 1);
        for (int p = 0; p < paragraphs; p++) {
            int count = 1 + random.nextInt(MAX_SENTENCES_PER_PARAGRAPH);
            StringBuilder paragraph = new StringBuilder();
            for (int s = 0; s < count; s++) {
                List<String> from = random.nextDouble() < TOPIC_SHARE ? topic : all;
                String sentence = from.get(random.nextInt(from.size()));
                if (random.nextDouble() < RENUMBER_SHARE) {
                    sentence = renumber(sentence, random);
                }
                paragraph.append(s == 0 ? "" : " ").append(sentence);
            }
            lines.add(paragraph.toString());
        }
        return new Article(lines);
    }

    /** {@code sentence} with each figure of three digits or more replaced by another as long. */
    static String renumber(String sentence, Random random) {
        Matcher m = FIGURE.matcher(sentence);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            StringBuilder figure = new StringBuilder();
            figure.append((char) ('1' + random.nextInt(9)));
            for (int i = 1; i < m.group().length(); i++) {
                figure.append((char) ('0' + random.nextInt(10)));
            }
            m.appendReplacement(out, figure.toString());
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Cuts trailing paragraphs off {@code a} until it holds at most {@code room} passages, and
     * returns how many it holds (0 when even its title alone is too much or it reads as empty).
     */
    private int fit(Article a, String name, long room) {
        while (!a.lines().isEmpty()) {
            var doc = loader.document(name, a.text());
            int n = doc.map(passageCount::applyAsInt).orElse(0);
            if (n <= room) {
                return n;
            }
            a.lines().remove(a.lines().size() - 1);
        }
        return 0;
    }
}
