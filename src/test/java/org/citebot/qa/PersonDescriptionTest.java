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
 * « qui est NAME ? » answered by the title or apposition the sentences read give the name (issue
 * 15): invented sentences, every phrase of them a candidate, as the phrase extractor would offer.
 */
class PersonDescriptionTest {

    private static final InventedArticle ARTICLE = new InventedArticle("ville.txt", "La ville",
            "La directrice du musée municipal, Claire Vasseur, a ouvert l'exposition.",
            "Le vice-président du conseil régional Paul Durand a démenti.",
            "Hier, Marc Leroy, directeur du théâtre, a parlé près de la gare.",
            "Le ministre Jean Petit a quitté la salle.",
            "Selon Luc Marchal, la fête de la ville aura lieu en mai.");
    /** Candidates, in the model's order: the right title, pieces of it, and phrases near the names. */
    private static final String[] PHRASES = {
        "La directrice du musée municipal", "musée municipal", "l'exposition",
        "Le vice-président du conseil régional", "conseil régional",
        "directeur du théâtre", "la gare",
        "Le ministre", "la salle",
        "la fête de la ville", "la ville",
    };
    private static PersonDescription who;

    @BeforeAll
    static void load() {
        who = new PersonDescription(new SentenceTags(FrenchTagger.load()));
    }

    /** Question; the phrase answered, or « - » for none. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', textBlock = """
            qui est Claire Vasseur ?   ; La directrice du musée municipal
            c'est qui Paul Durand ?    ; Le vice-président du conseil régional
            qui est Durand ?           ; Le vice-président du conseil régional
            qui était Marc Leroy ?     ; directeur du théâtre
            qui est Jean Petit ?       ; -
            qui est Luc Marchal ?      ; -
            qui est la directrice ?    ; -
            où est Claire Vasseur ?    ; -
            """)
    void answersWithTheNamesOwnTitleOrApposition(String question, String expected) {
        Optional<List<Candidate>> described = who.answers(new QuestionAnalyzer().analyze(question), candidates(),
                ARTICLE.documents());
        assertEquals(expected.equals("-") ? Optional.empty() : Optional.of(expected),
                described.map(cs -> cs.get(0).text()));
    }

    /** A confident answer to « qui est NAME ? » that is not the name's title is withdrawn when there is one. */
    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = ';', textBlock = """
            qui est Claire Vasseur ?  ; a ouvert l'exposition                ; true
            qui est Claire Vasseur ?  ; directrice du musée municipal        ; false
            qui est Claire Vasseur ?  ; La directrice du musée municipal     ; false
            qui est Jean Petit ?      ; a quitté la salle                    ; false
            qui est la directrice ?   ; Claire Vasseur                       ; false
            """)
    void withdrawsAConfidentAnswerThatIsNotTheTitle(String question, String fact, boolean expected) {
        assertEquals(expected, who.refutes(new QuestionAnalyzer().analyze(question), fact, candidates(),
                ARTICLE.documents()));
    }

    private static List<Candidate> candidates() {
        List<Candidate> out = new ArrayList<>();
        for (int p = 0; p < PHRASES.length; p++) {
            out.add(ARTICLE.candidate(AnswerType.DEFINITION, PHRASES[p], 1.0 / (p + 1)));
        }
        return out;
    }
}
