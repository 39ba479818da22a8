package org.citebot.answer.reply;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.citebot.answer.Answer;
import org.citebot.answer.Citation;
import org.citebot.answer.Finding;
import org.citebot.config.ConfigDir;

/**
 * Words an {@link Answer} as the French chat reply, from templates a deployer can edit
 * ({@code config/templates.properties}; any missing key falls back to the built-in French text).
 * The fact comes first, then the verbatim quote and its source, then agreement or disagreement.
 *
 * <p>Every sentence the bot says to a user is a template here, so a deployer rewords the bot in one
 * file: the replies, the help, the chat's buttons and what they show, and the front ends' own
 * messages ({@link #line}: « ce bot est réservé… », the Telegram command menu). Log lines and
 * exceptions stay in English, for the operator.
 */
public final class ReplyTemplates {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);

    private final Properties templates;

    private ReplyTemplates(Properties templates) {
        this.templates = templates;
    }

    /** The built-in French templates, as a deployer's config folder without {@code templates.properties} gets them. */
    public static ReplyTemplates builtIn() {
        return BuiltIn.TEMPLATES;
    }

    /** The templates of {@code config}'s {@code templates.properties}, the built-in text for any key it lacks. */
    public static ReplyTemplates load(ConfigDir config) {
        Properties p = new Properties(BuiltIn.TEMPLATES.templates);
        Path file = config.resolve("templates.properties");
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return new ReplyTemplates(p);
    }

    /** The resource beside this class, read once. */
    private static final class BuiltIn {
        static final ReplyTemplates TEMPLATES = read();

        private static ReplyTemplates read() {
            Properties defaults = new Properties();
            try (InputStream in = ReplyTemplates.class.getResourceAsStream("templates.properties")) {
                if (in == null) {
                    throw new IllegalStateException("built-in templates.properties missing from the class path");
                }
                defaults.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new ReplyTemplates(defaults);
        }
    }

    /** The template {@code key} with its placeholders filled. */
    public String fill(String key, Map<String, String> values) {
        String t = templates.getProperty(key, "");
        for (var e : values.entrySet()) {
            t = t.replace("{" + e.getKey() + "}", e.getValue());
        }
        return t;
    }

    /** The template {@code key}, which has no placeholder. */
    public String line(String key) {
        return fill(key, Map.of());
    }

    /** The reply to {@code answer}, as the user reads it. */
    public String reply(Answer answer, String example) {
        return switch (answer.outcome()) {
            case SMALL_TALK -> smallTalk(answer, example);
            case QUOTED -> quoted(answer);
            case DECLINED -> decline(answer);
            case ANSWERED -> answer.findings().size() > 1 ? disagreement(answer) : agreement(answer);
        };
    }

    private String smallTalk(Answer answer, String example) {
        var kind = org.citebot.question.SmallTalk.classify(answer.question().text())
                .orElse(org.citebot.question.SmallTalk.Kind.EMPTY);
        return switch (kind) {
            case GREETING -> fill("greeting", Map.of("example", example));
            case THANKS -> fill("thanks", Map.of());
            case FAREWELL -> fill("farewell", Map.of());
            case EMPTY -> fill("empty", Map.of());
        };
    }

    private String agreement(Answer answer) {
        Finding f = answer.findings().get(0);
        List<String> lines = new ArrayList<>();
        lines.add(fill("fact." + answer.question().type(), Map.of("fact", capitalise(f.fact()))));
        Citation c = f.citations().get(0);
        lines.add(fill("source", Map.of("quote", c.quote(), "source", source(c))));
        int others = f.documents() - 1;
        if (others == 1) {
            lines.add(fill("confirmed.one", Map.of()));
        } else if (others > 1) {
            lines.add(fill("confirmed.many", Map.of("n", Integer.toString(others))));
        }
        return String.join("\n", lines);
    }

    private String disagreement(Answer answer) {
        List<String> lines = new ArrayList<>();
        lines.add(fill("disagree", Map.of()));
        for (Finding f : answer.findings()) {
            Citation c = f.citations().get(0);
            lines.add(fill("disagree.item", Map.of("fact", f.fact(), "quote", c.quote(), "source", source(c))));
        }
        return String.join("\n", lines);
    }

    /** Sure of the sentence, not of the phrase: the sentences themselves are the answer to read. */
    private String quoted(Answer answer) {
        List<Citation> quotes = answer.toRead();
        if (quotes.size() == 1) {
            Citation c = quotes.get(0);
            return fill("quote.unsure", Map.of()) + "\n" + fill("quote.passage", Map.of("quote", c.quote(), "source", source(c)));
        }
        return list("quote.unsure.many", "quote.item", quotes);
    }

    private String decline(Answer answer) {
        List<Citation> quotes = answer.toRead();
        String decline = fill("decline", Map.of());
        if (quotes.isEmpty()) {
            return decline + "\n" + fill("decline.nothing", Map.of());
        }
        if (quotes.size() == 1) {
            Citation c = quotes.get(0);
            return decline + "\n" + fill("decline.nearest", Map.of("quote", c.quote(), "source", source(c)));
        }
        return decline + "\n" + list("decline.nearest.many", "decline.item", quotes);
    }

    private String list(String header, String item, List<Citation> quotes) {
        List<String> lines = new ArrayList<>();
        lines.add(fill(header, Map.of()));
        for (Citation c : quotes) {
            lines.add(fill(item, Map.of("quote", c.quote(), "source", source(c))));
        }
        return String.join("\n", lines);
    }

    /** « Title (Outlet, 18 octobre 2021) », with whatever of outlet and date is known. */
    public static String source(Citation c) {
        List<String> parts = new ArrayList<>();
        c.outlet().ifPresent(parts::add);
        c.date().map(ReplyTemplates::frenchDate).ifPresent(parts::add);
        return parts.isEmpty() ? c.title() : c.title() + " (" + String.join(", ", parts) + ")";
    }

    public static String frenchDate(LocalDate date) {
        String s = FRENCH_DATE.format(date);
        return s.startsWith("1 ") ? "1er " + s.substring(2) : s;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.FRENCH) + s.substring(1);
    }
}
