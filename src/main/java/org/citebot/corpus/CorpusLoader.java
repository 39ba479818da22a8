package org.citebot.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.citebot.config.ConfigDir;
import org.citebot.text.Folding;
import org.citebot.text.Span;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a folder of articles: every {@code .txt} file is one document.
 *
 * <p>A bad file never stops the load: it is skipped (binary, empty, unreadable) or decoded with
 * a fallback (not UTF-8), and a warning says which and why. Per document, the paragraphs are
 * the content lines: boilerplate lines (see {@link BoilerplatePatterns}) and lines repeating an
 * earlier one (a title printed twice, a timestamp thrice) are left out. The title is the first
 * content line, or its first sentence when that line is a whole paragraph; outlet and date come
 * from {@code config/sources.tsv}, else from what the text states ({@link HeaderMetadata}).
 */
public final class CorpusLoader {

    private static final Logger LOG = LoggerFactory.getLogger(CorpusLoader.class);
    /** A first line longer than this is a paragraph, not a title: its first sentence is used. */
    static final int MAX_TITLE = 160;

    private final SourceCatalog catalog;
    private final BoilerplatePatterns boilerplate;
    private final TextDecoder decoder = new TextDecoder();
    private final HeaderMetadata header = new HeaderMetadata();

    public CorpusLoader(SourceCatalog catalog, BoilerplatePatterns boilerplate) {
        this.catalog = catalog;
        this.boilerplate = boilerplate;
    }

    /** A loader with the catalogue and boilerplate patterns of {@code config}. */
    public static CorpusLoader fromConfig(ConfigDir config) {
        return new CorpusLoader(SourceCatalog.load(config), BoilerplatePatterns.load(config));
    }

    /**
     * Loads every {@code .txt} file of {@code dir}, in file-name order.
     *
     * @throws IllegalArgumentException when {@code dir} is not a readable folder
     */
    public Corpus load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("corpus folder not found: " + dir);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".txt"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot list corpus folder " + dir + ": " + e.getMessage(), e);
        }
        List<Document> documents = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Path file : files) {
            read(file, warnings).ifPresent(documents::add);
        }
        if (documents.isEmpty()) {
            warnings.add(dir + ": no readable .txt article");
        }
        warnings.forEach(w -> LOG.warn("{}", w));
        return new Corpus(documents, warnings);
    }

    private Optional<Document> read(Path file, List<String> warnings) {
        String name = file.getFileName().toString();
        try {
            TextDecoder.Decoded decoded = decoder.decode(name, Files.readAllBytes(file));
            decoded.warning().ifPresent(warnings::add);
            Optional<Document> doc = document(name, decoded.text());
            if (doc.isEmpty()) {
                warnings.add(name + ": nothing but boilerplate, skipped");
            }
            return doc;
        } catch (TextDecoder.UnreadableFile e) {
            warnings.add(e.getMessage());
        } catch (IOException e) {
            warnings.add(name + ": cannot be read (" + e.getMessage() + "), skipped");
        }
        return Optional.empty();
    }

    /** The document of one decoded text, or empty when no content line is left. */
    public Optional<Document> document(String name, String text) {
        List<Span> lines = lines(text);
        List<Span> paragraphs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Span line : lines) {
            String content = line.of(text);
            if (boilerplate.isBoilerplate(content) || !seen.add(Folding.fold(content))) {
                continue;
            }
            paragraphs.add(line);
        }
        if (paragraphs.isEmpty()) {
            return Optional.empty();
        }
        var entry = catalog.entry(name);
        HeaderMetadata.Found stated = header.read(lines.stream().map(l -> l.of(text)).toList());
        String title = entry.flatMap(SourceCatalog.Entry::title).orElse(title(paragraphs.get(0).of(text)));
        return Optional.of(new Document(name, text, title,
                entry.flatMap(SourceCatalog.Entry::outlet).or(stated::outlet),
                entry.flatMap(SourceCatalog.Entry::date).or(stated::date),
                entry.flatMap(SourceCatalog.Entry::url), paragraphs));
    }

    /** The non-blank lines of {@code text}, trimmed, as spans; {@code \r\n} and {@code \r} too. */
    static List<Span> lines(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                Span line = new Span(start, i).trim(text);
                if (line.length() > 0) {
                    out.add(line);
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static String title(String firstLine) {
        if (firstLine.length() <= MAX_TITLE) {
            return firstLine;
        }
        var sentences = new org.citebot.text.IcuSentenceSplitter().split(firstLine, new Span(0, firstLine.length()));
        String first = sentences.isEmpty() ? firstLine : sentences.get(0).of(firstLine);
        return first.length() <= MAX_TITLE ? first : first.substring(0, first.lastIndexOf(' ', MAX_TITLE)) + "…";
    }
}
