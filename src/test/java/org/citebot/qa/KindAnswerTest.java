package org.citebot.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citebot.answer.Candidate;
import org.citebot.question.AnswerType;
import org.citebot.question.QuestionAnalyzer;
import org.citebot.text.pos.FrenchTagger;
import org.citebot.text.pos.SentenceTags;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * « quel / quelle N… ? » answered only when the model's first candidate is the one thing the
 * sentences read name an N (issue 15): invented sentences, one candidate each.
 */
class KindAnswerTest {

    private static final InventedArticle ARTICLE = new InventedArticle("presse.txt", "La presse",
            "Le ministre a répondu lundi à une question de l'agence Kestrel.",
            "Le ministre a répondu mardi aux journalistes de la radio.",
            "Le ministre a aussi répondu à l'agence Boréal.",
            "La chaîne régionale a diffusé le débat du ministre.");
    private static final String[] PHRASES = {"Kestrel", "la radio", "l'agence Boréal", "La chaîne régionale"};
    private static KindAnswer kinds;

    @BeforeAll
    static void load() {
        kinds = new KindAnswer(new SentenceTags(FrenchTagger.load()));
    }

    /**
     * Question; the shares of the four candidates (« : »-separated); the phrase answered, or « - »
     * for none.
     */
    @ParameterizedTest(name = "{0} with {1} → {2}")
    @CsvSource(delimiter = ';', textBlock = """
            à quelle agence le ministre a-t-il répondu ?          ; 0.40:0.30:0.01:0.02 ; Kestrel
            à quelle agence le ministre a-t-il répondu ?          ; 0.10:0.05:0.01:0.02 ; -
            à quelle agence le ministre a-t-il répondu ?          ; 0.30:0.40:0.01:0.02 ; -
            à quelle agence le ministre a-t-il répondu ?          ; 0.40:0.30:0.20:0.01 ; -
            quelle est l'agence à laquelle le ministre a répondu ? ; 0.40:0.30:0.01:0.02 ; -
            quel type d'agence le ministre a-t-il répondu ?       ; 0.40:0.30:0.01:0.02 ; -
            quelle chaîne régionale a diffusé le débat ?          ; 0.01:0.01:0.01:0.60 ; -
            à qui le ministre a-t-il répondu lundi ?              ; 0.40:0.30:0.01:0.02 ; -
            """)
    void answersTheOneThingNamedAnInstance(String question, String shares, String expected) {
        Optional<List<Candidate>> named = kinds.answers(new QuestionAnalyzer().analyze(question),
                candidates(shares.split(":")), ARTICLE.documents());
        assertEquals(expected.equals("-") ? Optional.empty() : Optional.of(expected),
                named.map(cs -> cs.get(0).text()));
    }

    private static List<Candidate> candidates(String[] shares) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < PHRASES.length; i++) {
            out.add(ARTICLE.candidate(AnswerType.ORGANIZATION, PHRASES[i], Double.parseDouble(shares[i])));
        }
        return out;
    }
}
