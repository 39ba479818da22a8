package org.citebot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FollowUpsTest {

    private final FollowUps followUps = new FollowUps();

    @ParameterizedTest(name = "{1} after {0}")
    @CsvSource(delimiter = '|', textBlock = """
            combien de manifestants à Lyon ?         | et en 2018 ?             | combien de manifestants à Lyon en 2018 ?
            en mars 2018, combien de manifestants ?  | et en 2019 ?             | en mars 2019, combien de manifestants ?
            qui dirige l'ONU ?                       | et la Belgique ?         | qui dirige la Belgique ?
            combien d'élèves à Lyon ?                | et à Paris ?             | combien d'élèves à Paris ?
            """)
    void rewritesFollowUps(String previous, String message, String rewritten) {
        Optional<FollowUps.FollowUp> f = followUps.read(message, previous);
        assertTrue(f.isPresent());
        assertEquals(FollowUps.Kind.REWRITTEN, f.get().kind());
        assertEquals(rewritten, f.get().question());
    }

    @ParameterizedTest
    @CsvSource({"source ?", "Sources", "d'où ça vient ?", "qui l'a dit ?", "et la source ?"})
    void recognisesRequestsForSources(String message) {
        assertEquals(FollowUps.Kind.SOURCES, followUps.read(message, "qui dirige l'ONU ?").orElseThrow().kind());
    }

    @ParameterizedTest
    @CsvSource({"combien de diplomates expulsés ?", "quand la mission a-t-elle fermé ?",
            "et maintenant dites-moi tout ce que vous savez sur la longue histoire de la ville ?"})
    void leavesNewQuestionsAlone(String message) {
        assertEquals(Optional.empty(), followUps.read(message, "qui dirige l'ONU ?"));
    }
}
