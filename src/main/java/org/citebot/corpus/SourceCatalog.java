package org.citebot.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citebot.config.ConfigDir;

/**
 * What a deployer states about each article in {@code config/sources.tsv}: a tab-separated
 * table with the header {@code file title outlet date url} (date as {@code yyyy-MM-dd}); any
 * cell but the file may be empty. The catalogue wins over what the text itself says.
 */
public final class SourceCatalog {

    public static final String FILE = "sources.tsv";

    /** One article's metadata; empty values are absent. */
    public record Entry(Optional<String> title, Optional<String> outlet, Optional<LocalDate> date,
                        Optional<String> url) {
    }

    private final Map<String, Entry> entries;

    public SourceCatalog(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    public static SourceCatalog empty() {
        return new SourceCatalog(Map.of());
    }

    /**
     * Parses the catalogue's lines (comments and blank lines already removed).
     *
     * @throws IllegalArgumentException naming the line when a date is malformed or a line has
     *                                  no file name
     */
    public static SourceCatalog parse(List<String> lines) {
        Map<String, Entry> entries = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String[] cells = lines.get(i).split("\t", -1);
            if (i == 0 && cells[0].strip().equalsIgnoreCase("file")) {
                continue;
            }
            String file = cells[0].strip();
            if (file.isEmpty()) {
                throw new IllegalArgumentException(FILE + ", line " + (i + 1) + ": no file name");
            }
            Optional<String> date = cell(cells, 3);
            try {
                entries.put(file, new Entry(cell(cells, 1), cell(cells, 2), date.map(LocalDate::parse), cell(cells, 4)));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(FILE + ", line " + (i + 1) + ": date '" + date.get()
                        + "' is not yyyy-MM-dd", e);
            }
        }
        return new SourceCatalog(entries);
    }

    public static SourceCatalog load(ConfigDir config) {
        return parse(config.lines(FILE));
    }

    public Optional<Entry> entry(String file) {
        return Optional.ofNullable(entries.get(file));
    }

    private static Optional<String> cell(String[] cells, int i) {
        return i < cells.length && !cells[i].isBlank() ? Optional.of(cells[i].strip()) : Optional.empty();
    }
}
