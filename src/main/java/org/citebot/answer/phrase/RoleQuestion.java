package org.citebot.answer.phrase;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.text.Folding;
import org.citebot.text.FrenchLexicon;

/**
 * The role a question asks the holder of, when the question is nothing but that role: « qui est
 * le directeur du musée ? », « c'est qui la porte-parole de la mairie », « comment s'appelle
 * l'entraîneur adjoint du club ? ». Its words are folded content words in the question's order
 * (determiners and prepositions dropped); one of them, the head, is a person's noun
 * ({@link PersonNouns}), the others are the adjectives and complements that narrow it, all of
 * which an article must give the holder for the role to be the one asked
 * ({@link RoleHolders}).
 *
 * <p>No role is read when the question holds what a sentence naming a role-holder cannot
 * confirm: a time (« en 2010 », « avant la fusion », « depuis quand », a month), or a clause
 * (« qui est le maire qui a signé… ? »): those are not questions about a role alone.
 *
 * @param words      the role's content words, folded, in the question's order
 * @param head       the index in {@code words} of the person's noun the role is named by
 * @param complement the index of the first word of its complements (after « de », « en »,
 *                   « auprès de »…): the words before it but the head are the head's own
 *                   adjectives (« régional » of « le directeur régional »), which an article must give
 *                   the head too, not its complement (« le directeur du parc régional »)
 */
public record RoleQuestion(List<String> words, int head, int complement) {

    /** Content words beyond which a question is more than a role. */
    static final int MAX_WORDS = 8;

    /** « qui est », « qui était », « c'est qui », « comment s'appelle »: the openings read, folded. */
    private static final Pattern OPENING = Pattern.compile(
            "^\\s*(?:qui\\s+(?:est|etait|fut|sera)(?:-ce)?|c'est\\s+qui|c'etait\\s+qui"
                    + "|comment\\s+s'appel(?:le|ait))\\s+(.+?)[\\s?!.]*$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");
    /** Determiners and prepositions inside a role (« la directrice du musée de la ville »). */
    static final Set<String> LINKS = FrenchLexicon.union(FrenchLexicon.ARTICLES, Set.of("au", "aux", "a", "en",
            "aupres", "pour", "chez", "dans", "sur", "et"));
    /** Prefixes that make a person's noun another person's noun (« vice-président », « sous-préfète »). */
    private static final Set<String> PREFIXES = Set.of("vice", "sous", "co");
    /** The links that open a complement. */
    private static final Set<String> PREPOSITIONS = Set.of("de", "du", "des", "d", "au", "aux", "a", "en",
            "aupres", "pour", "chez", "dans", "sur");
    /** Words that say « now », which every news article means of its roles. */
    private static final Set<String> NOW = Set.of("actuel", "actuelle", "actuellement", "aujourd", "hui",
            "maintenant");
    /** Words that date the role (or open a clause) in a way no title or apposition can confirm. */
    private static final Set<String> UNCHECKABLE = FrenchLexicon.union(FrenchLexicon.MONTHS.keySet(), Set.of("avant",
            "apres", "depuis", "jusqu", "jusque", "pendant", "lors", "durant", "entre", "vers", "quand", "lorsque",
            "moment", "temps", "epoque", "annee", "annees", "siecle", "qui", "que", "qu", "dont", "ou", "quel",
            "quelle", "lequel", "laquelle", "a", "ont", "est", "etait", "sont", "avait", "fait", "il", "elle", "ils",
            "elles", "on"));

    public RoleQuestion {
        words = List.copyOf(words);
        if (head < 0 || head >= words.size()) {
            throw new IllegalArgumentException("head " + head + " outside the role's words " + words);
        }
        if (complement <= head || complement > words.size()) {
            throw new IllegalArgumentException("complement " + complement + " not after the head " + head + " in "
                    + words);
        }
    }

    /** The person's noun the role is named by (« directrice »). */
    public String headWord() {
        return words.get(head);
    }

    /** The role asked by {@code question}, when it asks « who holds this role? » and nothing else. */
    public static Optional<RoleQuestion> read(String question, PersonNouns persons) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(persons, "persons");
        Matcher m = OPENING.matcher(Folding.fold(question).replace('’', '\''));
        if (!m.matches()) {
            return Optional.empty();
        }
        Matcher w = WORD.matcher(m.group(1).replace('\'', ' '));
        List<String> words = new ArrayList<>();
        int head = -1;
        int complement = -1;
        while (w.find()) {
            String word = w.group();
            if (UNCHECKABLE.contains(word) && !LINKS.contains(word) || word.chars().anyMatch(Character::isDigit)) {
                return Optional.empty();
            }
            if (LINKS.contains(word) || NOW.contains(word)) {
                if (head >= 0 && complement < 0 && PREPOSITIONS.contains(word)) {
                    complement = words.size();
                }
                continue;
            }
            if (head < 0 && isPersonNoun(word, persons)) {
                head = words.size();
            }
            words.add(word);
        }
        // The head comes first, or after the adjectives that may stand before a noun (« le nouveau
        // directeur »): a person's noun further on is a complement (« le chef des pilotes »).
        if (head < 0 || head > 1 || words.size() > MAX_WORDS) {
            return Optional.empty();
        }
        return Optional.of(new RoleQuestion(words, head, complement < 0 ? words.size() : complement));
    }

    /** Whether a folded word is a person's noun, a « vice- », « sous- » or « co- » one included. */
    static boolean isPersonNoun(String word, PersonNouns persons) {
        if (persons.isPerson(word)) {
            return true;
        }
        int dash = word.indexOf('-');
        return dash > 0 && PREFIXES.contains(word.substring(0, dash)) && persons.isPerson(word.substring(dash + 1));
    }
}
