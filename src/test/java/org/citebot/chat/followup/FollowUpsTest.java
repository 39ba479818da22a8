package org.citebot.chat.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.citebot.question.AnswerType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Follow-ups of invented dialogues about an invented town, read against an invented corpus:
 * the last question, the fact it got (empty when declined) and its type, then the message and
 * the full question it stands for.
 */
class FollowUpsTest {

    /** The articles of the town: names the corpus writes with a capital are names. */
    static final CorpusVocabulary TOWN = CorpusVocabulary.of(List.of(
            "Le porte-parole de la mairie, Paul Durand, a confirmé la fermeture de l'école Jean-Moulin. "
                    + "La porte-parole de la Préfecture, Claire Martin, a rencontré M. Durand à Lyon. "
                    + "Selon l'ONU, la ville compte 300 élèves de plus. Le président du Club Nautique, Marc Petit, "
                    + "et le trésorier du Club Nautique ont signé l'accord de Lyon en 2015."));

    private final FollowUps followUps = new FollowUps(TOWN);

    private Optional<FollowUps.FollowUp> read(String previous, String fact, String type, String message) {
        return InventedExchange.read(followUps, previous, fact, type, message);
    }

    @ParameterizedTest(name = "{1} after {0}")
    @CsvSource(delimiter = '|', textBlock = """
            pourquoi la mairie ferme l'école ?         | ça a commencé comment ?    | ça a commencé comment mairie ferme école ?
            qui a signé l'accord de Lyon ?             | c'était bien ?             | c'était bien signé accord Lyon ?
            quand la préfecture a-t-elle réagi ?       | et la mairie ?             | et la mairie préfecture réagi ?
            """)
    void aShortMessageIsWidenedWithTheLastQuestionsOwnWordsItLacks(String last, String message, String widened) {
        FollowUps.FollowUp f = followUps.widened(message, last).orElseThrow();
        assertEquals(FollowUps.Kind.CONTEXT, f.kind());
        assertEquals(widened, f.question());
    }

