package org.citebot.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.citebot.config.ConfigDir;

/**
 * Lines of web boilerplate to leave out of the index (« Subscribe to our newsletters »,
 * « Quitter la version mobile », tag lists), as regular expressions a deployer edits in
 * {@code config/boilerplate.txt}: one per line, matched against a whole trimmed line, ignoring
 * case. Patterns describe kinds of lines, never particular files.
 */
public final class BoilerplatePatterns {

    public static final String FILE = "boilerplate.txt";

    private final List<Pattern> patterns;

    public BoilerplatePatterns(List<String> regexes) {
        List<Pattern> compiled = new ArrayList<>();
        for (int i = 0; i < regexes.size(); i++) {
            try {
                compiled.add(Pattern.compile(regexes.get(i), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(FILE + ": pattern " + (i + 1) + " is not a valid regular expression: "
                        + regexes.get(i) + " (" + e.getDescription() + ")", e);
            }
        }
        this.patterns = List.copyOf(compiled);
    }

    public static BoilerplatePatterns load(ConfigDir config) {
        return new BoilerplatePatterns(config.lines(FILE));
    }

    public boolean isBoilerplate(String line) {
        String t = line.strip();
        for (Pattern p : patterns) {
            if (p.matcher(t).matches()) {
                return true;
            }
        }
        return false;
    }
}
