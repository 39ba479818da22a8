package org.citebot.chat.followup;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.citebot.qa.HostileText;
import org.citebot.question.AnswerType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Fuzzing of the follow-up reader over seeded random inputs: any message after any last question,
 * with or without a fact, is read without an exception, and a rewrite is a question of bounded
 * length. The seed is {@link HostileText#DEFAULT_SEED} unless {@code -Dcitebot.fuzz.seed=N} says
 * otherwise, so a failure can be replayed.
 */
class FollowUpsPropertiesTest {

    private static final int CASES = 2_000;
    private static final List<String> WORDS = List.of("et", "il", "elle", "ils", "lui", "leur", "l'", "la", "le",
            "les", "celui", "celle", "de", "du", "à", "a", "-t-il", "t", "qu'", "est", "-ce", "que", "quoi", "qui",
            "quand", "où", "combien", "pourquoi", "quel", "quelle", "alors", "là", "là-bas", "y", "en", "2018", "mars",
            "1er", "avant", "après", "maintenant", "source", "?", "'", "-", "Paul", "Durand", "mairie", "préfecture",
            "😀");
    private static final List<String> QUESTIONS = List.of("qui est le porte-parole de la mairie ?",
            "combien d'élèves l'école a-t-elle accueillis en 2015 ?", "où Claire Martin a-t-elle vu Paul Durand ?",
            "quand la mairie a-t-elle fermé l'école ?", "c'est qui le président du club ?", "?", "", "l'");

    private final FollowUps followUps = new FollowUps(FollowUpsTest.TOWN);

    @TestFactory
    Stream<DynamicTest> anyMessageIsReadWithoutAnException() {
        long seed = Long.getLong("citebot.fuzz.seed", HostileText.DEFAULT_SEED);
        Random random = new Random(seed);
        return IntStream.range(0, CASES).mapToObj(i -> {
            String message = message(random);
            String previous = random.nextInt(3) == 0 ? message(random) : QUESTIONS.get(random.nextInt(QUESTIONS.size()));
            String fact = message(random);
            AnswerType type = AnswerType.values()[random.nextInt(AnswerType.values().length)];
            return DynamicTest.dynamicTest("seed " + seed + " case " + i, () -> check(message, previous, fact, type));
        });
    }

    private void check(String message, String previous, String fact, AnswerType type) {
        Previous p = new Previous(previous, fact.isBlank() ? Optional.empty() : Optional.of(fact), type);
        Optional<FollowUps.FollowUp> f = followUps.read(message, previous, () -> p);
        f.filter(read -> read.kind() != FollowUps.Kind.SOURCES).ifPresent(read -> {
            assertTrue(read.question().endsWith("?"), read.question());
            assertTrue(read.question().length() <= 2 * (message.length() + previous.length() + fact.length()) + 40,
                    read.question());
        });
    }

    /** Any UTF-16 text up to 120 characters, or up to 12 French-looking words. */
    private static String message(Random random) {
        if (random.nextBoolean()) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(121);
            for (int i = 0; i < n; i++) {
                s.append((char) random.nextInt(Character.MAX_VALUE + 1));
            }
            return s.toString();
        }
        int n = random.nextInt(13);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return s.toString();
    }
}