    @ParameterizedTest(name = "{1} after {0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            pourquoi la mairie ferme l'école ?         | combien d'élèves compte la ville de Lyon ?
            pourquoi la mairie ferme l'école ?         | /aide
            pourquoi la mairie ferme l'école ?         | la mairie ferme l'école ?
            NULL                                       | ça a commencé comment ?
            """)
    void aMessageThatSaysEnoughOfItsOwnOrACommandIsNeverWidened(String last, String message) {
        assertTrue(followUps.widened(message, last).isEmpty(), message);
    }

    @Test
    void aLongLastMessageIsNoQuestionToWidenWith() {
        String longLast = "pourquoi la mairie ferme l'école " + "et la piscine ".repeat(40) + "?";
        assertTrue(followUps.widened("ça a commencé comment ?", longLast).isEmpty());
        String manyWords = "pourquoi la mairie ferme l'école de Lyon avec le club nautique, la préfecture, les élèves"
                + " du quartier nord et le trésorier en mars selon le président du comité ?";
        FollowUps.FollowUp f = followUps.widened("et alors ?", manyWords).orElseThrow();
        assertTrue(f.introduced().size() <= 12, f.question());
    }

    @ParameterizedTest(name = "{3} after {0}")
    @CsvSource(delimiter = '|', textBlock = """
            qui est le porte-parole de la mairie ?   | Paul Durand  | PERSON   | et celle de la préfecture ?  | qui est la porte-parole de la préfecture ?
            qui est la porte-parole de la mairie ?   | Claire Martin| PERSON   | et celui de la préfecture ?  | qui est le porte-parole de la préfecture ?
            qui est le porte-parole de la mairie ?   | Paul Durand  | PERSON   | et la préfecture ?           | qui est le porte-parole de la préfecture ?
            qui est le porte-parole de la mairie ?   | Paul Durand  | PERSON   | et l'ONU ?                   | qui est le porte-parole de l'ONU ?
            qui est le président du club nautique ?  | Marc Petit   | PERSON   | et le trésorier ?            | qui est le trésorier du club nautique ?
            qui est le président du club nautique ?  | Marc Petit   | PERSON   | et le vice-président ?       | qui est le vice-président du club nautique ?
            qui est le porte-parole de la mairie ?   | Paul Durand  | PERSON   | et au Club Nautique ?        | qui est le porte-parole du Club Nautique ?
            qui est le président du club nautique ?  | Marc Petit   | PERSON   | la présidente de l'ONU ?     | qui est la présidente de l'ONU ?
            combien de manifestants à Lyon ?         |              | OTHER    | et à Paris ?                 | combien de manifestants à Paris ?
            qui dirige l'ONU ?                       |              | OTHER    | et la Belgique ?             | qui dirige la Belgique ?
            où Claire Martin a-t-elle vu Paul Durand ?| Lyon        | PLACE    | et Marc Petit ?              | où Marc Petit a-t-elle vu Paul Durand ?
            qui est le porte-parole de la mairie ?   | Paul Durand  | PERSON   | et pour la préfecture ?      | qui est le porte-parole de la préfecture ?
            qui est le porte-parole de la mairie ?   | Paul Durand  | PERSON   | et côté préfecture ?         | qui est le porte-parole de préfecture ?
            qui est le porte-parole de la mairie ?   | Paul Durand  | PERSON   | et du côté de l'ONU ?        | qui est le porte-parole de l'ONU ?
            qui est le porte-parole de la mairie ?   | Paul Durand  | PERSON   | et l'ONU, c'est qui ?        | qui est le porte-parole de l'ONU ?
            quand la mairie a-t-elle fermé sa piscine ?| mai 2020   | DATE     | et celle du Club Nautique ?  | quand la mairie a-t-elle fermé la piscine du Club Nautique ?
            qui est le porte-parole de la mairie ?   | Paul Durand  | PERSON   | non, je voulais dire de la préfecture | qui est le porte-parole de la préfecture ?
            qui est le porte-parole de la mairie ?   | Paul Durand  | PERSON   | pareil pour l'ONU            | qui est le porte-parole de l'ONU ?
            qui est le porte-parole de la mairie ?   | Paul Durand  | PERSON   | même chose pour l'ONU        | qui est le porte-parole de l'ONU ?
            qui est le président de la mairie ?      | Paul Durand  | PERSON   | et du Club Nautique ?        | qui est le président du Club Nautique ?
            quelle est la décision de la mairie du 3 mai ?|             | OTHER    | et la réponse de l'ONU ?     | quelle est la réponse de l'ONU ?
            pourquoi la mairie a fermé 3 écoles à Lyon ?|            | REASON   | et à Paris ?                 | pourquoi la mairie a fermé des écoles à Paris ?
            quand l'école de la mairie a-t-elle fermé ?|               | DATE     | et la piscine du Club Nautique ?| quand la piscine du Club Nautique a-t-elle fermé ?
            en quelle année le marché couvert a-t-il ouvert ?| 1998    | DATE     | et la piscine ?              | en quelle année la piscine a-t-elle ouvert ?
            """)
    void swapsTheEntityOrTheRole(String previous, String fact, String type, String message, String full) {
        assertEquals(full, read(previous, fact, type, message).orElseThrow().question());
        assertEquals(FollowUps.Kind.SWAP, read(previous, fact, type, message).orElseThrow().kind());
    }

    @ParameterizedTest(name = "{3} after {0}")
    @CsvSource(delimiter = '|', textBlock = """
            combien de manifestants à Lyon ?           |        | OTHER    | et en 2018 ?       | combien de manifestants à Lyon en 2018 ?
            en mars 2018, combien de manifestants ?    |        | OTHER    | et en 2019 ?       | combien de manifestants en 2019 ?
            combien d'élèves comptait l'école en 2015 ?| 250    | QUANTITY | et maintenant ?    | combien d'élèves compte l'école maintenant ?
            combien d'élèves comptait l'école en 2015 ?| 250    | QUANTITY | et avant ?         | combien d'élèves comptait l'école avant 2015 ?
            combien d'élèves compte l'école ?          | 300    | QUANTITY | et avant ?         | combien d'élèves comptait l'école avant ?
            combien d'élèves compte l'école ?          | 300    | QUANTITY | et le 3 mars 2010 ?| combien d'élèves compte l'école le 3 mars 2010 ?
            combien d'élèves compte l'école ?          | 300    | QUANTITY | et ceux de 2010 ?  | combien d'élèves compte l'école en 2010 ?
            qui dirigeait le club avant la fusion ?    |        | PERSON   | et après ?         | qui dirigeait le club après la fusion ?
            combien d'élèves comptait l'école en 2015 ?| 250    | QUANTITY | et l'année d'avant ?| combien d'élèves comptait l'école en 2014 ?
            qui dirigeait le club en 2015 ?            | Marc Petit | PERSON | et avant lui ?   | qui dirigeait le club avant 2015 ?
            combien d'élèves comptait l'école en 2015 ?| 250    | QUANTITY | et en 2010, combien ? | combien d'élèves comptait l'école en 2010 ?
            combien d'élèves comptait l'école en 2015 ?| 250    | QUANTITY | et pour 2010 ?     | combien d'élèves comptait l'école en 2010 ?
            combien d'élèves comptait l'école en 2015 ?| 250    | QUANTITY | merci ! et en 2010 ? | combien d'élèves comptait l'école en 2010 ?
            combien d'élèves comptait l'école en 2015 ?| 250    | QUANTITY | et un an plus tard ?| combien d'élèves comptait l'école en 2016 ?
            combien d'élèves comptait l'école en 2015 ?| 250    | QUANTITY | même question en 2019 | combien d'élèves comptait l'école en 2019 ?
            combien d'élèves compte l'école ?          | 300    | QUANTITY | il y en avait combien avant ? | combien d'élèves comptait l'école avant ?
            combien d'élèves l'école a-t-elle ?        | 300    | QUANTITY | et avant ?         | combien d'élèves l'école avait-elle avant ?
            combien d'élèves l'école avait-elle en 2015 ?| 250  | QUANTITY | et maintenant ?    | combien d'élèves l'école a-t-elle maintenant ?
            combien d'élèves compte l'école ?          | 300    | QUANTITY | et combien y en avait-il en 2010 ? | combien d'élèves compte l'école en 2010 ?
            pourquoi la mairie a fermé 3 écoles en 2015 ?|        | REASON   | et en 2019 ?       | pourquoi la mairie a fermé des écoles en 2019 ?
            pourquoi la mairie a fermé les 3 écoles ?  |        | REASON   | et en 2019 ?       | pourquoi la mairie a fermé les écoles en 2019 ?
            """)
    void changesTheTime(String previous, String fact, String type, String message, String full) {
        FollowUps.FollowUp f = read(previous, fact, type, message).orElseThrow();
        assertEquals(FollowUps.Kind.TIME, f.kind());
        assertEquals(full, f.question());
    }

    @ParameterizedTest(name = "{3} after {0}")
    @CsvSource(delimiter = '|', textBlock = """
            qui a signé l'accord de Lyon ?                  | Paul Durand | PERSON   | quand ?       | quand Paul Durand a signé l'accord de Lyon ?
            qui a signé l'accord de Lyon ?                  |             | PERSON   | pourquoi ?    | pourquoi est-ce qu'on a signé l'accord de Lyon ?
            où Claire Martin a-t-elle vu Paul Durand ?      | Lyon        | PLACE    | c'était quand ?| quand Claire Martin a-t-elle vu Paul Durand ?
            quand l'école a-t-elle fermé ?                  | juin 2020   | DATE     | pourquoi ça ? | pourquoi l'école a-t-elle fermé ?
            combien d'élèves ont quitté l'école en 2015 ?   | 40 élèves   | QUANTITY | pourquoi ?    | pourquoi 40 élèves ont quitté l'école en 2015 ?
            l'école a accueilli combien d'élèves en 2015 ?  | 300         | QUANTITY | pourquoi ?    | pourquoi l'école a accueilli 300 élèves en 2015 ?
            la ville a embauché des enseignants pour quelle raison ?| la rentrée | REASON | combien ? | la ville a embauché combien d'enseignants ?
            qui est le porte-parole de la mairie ?          | Paul Durand | PERSON   | depuis quand ?| depuis quand Paul Durand est le porte-parole de la mairie ?
            par qui l'accord a-t-il été signé ?             | Marc Petit  | PERSON   | et où ?       | où l'accord a-t-il été signé par Marc Petit ?
            qui a signé l'accord de Lyon ?                  | Paul Durand | PERSON   | c'est qui ?   | qui est Paul Durand ?
            où Claire Martin a-t-elle vu Paul Durand ?      | Lyon        | PLACE    | c'était à quelle date ?| à quelle date Claire Martin a-t-elle vu Paul Durand ?
            combien de fois la mairie a-t-elle fermé l'école ?| deux      | QUANTITY | en quelles années ?| en quelles années la mairie a-t-elle fermé deux fois l'école ?
            en quelle année l'école a-t-elle ouvert ?       | 1998        | DATE     | dans quel but ?| dans quel but l'école a-t-elle ouvert ?
            quand l'école a-t-elle fermé ?                  | juin 2020   | DATE     | de quelle manière ?| de quelle manière l'école a-t-elle fermé ?
            quand Claire Martin a-t-elle signé l'accord ?   | 3 mai       | DATE     | c'est qui exactement ?| qui est Claire Martin ?
            quel pays a signé l'accord de Lyon ?            |             | PLACE    | pourquoi ?    | pourquoi le pays a signé l'accord de Lyon ?
            Claire Martin a déclaré quoi ?                  |             | OTHER    | c'était quand ?| quand Claire Martin a déclaré cela ?
            combien d'élèves compte l'école ?               | 300 élèves  | QUANTITY | combien exactement ?| combien d'élèves compte l'école ?
            combien d'élèves l'école a-t-elle accueillis ?  | 300 élèves  | QUANTITY | et combien d'enseignants ?| combien d'enseignants l'école a-t-elle accueillis ?
            quand l'école a-t-elle fermé ?                  | juin 2020   | DATE     | quel jour ?   | quel jour l'école a-t-elle fermé ?
            où Claire Martin a-t-elle vu Paul Durand ?      | Lyon        | PLACE    | depuis combien de temps ?| depuis quand Claire Martin a-t-elle vu Paul Durand ?
            combien de fois la mairie a-t-elle fermé l'école ?|           | QUANTITY | pourquoi ?    | pourquoi la mairie a-t-elle fermé l'école ?
            quand Claire Martin a-t-elle signé l'accord ?   |             | DATE     | qui ça ?      | qui est Claire Martin ?
            combien d'élèves ont quitté l'école en 2015 ?   | 40 élèves   | QUANTITY | dans le cadre de quel projet ?| dans le cadre de quel projet 40 élèves ont quitté l'école en 2015 ?
            quand l'école a-t-elle fermé ?                  | juin 2020   | DATE     | avec quelle explication ?| avec quelle explication l'école a-t-elle fermé ?
            qui a signé l'accord de Lyon ?                  | Paul Durand | PERSON   | au nom de quel principe ?| au nom de quel principe Paul Durand a signé l'accord de Lyon ?
            """)
    void asksAnotherQuestionAboutTheLastFact(String previous, String fact, String type, String message, String full) {
        FollowUps.FollowUp f = read(previous, fact, type, message).orElseThrow();
        assertEquals(FollowUps.Kind.QUESTION_WORD, f.kind());
        assertEquals(full, f.question());
    }

    @Test
    void aQuestionPhraseLedInByAPrepositionAsksAboutTheLastClauseWithItsNounAsTheUsersOwnWord() {
        FollowUps.FollowUp f = read("quand l'école a-t-elle fermé ?", "juin 2020", "DATE", "à cause de quelle panne ?").orElseThrow();
        assertEquals("à cause de quelle panne l'école a-t-elle fermé ?", f.question());
        assertEquals(List.of("panne"), f.introduced());
        // a noun that only says what kind of answer is asked is not led in (measured: an unanswerable
        // held-out follow-up answered)
        assertNotEquals(Optional.of("au bout de combien de temps l'école a-t-elle fermé ?"),
                read("quand l'école a-t-elle fermé ?", "juin 2020", "DATE", "au bout de combien de temps ?").map(FollowUps.FollowUp::question));
        assertNotEquals(Optional.of("à la demande de qui l'école a-t-elle fermé ?"),
                read("quand l'école a-t-elle fermé ?", "juin 2020", "DATE", "à la demande de qui ?").map(FollowUps.FollowUp::question));
    }

    @ParameterizedTest(name = "{3} after {0}")
    @CsvSource(delimiter = '|', textBlock = """
            qui est la porte-parole de la préfecture ?      | Claire Martin | PERSON | elle a dit quoi ?          | Claire Martin a dit quoi ?
            qui est le porte-parole de la mairie ?          | Paul Durand   | PERSON | qu'a-t-il dit ?            | Paul Durand a dit quoi ?
            qui est le porte-parole de la mairie ?          | Paul Durand   | PERSON | où est-il ?                | où Paul Durand est-il ?
            qui est le porte-parole de la mairie ?          | Paul Durand   | PERSON | elle a combien d'employés ?| la mairie a combien d'employés ?
            où se trouve l'école Jean-Moulin ?              | Lyon          | PLACE  | elle compte combien d'élèves ?| l'école Jean-Moulin compte combien d'élèves ?
            où Claire Martin a-t-elle vu Paul Durand ?      | Lyon          | PLACE  | elle lui a dit quoi ?      | Claire Martin a dit quoi à Paul Durand ?
            qui est le président du club nautique ?         | Marc Petit    | PERSON | il a rencontré qui à Lyon ?| qui Marc Petit a rencontré à Lyon ?
            combien d'élèves ont quitté l'école en 2015 ?   | 40 élèves     | QUANTITY | ils sont partis où ?     | les élèves sont partis où ?
            quand la mairie a-t-elle fermé l'école ?        | juin 2020     | DATE   | qui l'a annoncé ?          | qui a annoncé que la mairie a fermé l'école ?
            quand la mairie a suspendu l'école ?            |               | DATE   | qui l'a annoncé ?          | qui a annoncé que la mairie a suspendu l'école ?
            qui est le porte-parole de la mairie ?          | Paul Durand   | PERSON | qu'est-ce qu'il a dit ?    | qu'est-ce que Paul Durand a dit ?
            qui est le porte-parole de la mairie ?          | Paul Durand   | PERSON | c'est quoi son rôle ?      | c'est quoi le rôle de Paul Durand ?
            qui est le porte-parole de la mairie ?          | Paul Durand   | PERSON | quelle est sa fonction ?   | quelle est la fonction de Paul Durand ?
            qui est le président du club nautique ?         | Marc Petit    | PERSON | et son trésorier ?         | qui est le trésorier de Marc Petit ?
            où Claire Martin a-t-elle vu Paul Durand ?      | Lyon          | PLACE  | ils se sont dit quoi ?     | Claire Martin et Paul Durand se sont dit quoi ?
            qui a signé l'accord de Lyon ?                  | Paul Durand   | PERSON | il l'a signé quand ?       | Paul Durand a signé l'accord de Lyon quand ?
            qui est le président du club nautique ?         | Marc Petit    | PERSON | quel âge a-t-il ?          | quel âge a Marc Petit ?
            quel âge a Marc Petit ?                         |               | QUANTITY | il vit où ?              | Marc Petit vit où ?
            combien d'élèves compte l'école Jean-Moulin ?   | 300 élèves    | QUANTITY | combien de fois a-t-elle fermé ?| combien de fois l'école Jean-Moulin a-t-elle fermé ?
            qui est le président du club nautique ?         | Marc Petit    | PERSON | et lui, il pense quoi de l'accord ?| Marc Petit pense quoi de l'accord ?
            """)
    void putsWhatAPronounStandsFor(String previous, String fact, String type, String message, String full) {
        FollowUps.FollowUp f = read(previous, fact, type, message).orElseThrow();
        assertEquals(FollowUps.Kind.PRONOUN, f.kind());
        assertEquals(full, f.question());
    }

    @ParameterizedTest(name = "{3} after {0}")
    @CsvSource(delimiter = '|', textBlock = """
            en quelle année l'école a-t-elle ouvert ?   | 1998  | DATE  | qui dirigeait la mairie alors ?      | qui dirigeait la mairie en 1998 ?
            quand l'école a-t-elle ouvert ?             | 3 mars 1998 | DATE | qui était maire à ce moment-là ? | qui était maire le 3 mars 1998 ?
            où se trouve l'école Jean-Moulin ?          | Lyon  | PLACE | combien d'élèves vivent là-bas ?     | combien d'élèves vivent à Lyon ?
            en quelle année l'école a-t-elle ouvert ?   | 1998  | DATE  | et à l'époque, qui dirigeait la mairie ?| en 1998 qui dirigeait la mairie ?
            quand la mairie a-t-elle décidé de fermer l'école ?| juin 2020 | DATE | qui a annoncé cette décision ? | qui a annoncé la décision de la mairie ?
            quand la mairie a-t-elle décidé de fermer l'école ?| juin 2020 | DATE | comment le club a réagi à cette annonce ? | comment le club a réagi à l'annonce de la mairie ?
            pourquoi la décision de la mairie a-t-elle surpris ?|        | REASON | qui a pris cette décision ? | qui a pris la décision de la mairie ?
            """)
    void putsTheLastDateOrPlaceForAlorsAndLa(String previous, String fact, String type, String message, String full) {
        FollowUps.FollowUp f = read(previous, fact, type, message).orElseThrow();
        assertEquals(FollowUps.Kind.ANAPHOR, f.kind());
        assertEquals(full, f.question());
    }

    @ParameterizedTest
    @ValueSource(strings = {"source ?", "Sources", "d'où ça vient ?", "qui l'a dit ?", "et la source ?",
            "d'où vient l'info ?", "quelles sont tes sources ?", "tu tiens ça d'où ?", "selon qui ?", "SOURCE ?",
"le chiffre vient d'où ?", "ça sort d'où ?", "tu as une source ?", "quelle source ?", "d'après quel article ?",
            "quel journal dit ça ?", "c'est dans quel journal ?"})
    void recognisesRequestsForSources(String message) {
        FollowUps.FollowUp f = read("qui dirige l'ONU ?", "Anne Roy", "PERSON", message).orElseThrow();
        assertEquals(FollowUps.Kind.SOURCES, f.kind());
        assertEquals("qui dirige l'ONU ?", f.question());
    }

    @ParameterizedTest(name = "{3} after {0}")
    @CsvSource(delimiter = '|', textBlock = """
            combien d'élèves l'école a-t-elle perdus en 2019 ?  | 40    | QUANTITY | et les enseignants, ils sont passés de combien à combien ? | les enseignants sont passés de combien à combien en 2019 ?
            qu'a décidé la mairie en juin 2020 ?                |       | OTHER    | et le club, il a répondu quoi ?      | le club a répondu quoi en juin 2020 ?
            qu'a décidé la mairie le 3 mars ?                   |       | OTHER    | et la préfecture, elle a réagi quand ? | la préfecture a réagi quand ?
            """)
    void readsATopicSetApartAfterEtAtTheLastTime(String previous, String fact, String type, String message, String full) {
        FollowUps.FollowUp f = read(previous, fact, type, message).orElseThrow();
        assertEquals(FollowUps.Kind.PRONOUN, f.kind());
        assertEquals(full, f.question());
    }

    @ParameterizedTest(name = "{3} after {0}")
    @CsvSource(delimiter = '|', textBlock = """
            le poste de maire est-il vacant ?               |             | YESNO    | depuis combien de temps ?  | depuis quand le poste de maire est-il vacant ?
            pourquoi la mairie ferme-t-elle l'école ?       |             | REASON   | et ça commence quand ?     | à partir de quand la mairie ferme-t-elle l'école ?
            pourquoi la mairie ferme-t-elle l'école ?       |             | REASON   | ça se termine quand ?      | jusqu'à quand la mairie ferme-t-elle l'école ?
            en quelle année la salle a-t-elle été rénovée pour la première fois ? | 1998 | DATE | et la deuxième fois ? | en quelle année la salle a-t-elle été rénovée pour la deuxième fois ?
            """)
    void writesOutFixedWordingsAndSwapsOnTheSameNoun(String previous, String fact, String type, String message, String full) {
        assertEquals(full, read(previous, fact, type, message).orElseThrow().question());
    }

    @ParameterizedTest(name = "{3} after {0}")
    @CsvSource(delimiter = '|', textBlock = """
            pourquoi la mairie ferme-t-elle l'école ?   |             | REASON   | elle l'a annoncé quand ?   | quand la mairie a annoncé que la mairie ferme l'école ?
            la mairie regrette-t-elle la décision ?     | oui         | YESNO    | qui l'a dit ?              | qui a dit que la mairie regrette la décision ?
            """)
    void readsTheSubjectOfAnInversionAndWhoSaidAStatement(String previous, String fact, String type, String message, String full) {
        assertEquals(full, read(previous, fact, type, message).orElseThrow().question());
    }

    @ParameterizedTest(name = "{3} after {0}")
    @CsvSource(delimiter = '|', textBlock = """
            qui a annoncé la fermeture de l'école ?              | Paul Durand | PERSON | il a annoncé quand ?    | Paul Durand a annoncé la fermeture de l'école quand ?
            qui a annoncé la fermeture de l'école ?              | Paul Durand | PERSON | il l'a annoncée où ?    | Paul Durand a annoncé la fermeture de l'école où ?
            quand la mairie a-t-elle annoncé la fermeture de l'école ? | 3 mars | DATE | qui l'a annoncée ?     | qui a annoncé la fermeture de l'école ?
            qui a fermé l'école Jean-Moulin ?                    | la mairie   | ORGANIZATION | elle l'a fait quand ? | quand la mairie a fermé l'école Jean-Moulin ?
            """)
    void saysTheObjectLeftUnsaidAfterTheSameVerb(String previous, String fact, String type, String message, String full) {
        assertEquals(full, read(previous, fact, type, message).orElseThrow().question());
    }

    @ParameterizedTest(name = "{3} after {0}")
    @CsvSource(delimiter = '|', textBlock = """
            où se trouve la délégation permanente italienne ? |            | PLACE    | et celle de l'ONU ?          | où se trouve la délégation de l'ONU ?
            quel pays l'Alliance veut-elle intégrer ?         | l'Italie   | PLACE    | lesquels ?                   | quels pays l'Alliance veut-elle intégrer ?
            quelle école la mairie a-t-elle fermée ?          |            | OTHER    | lesquelles ?                 | quelles écoles la mairie a-t-elle fermée ?
            combien d'élèves compte l'école Jean-Moulin ?     | 300        | QUANTITY | avant c'était combien ?      | combien d'élèves comptait l'école Jean-Moulin avant ?
            combien d'élèves compte l'école Jean-Moulin ?     | 300        | QUANTITY | c'était combien en 2015 ?    | combien d'élèves compte l'école Jean-Moulin en 2015 ?
            """)
    void writesOutOwnersAndCountsAtAnotherTime(String previous, String fact, String type, String message,
                                                            String full) {
        assertEquals(full, read(previous, fact, type, message).orElseThrow().question());
    }

    @Test
    void aNameAfterLTakesTheGenderTheArticlesGiveIt() {
        FollowUps alliance = new FollowUps(CorpusVocabulary.of(List.of(
                "L'Alliance a déclaré qu'elle restait ouverte. Le Conseil a été créé en 2002. L'Office a dit qu'il viendrait.")));
        Previous p = new Previous("en quelle année le conseil a-t-il été créé ?", Optional.of("2002"), AnswerType.DATE);
        assertEquals("en quelle année l'alliance a-t-elle été créée ?",
                alliance.read("et l'alliance ?", p.question(), () -> p).orElseThrow().question());
        assertEquals("en quelle année l'office a-t-il été créé ?",
                alliance.read("et l'office ?", p.question(), () -> p).orElseThrow().question());
    }


    @ParameterizedTest
    @ValueSource(strings = {"il s'appelle comment ?", "il s'appelle comment déjà ?", "c'est quoi son nom ?"})
    void asksTheLastQuestionAgainForTheNameJustAskedFor(String message) {
        FollowUps.FollowUp f = read("qui est le président du club nautique ?", "Marc Petit", "PERSON", message).orElseThrow();
        assertEquals(FollowUps.Kind.AGAIN, f.kind());
        assertEquals("qui est le président du club nautique ?", f.question());
    }

    @ParameterizedTest
    @ValueSource(strings = {"combien d'élèves compte l'école ?", "quand la mairie a-t-elle dit qu'elle fermait l'école ?",
            "quel temps fait-il à Lyon ?", "que s'est-il passé en 1998 ?", "d'où vient le nom de la ville ?",
            "bonjour", "merci !", "/aide", "et combien d'enseignants la ville a-t-elle embauchés en 2019 ?",
            "qui a dit que l'école fermait ?", "y a-t-il une école à Lyon ?", "il faut combien d'enseignants ?",
            "et maintenant dites-moi tout ce que vous savez sur la longue histoire de la ville ?",
            "COMBIEN D'ELEVES A L'ECOLE JEAN-MOULIN", "pourquoi Claire Martin est-elle venue à Lyon ?",
            "qui la présidente du Club Nautique a-t-elle rencontré ?", "combien d'élèves ont perdu leur place ?",
            "combien d'élèves ?", "elle a fermé quand, l'école Jean-Moulin ?", "il a dit quoi, Marc Petit ?"})
    void leavesNewQuestionsAlone(String message) {
        assertEquals(Optional.empty(), read("qui est le porte-parole de la mairie ?", "Paul Durand", "PERSON", message));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            qui a commenté la fermeture de l'école ? | qu'a-t-il dit ?
            qui a commenté la fermeture de l'école ? | il est ministre de quoi ?
            """)
    void nobodyToStandForAfterAnUnansweredWho(String previous, String message) {
        // the one who signed is not known: « il » is not « Lyon »; « la fermeture » says nothing
        assertEquals(Optional.empty(), read(previous, "", "PERSON", message));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            qui a signé l'accord de Lyon ?                 | il l'a signé quand ?   | quand est-ce qu'on a signé l'accord de Lyon ?
            qui a dit que l'école fermait ?                | il a dit ça où ?       | où est-ce qu'on a dit que l'école fermait ?
            """)
    void asksOnlyTheQuestionWordAfterAnUnansweredWho(String previous, String message, String full) {
        // the one who signed is not known: « il » stands for nobody, the question word still asks about the signing
        assertEquals(full, read(previous, "", "PERSON", message).orElseThrow().question());
    }

    @ParameterizedTest
    @ValueSource(strings = {"il lui a dit quoi ?", "elle est où ?"})
    void aPronounWithNothingToStandForIsNoFollowUp(String message) {
        // « combien de manifestants ? » declined: no person, nothing feminine, nobody else to be « lui »
        assertEquals(Optional.empty(), read("combien de manifestants ?", "", "QUANTITY", message));
    }

    /** Follow-up shapes of session 9: who someone is, « à quel sujet », a pronoun asking « quoi ». */
    @ParameterizedTest(name = "{3} after {0}")
    @CsvSource(delimiter = '|', textBlock = """
            qui a signé l'accord de Lyon ?                  | Paul Durand   | PERSON   | il est qui ?          | qui est Paul Durand ?
            qui a signé l'accord de Lyon ?                  | Paul Durand   | PERSON   | elle est qui ?        | qui est Paul Durand ?
            qui a signé l'accord de Lyon ?                  | Paul Durand   | PERSON   | qui est-il ?          | qui est Paul Durand ?
            qui a signé l'accord de Lyon ?                  | Paul Durand   | PERSON   | qui est-ce ?          | qui est Paul Durand ?
            qui a signé l'accord de Lyon ?                  | Paul Durand   | PERSON   | c'est qui, lui ?      | qui est Paul Durand ?
            qui a signé l'accord de Lyon ?                  | Paul Durand   | PERSON   | c'est-à-dire ?        | qui est Paul Durand ?
            quand Claire Martin a-t-elle signé l'accord ?   | 3 mai         | DATE     | elle est qui ?        | qui est Claire Martin ?
            quel journal a interrogé Claire Martin ?        | Le Progrès    | ORGANIZATION | à quel sujet ?    | à quel sujet Le Progrès a interrogé Claire Martin ?
            quelle agence de presse a interrogé Claire Martin ?| Le Progrès | ORGANIZATION | à quel sujet ?    | à quel sujet Le Progrès a interrogé Claire Martin ?
            quand l'école a-t-elle fermé ?                  | juin 2020     | DATE     | pour quoi faire ?     | pourquoi l'école a-t-elle fermé ?
            quand l'école a-t-elle fermé ?                  | juin 2020     | DATE     | à cause de quoi ?     | pourquoi l'école a-t-elle fermé ?
            quand l'école a-t-elle fermé ?                  | juin 2020     | DATE     | en réponse à quoi ?   | pourquoi l'école a-t-elle fermé ?
            combien d'élèves ont quitté l'école en 2015 ?   | 40 élèves     | QUANTITY | pourquoi eux ?        | pourquoi 40 élèves ont quitté l'école en 2015 ?
            quand l'école a-t-elle fermé ?                  | juin 2020     | DATE     | la raison ?           | pourquoi l'école a-t-elle fermé ?
            quand l'école a-t-elle fermé ?                  | juin 2020     | DATE     | d'accord, et pourquoi ? | pourquoi l'école a-t-elle fermé ?
            quand la mairie a-t-elle fermé l'école ?        | juin 2020     | DATE     | pourquoi la mairie a fait ça ? | pourquoi la mairie a-t-elle fermé l'école ?
            quand la mairie a-t-elle fermé l'école ?        | juin 2020     | DATE     | pourquoi a-t-elle fait ça ? | pourquoi la mairie a-t-elle fermé l'école ?
            où Claire Martin a-t-elle vu Paul Durand ?      | Lyon          | PLACE    | et la date ?          | quand Claire Martin a-t-elle vu Paul Durand ?
            """)
    void asksWhoSomeoneIsOrWhatItWasAbout(String previous, String fact, String type, String message, String full) {
        FollowUps.FollowUp f = read(previous, fact, type, message).orElseThrow();
        assertEquals(FollowUps.Kind.QUESTION_WORD, f.kind());
        assertEquals(full, f.question());
    }

    @ParameterizedTest(name = "{3} after {0}")
    @CsvSource(delimiter = '|', textBlock = """
            qui est le président du club nautique ?         | Marc Petit    | PERSON   | il a été quoi ?           | Marc Petit a été quoi ?
            combien d'élèves ont quitté l'école en 2015 ?   | 40 élèves     | QUANTITY | ils étaient combien avant ? | les élèves étaient combien avant ?
            combien d'élèves compte l'école ?               | 300           | QUANTITY | elle en avait combien en 2010 ? | l'école avait combien d'élèves en 2010 ?
            quand la mairie a-t-elle fermé l'école ?        | juin 2020     | DATE     | qui a annoncé ça ?        | qui a annoncé que la mairie a fermé l'école ?
            qui est le président du club nautique ?         | Marc Petit    | PERSON   | ce dernier a dit quoi ?   | Marc Petit a dit quoi ?
            qui est la porte-parole de la préfecture ?      | Claire Martin | PERSON   | celle-ci a dit quoi ?     | Claire Martin a dit quoi ?
            qui a rencontré Claire Martin à Lyon ?          | Paul Durand   | PERSON   | quel poste occupe ce dernier ? | quel poste occupe Paul Durand ?
            qui est Paul Durand ?                           | porte-parole de la mairie | PERSON | il a dit quoi ? | Paul Durand a dit quoi ?
            """)
    void readsAPronounAskingQuoiAndDemonstrativesAsTheOneNamed(String previous, String fact, String type, String message,
                                                               String full) {
        FollowUps.FollowUp f = read(previous, fact, type, message).orElseThrow();
        assertEquals(FollowUps.Kind.PRONOUN, f.kind());
        assertEquals(full, f.question());
    }

    @ParameterizedTest(name = "{3} after {0}")
    @CsvSource(delimiter = '|', textBlock = """
            depuis quand la mairie ferme-t-elle l'école ?   | 2015          | DATE     | combien d'élèves sont partis depuis ? | combien d'élèves sont partis depuis 2015 ?
            depuis quand la mairie ferme-t-elle l'école ?   | 2015          | DATE     | qui dirige le club depuis ça ? | qui dirige le club depuis 2015 ?
            """)
    void readsAClosingDepuisAsSinceTheLastDate(String previous, String fact, String type, String message, String full) {
        FollowUps.FollowUp f = read(previous, fact, type, message).orElseThrow();
        assertEquals(FollowUps.Kind.ANAPHOR, f.kind());
        assertEquals(full, f.question());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tu es sûr ?", "t'es sûr ?", "vous êtes sûr ?", "vraiment ?", "c'est vrai ?", "sûr ?",
            "tu en es sûr ?", "c'est sûr ?"})
    void doubtAsksTheLastQuestionAgain(String message) {
        FollowUps.FollowUp f = read("qui dirige l'ONU ?", "Anne Roy", "PERSON", message).orElseThrow();
        assertEquals(FollowUps.Kind.AGAIN, f.kind());
        assertEquals("qui dirige l'ONU ?", f.question());
    }

    @ParameterizedTest
    @ValueSource(strings = {"qui est le président du club nautique ?", "que s'est-il passé à Lyon en 2015 ?",
            "quel poste occupe Marc Petit ?", "qui est Claire Martin ?", "depuis quand l'école est-elle fermée ?",
            "qui dirige le club depuis 2015 ?", "et lui ?", "il y a combien d'élèves à Lyon ?",
            "quelle agence de presse a interrogé Claire Martin ?"})
    void leavesStandaloneSecondQuestionsAlone(String message) {
        assertEquals(Optional.empty(), read("qui a signé l'accord de Lyon ?", "Paul Durand", "PERSON", message));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            qui est la porte-parole de l'onu ?            | porte-parole de l'ONU
            qui est le président du club nautique ?       | président du Club Nautique
            quand Paul Durand a signé l'accord de lyon ?  | quand Paul Durand a signé l'accord de Lyon ?
            """)
    void readingsNameWhatWasAnsweredAsTheArticlesSpellIt(String question, String reading) {
        assertEquals(reading, Readings.of(question, TOWN));
    }

