package org.citebot.chat.followup;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.citebot.question.AnswerType;

/**
 * Property-based fuzzing of the follow-up reader: any message after any last question, with or
 * without a fact, is read without an exception, and a rewrite is a question of bounded length.
 */
class FollowUpsPropertiesTest {

    private final FollowUps followUps = new FollowUps(FollowUpsTest.TOWN);

    @Provide
    Arbitrary<String> messages() {
        Arbitrary<String> anyText = Arbitraries.strings().all().ofMaxLength(120);
        Arbitrary<String> frenchish = Arbitraries.of("et", "il", "elle", "ils", "lui", "leur", "l'", "la", "le", "les",
                "celui", "celle", "de", "du", "à", "a", "-t-il", "t", "qu'", "est", "-ce", "que", "quoi", "qui", "quand",
                "où", "combien", "pourquoi", "quel", "quelle", "alors", "là", "là-bas", "y", "en", "2018", "mars", "1er",
                "avant", "après", "maintenant", "source", "?", "'", "-", "Paul", "Durand", "mairie", "préfecture", "😀")
                .list().ofMaxSize(12).map(words -> String.join(" ", words));
        return Arbitraries.oneOf(anyText, frenchish);
    }

    @Provide
    Arbitrary<String> questions() {
        return Arbitraries.oneOf(messages(), Arbitraries.of("qui est le porte-parole de la mairie ?",
                "combien d'élèves l'école a-t-elle accueillis en 2015 ?", "où Claire Martin a-t-elle vu Paul Durand ?",
                "quand la mairie a-t-elle fermé l'école ?", "c'est qui le président du club ?", "?", "", "l'"));
    }

    @Property(tries = 2_000)
    void anyMessageIsReadWithoutAnException(@ForAll("messages") String message, @ForAll("questions") String previous,
                                            @ForAll("messages") String fact, @ForAll AnswerType type) {
        Previous p = new Previous(previous, fact.isBlank() ? Optional.empty() : Optional.of(fact), type);
        Optional<FollowUps.FollowUp> f = followUps.read(message, previous, () -> p);
        f.filter(read -> read.kind() != FollowUps.Kind.SOURCES).ifPresent(read -> {
            assertTrue(read.question().endsWith("?"), read.question());
            assertTrue(read.question().length() <= 2 * (message.length() + previous.length() + fact.length()) + 40,
                    read.question());
        });
    }
}
