package org.citebot.question;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.citebot.text.Folding;

/**
 * Recognises messages that are not questions (greetings, thanks, an empty message) so the bot
 * answers them kindly instead of searching the articles.
 */
public final class SmallTalk {

    /** The kinds of non-questions. */
    public enum Kind { GREETING, THANKS, FAREWELL, EMPTY }

    private static final Set<String> GREETINGS = Set.of("bonjour", "salut", "coucou", "bonsoir", "hello", "hey",
            "yo", "hi", "bjr", "slt", "re", "allo", "bienvenue", "salutations");
    private static final Set<String> THANKS = Set.of("merci", "thanks", "thx", "mrc", "super", "parfait", "genial",
            "top", "cool", "ok", "d'accord", "daccord", "entendu", "bravo", "nickel");
    private static final Set<String> FAREWELLS = Set.of("au revoir", "bye", "a plus", "a bientot", "bonne journee",
            "bonne soiree", "ciao", "adieu", "a+");
    private static final Set<String> FILLERS = Set.of("beaucoup", "bien", "a", "toi", "vous", "tout", "le", "monde",
            "citebot", "bot", "!", "merci", "encore", "tres", "ca", "va", "bonjour", "salut", "cher", "chere");

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}'+ ]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SmallTalk() {
    }

    /** The kind of non-question {@code text} is, or empty for a real question. */
    public static Optional<Kind> classify(String text) {
        String t = text == null ? "" : SPACES.matcher(NOT_A_WORD.matcher(Folding.fold(text)).replaceAll(" ").strip())
                .replaceAll(" ");
        if (t.isEmpty()) {
            return Optional.of(Kind.EMPTY);
        }
        if (FAREWELLS.contains(t)) {
            return Optional.of(Kind.FAREWELL);
        }
        String[] words = t.split(" ");
        if (words.length > 5) {
            return Optional.empty();
        }
        Kind kind = null;
        for (String w : words) {
            if (GREETINGS.contains(w) && kind == null) {
                kind = Kind.GREETING;
            } else if (THANKS.contains(w) && kind == null) {
                kind = Kind.THANKS;
            } else if (!FILLERS.contains(w) && !GREETINGS.contains(w) && !THANKS.contains(w)) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(kind);
    }
}