    /**
     * Shapes of session 10, typed the way people type in a chat: slips, shorthand, politeness and
     * requests around the question, « lesquels ? », « et l'autre ? », « côté X », a bare question
     * phrase narrowing the last question down, « le même jour ».
     */
    @ParameterizedTest(name = "{3} after {0}")
    @CsvSource(delimiter = '|', textBlock = """
            quand l'école a-t-elle fermé ?                  | juin 2020     | DATE     | pq ?                          | pourquoi l'école a-t-elle fermé ?
            quand l'école a-t-elle fermé ?                  | juin 2020     | DATE     | pourqoi ?                     | pourquoi l'école a-t-elle fermé ?
            quand l'école a-t-elle fermé ?                  | juin 2020     | DATE     | Pourquoi?                     | Pourquoi l'école a-t-elle fermé ?
            quand l'école a-t-elle fermé ?                  | juin 2020     | DATE     | tu peux me dire pourquoi stp ? | pourquoi l'école a-t-elle fermé ?
            quand l'école a-t-elle fermé ?                  | juin 2020     | DATE     | ok merci, et pourquoi ?       | pourquoi l'école a-t-elle fermé ?
            où Paul Durand a-t-il signé l'accord ?          | Lyon          | PLACE    | c etait quand ?               | quand Paul Durand a-t-il signé l'accord ?
            quand l'école a-t-elle fermé ?                  | juin 2020     | DATE     | ok et le motif ?              | pourquoi l'école a-t-elle fermé ?
            combien de salles compte l'école depuis 2019 ?  | 12 salles     | QUANTITY | ils étaient combien avant ?   | combien de salles comptait l'école avant 2019 ?
            combien d'élèves l'école a-t-elle accueillis en 2019 ? | 300    | QUANTITY | et combien en 2018 ?          | combien d'élèves l'école a-t-elle accueillis en 2018 ?
            qui est le porte-parole de la mairie ?          | Paul Durand   | PERSON   | et côté italien ?             | qui est le porte-parole italien ?
            qui est le secrétaire général du club ?         | Marc Petit    | PERSON   | et la trésorière ?            | qui est la trésorière du club ?
            qui est le trésorier du club ?                  | Marc Petit    | PERSON   | et son salaire ?              | quel est le salaire de Marc Petit ?
            qui est le trésorier du club ?                  | Marc Petit    | PERSON   | c'est qui ce gars ?           | qui est Marc Petit ?
            quand la mairie ferme-t-elle sa piscine à Lyon ? | juin 2020    | DATE     | et pour la piscine du club à Nice ? | quand la mairie ferme-t-elle la piscine du club à Nice ?
            """)
    void readsFollowUpsTypedInAHurry(String previous, String fact, String type, String message, String full) {
        assertEquals(full, read(previous, fact, type, message).orElseThrow().question());
    }

