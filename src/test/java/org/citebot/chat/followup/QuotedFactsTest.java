package org.citebot.chat.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Facts read from a sentence the bot quoted or read, on invented sentences about an invented town. */
class QuotedFactsTest {

    @Test
    void aRoleNamesThePersonRightAfterOrBeforeIt() {
        assertEquals(Optional.of("Paul Durand"), QuotedFacts.of("qui est le porte-parole de la mairie ?", Optional.empty(),
                List.of("La fermeture a été confirmée par le porte-parole de la mairie, Paul Durand, lundi.")));
        assertEquals(Optional.of("Claire Martin"), QuotedFacts.of("qui est la trésorière du club ?", Optional.empty(),
                List.of("Le maire a reçu Claire Martin, trésorière du club nautique, en mai.")));
        // « russe » for « de la Russie »: a word by its first letters
        assertEquals(Optional.of("Ivan Petrov"), QuotedFacts.of("qui est le ministre de la culture de la russie ?",
                Optional.of("Selon le ministre russe de la Culture Ivan Petrov, le musée rouvrira."), List.of()));
    }

    @Test
    void anotherRoleOrTwoNamesGiveNothing() {
        // the sentence names the club's president, not the town's
        assertEquals(Optional.empty(), QuotedFacts.of("qui est le président de la mairie ?", Optional.empty(),
                List.of("Le président du club, Marc Petit, a signé.")));
        assertEquals(Optional.empty(), QuotedFacts.of("qui est le porte-parole de la mairie ?", Optional.empty(),
                List.of("Le porte-parole de la mairie, Paul Durand, a démenti.",
                        "Le porte-parole de la mairie Anne Roy a confirmé.")));
    }

    @Test
    void aCountIsTheNumberBeforeTheNounAskedInTheQuotedSentenceOnly() {
        String q = "combien d'élèves l'école a-t-elle accueillis en 2015 ?";
        assertEquals(Optional.of("300 élèves"), QuotedFacts.of(q, Optional.of("En 2015, l'école a accueilli 300 élèves."),
                List.of()));
        assertEquals(Optional.of("trois nouveaux élèves"), QuotedFacts.of(q,
                Optional.of("L'école a accueilli trois nouveaux élèves."), List.of()));
        assertEquals(Optional.empty(), QuotedFacts.of(q, Optional.of("L'école a accueilli 300 élèves puis 20 élèves."),
                List.of()));
        assertEquals(Optional.empty(), QuotedFacts.of(q, Optional.empty(), List.of("L'école a accueilli 300 élèves.")));
    }

    @Test
    void whoDidItIsTheOneNewNameOfTheQuotedSentence() {
        assertEquals(Optional.of("Paul Durand"), QuotedFacts.of("qui a annoncé la fermeture de l'école ?",
                Optional.of("L'école fermera en juin, a annoncé le porte-parole Paul Durand."), List.of()));
        // the name the question holds is not its answer; two new names are a guess
        assertEquals(Optional.of("Paul Durand"), QuotedFacts.of("qui Claire Martin a-t-elle rencontré ?",
                Optional.of("Claire Martin a rencontré Paul Durand à Lyon."), List.of()));
        assertEquals(Optional.empty(), QuotedFacts.of("qui a signé l'accord ?",
                Optional.of("Marc Petit et Anne Roy ont signé l'accord."), List.of()));
        // no sentence quoted as the answer: the first sentence shown to read, which the user read first
        assertEquals(Optional.of("Marc Petit"), QuotedFacts.of("qui a signé l'accord ?", Optional.empty(),
                List.of("Marc Petit a signé l'accord.")));
        assertEquals(Optional.empty(), QuotedFacts.of("qui a signé l'accord ?", Optional.empty(),
                List.of("L'accord a été signé à Lyon.", "Marc Petit a signé l'accord.")));
    }

    @Test
    void otherQuestionsGiveNothing() {
        assertEquals(Optional.empty(), QuotedFacts.of("quand l'école a-t-elle fermé ?",
                Optional.of("L'école a fermé le 3 mai 2020."), List.of()));
    }
}
