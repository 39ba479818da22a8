package org.citebot.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.citebot.text.Span;

/** Interim loader: UTF-8 only, every non-empty line a paragraph. */
public final class CorpusLoader {

    public static CorpusLoader fromConfig(org.citebot.config.ConfigDir config) {
        return new CorpusLoader();
    }

    public Corpus load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("corpus folder not found: " + dir);
        }
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                List<Span> paras = new ArrayList<>();
                int pos = 0;
                for (String line : text.split("\n", -1)) {
                    Span s = new Span(pos, pos + line.length()).trim(text);
                    if (s.length() > 0) {
                        paras.add(s);
                    }
                    pos += line.length() + 1;
                }
                String title = paras.isEmpty() ? f.getFileName().toString() : paras.get(0).of(text);
                docs.add(new Document(f.getFileName().toString(), text, title, Optional.empty(), Optional.empty(),
                        Optional.empty(), paras));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Corpus(docs, List.of());
    }
}
