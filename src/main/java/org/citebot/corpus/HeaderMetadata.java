package org.citebot.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.text.DateMention;
import org.citebot.text.FrenchDates;
import org.citebot.text.FrenchTypography;

/**
 * The outlet and publication date an article states about itself, in the shapes news pages
 * use: « Publié le 18 octobre 2021 à 16h10 », a lone timestamp « 2021-10-19T22:22+0200 »,
 * a credit line « 19.10.2021, Le Journal du Soir » or « AFP, 18/10/2021 », a dateline
 * « PARIS, 18 octobre. /AFP/. ». Only short lines near the start or the end of the text are
 * read, where pages put them. Outlet names are never listed here: they come from the text.
 */
public final class HeaderMetadata {

    /** Lines read from each end of the article. */
    static final int EDGE_LINES = 8;
    /** A metadata line is short. */
    static final int MAX_LINE = 60;

    private static final Pattern PUBLISHED = Pattern.compile("(?i)^(publié|mis à jour|modifié|paru)\\s+le\\s+.*");
    private static final Pattern DATE_THEN_OUTLET = Pattern.compile(
            "(?:^|…|\\.\\.\\.|\\s)(\\d{1,2}[./]\\d{1,2}[./]\\d{4}),\\s*([\\p{Lu}][\\p{L}\\p{N} &'.-]{1,40})$");
    private static final Pattern OUTLET_THEN_DATE = Pattern.compile(
            "^([\\p{Lu}][\\p{L}\\p{N} &'.-]{1,40}),\\s*(\\d{1,2}[./]\\d{1,2}[./]\\d{4})$");
    private static final Pattern DATELINE_AGENCY = Pattern.compile("^[\\p{Lu}' -]+,\\s[^.]{3,30}\\.\\s*/([\\p{Lu}\\p{N} -]{2,20})/\\.");
    private static final Pattern TIMESTAMP = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*$");

    private final FrenchDates dates = new FrenchDates();

    /** What the text says of its source. */
    public record Found(Optional<String> outlet, Optional<LocalDate> date) {
    }

    /** Reads the lines of one article (its text split at line breaks). */
    public Found read(List<String> lines) {
        Optional<String> outlet = Optional.empty();
        Optional<LocalDate> date = Optional.empty();
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            if (i >= EDGE_LINES && i < n - EDGE_LINES) {
                continue;
            }
            String line = FrenchTypography.normalize(lines.get(i)).strip();
            String stated = null;
            String statedOutlet = null;
            Matcher m = DATE_THEN_OUTLET.matcher(line);
            if (m.find()) {
                stated = m.group(1);
                statedOutlet = m.group(2).strip();
            } else if (line.length() <= MAX_LINE && (m = OUTLET_THEN_DATE.matcher(line)).matches()) {
                stated = m.group(2);
                statedOutlet = m.group(1).strip();
            } else if (line.length() <= MAX_LINE
                    && (PUBLISHED.matcher(line).matches() || TIMESTAMP.matcher(line).matches())) {
                stated = line;
            }
            Matcher dateline = DATELINE_AGENCY.matcher(line);
            if (statedOutlet == null && dateline.find()) {
                statedOutlet = dateline.group(1).strip();
            }
            if (date.isEmpty() && stated != null) {
                date = fullDate(stated);
            }
            if (outlet.isEmpty() && statedOutlet != null) {
                outlet = Optional.of(statedOutlet);
            }
        }
        return new Found(outlet, date);
    }

    /** The first complete date (day, month and year) of {@code s}. */
    private Optional<LocalDate> fullDate(String s) {
        for (DateMention d : dates.find(s)) {
            if (d.year().isPresent() && d.month().isPresent() && d.day().isPresent()) {
                try {
                    return Optional.of(LocalDate.of(d.year().getAsInt(), d.month().getAsInt(), d.day().getAsInt()));
                } catch (DateTimeException invalid) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