    @ParameterizedTest(name = "{3} after {0}")
    @CsvSource(delimiter = '|', textBlock = """
            la mairie a-t-elle fermé des écoles ?           | oui           | YESNO    | lesquelles ?                  | la mairie a fermé quelles écoles ?
            combien d'écoles la mairie a-t-elle fermées ?   | 3 écoles      | QUANTITY | lesquelles ?                  | quelles écoles la mairie a-t-elle fermées ?
            quelle école ferme à Lyon ?                     | Jean-Moulin   | OTHER    | et l'autre ?                  | quelle autre école ferme à Lyon ?
            qui est le trésorier du club ?                  | Marc Petit    | PERSON   | et l'autre ?                  | qui est l'autre trésorier du club ?
            """)
    void picksAmongWhatTheLastQuestionSpokeOf(String previous, String fact, String type, String message, String full) {
        FollowUps.FollowUp f = read(previous, fact, type, message).orElseThrow();
        assertEquals(FollowUps.Kind.QUESTION_WORD, f.kind()); // the last fact is not an answer to it
        assertEquals(full, f.question());
    }

    @ParameterizedTest(name = "{3} after {0}")
    @CsvSource(delimiter = '|', textBlock = """
            quel pays accueille le siège du club ?          | Belgique      | PLACE    | dans quelle ville ?           | dans quelle ville le siège du club ?
            quand Paul Durand a-t-il annoncé la fermeture ? | 3 mai         | DATE     | quel jour de la semaine ?     | quel jour de la semaine Paul Durand a-t-il annoncé la fermeture ?
            quand l'école ferme-t-elle ?                    | 3 mai         | DATE     | d'ici quand ?                 | d'ici quand l'école ferme-t-elle ?
            qui a dit que l'école fermait ?                 | Claire Martin | PERSON   | elle a dit ça où ?            | où Claire Martin a dit que l'école fermait ?
            quand l'école a-t-elle fermé ?                  | 3 mai         | DATE     | qui l'a annoncé le même jour ? | qui a annoncé le 3 mai que l'école a fermé ?
            combien d'élèves l'école a-t-elle accueillis en 2019 ? | 300    | QUANTITY | et trois ans plus tôt ?       | combien d'élèves l'école a-t-elle accueillis en 2016 ?
            combien d'élèves l'école a-t-elle accueillis en 2019 ? | 300    | QUANTITY | et 2 ans après ?              | combien d'élèves l'école a-t-elle accueillis en 2021 ?
            combien d'élèves compte l'école aujourd'hui ?   | 300           | QUANTITY | et à l'origine ?              | combien d'élèves comptait l'école à l'origine ?
            combien d'élèves compte l'école depuis mars ?  | 300           | QUANTITY | avant 2018 ?                  | combien d'élèves comptait l'école avant 2018 ?
            combien d'élèves l'école a-t-elle perdus en mai 2020 ? | 40     | QUANTITY | et la fois d'avant ?          | combien d'élèves l'école avait-elle perdus avant mai 2020 ?
            où Paul Durand a-t-il signé l'accord ?          | Lyon          | PLACE    | ça date de quand ?            | quand Paul Durand a-t-il signé l'accord ?
            quand l'école a-t-elle fermé ?                  | juin 2020     | DATE     | suite à quoi ?                | pourquoi l'école a-t-elle fermé ?
            """)
    void narrowsOrPointsBackToTheLastAnswer(String previous, String fact, String type, String message, String full) {
        assertEquals(full, read(previous, fact, type, message).orElseThrow().question());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tu peux me dire qui dirige la préfecture ?", "ok et sinon, qui est Claire Martin ?",
            "stp combien d'élèves compte l'école Jean-Moulin ?", "merci ! quel temps fait-il à Lyon ?",
            "quelle péninsule la Russie a-t-elle annexée ?", "combien de manifestants ?", "commente la fermeture de l'école"})
    void leavesNewQuestionsTypedInAHurryAlone(String message) {
        assertEquals(Optional.empty(), read("qui est le porte-parole de la mairie ?", "Paul Durand", "PERSON", message));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            pourqoi   | pourquoi
            pourquio  | pourquoi
            combein   | combien
            comment   | comment
            commenté  | commenté
            """)
    void oneSlipIsOneLetterAddedDroppedChangedOrSwapped(String typed, String meant) {
        assertEquals(meant.equals(typed) ? typed + " ?" : meant + " ?", HurriedTyping.normalize(typed + " ?"));
    }

    /**
     * Shapes of session 12's dev set, on invented dialogues: a stressed « elle-même » after the
     * swapped phrase, a postposed subject or what « qui est » asks about swapped, « porte parole » typed
     * as two words, a passive verb of saying whose subject is a thing, a place answered to « sur quel
     * pays » kept when another question word follows, and a closing « ou » typed for « où ».
     */
    @ParameterizedTest(name = "{3} after {0}")
    @CsvSource(delimiter = '|', textBlock = """
            en quelle année a été créé le conseil ?               | 2002        | DATE   | et l'agence elle meme ?  | en quelle année a été créé l'agence ?
            en quelle année a été fondé le club nautique ?        |             | DATE   | et la mairie ?           | en quelle année a été fondé la mairie ?
            qui est le directeur régional ?                       |             | PERSON | et son porte parole ?    | qui est le porte-parole du directeur régional ?
            qui est le maire de Lyon ?                            | Paul Durand | PERSON | et son porte parole ?    | qui est le porte-parole de Paul Durand ?
            qui a écrit l'article du journal ?                    | Paul Durand | PERSON | il a été publié quand ?  | l'article du journal a été publié quand ?
            qui a écrit l'article du journal ?                    |             | PERSON | il a été publié quand ?  | l'article du journal a été publié quand ?
            sur quel pays la mairie porte-t-elle son attention ?  | la Suisse   | PLACE  | depuis quand ?           | depuis quand la mairie porte-t-elle son attention sur la Suisse ?
            qui a rencontré Claire Martin à Lyon ?                | Paul Durand | PERSON | il l'a rencontrée ou ?   | Paul Durand a rencontré Claire Martin où ?
            """)
    void readsSwappedSubjectsCompoundsPassiveSayingAndAnsweredPlaces(String previous, String fact, String type,
                                                                     String message, String full) {
        assertEquals(full, read(previous, fact, type, message).orElseThrow().question());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"organisation, FEMININE", "activite, FEMININE", "ambassade, FEMININE", "article, MASCULINE",
            "isolement, MASCULINE", "secretariat, MASCULINE", "image, UNKNOWN", "otan, UNKNOWN"})
    void guessesTheGenderOfACommonNounByItsEnding(String folded, FunctionWords.Agreement gender) {
        assertEquals(gender, NounPhrases.genderByEnding(folded));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            et l'agence elle-même ?     | et l'agence ?
            et la mairie elle meme ?    | et la mairie ?
            et lui-même ?               | et lui-même ?
            les élus eux-mêmes ont dit quoi ? | les élus ont dit quoi ?
            """)
    void dropsAStressedPronounThatOnlyInsistsOnAPhrase(String message, String without) {
        assertEquals(without, FollowUps.withoutEmphasis(message));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            et son porte parole ?          | et son porte-parole ?
            le porte parole de la mairie   | le porte-parole de la mairie
            la porte de la mairie          | la porte de la mairie
            """)
    void joinsAKnownCompoundTypedAsTwoWords(String message, String joined) {
        assertEquals(joined, FollowUps.compounds(message));
    }
}
