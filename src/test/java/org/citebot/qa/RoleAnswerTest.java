package org.citebot.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citebot.answer.Candidate;
import org.citebot.answer.phrase.RoleSynonyms;
import org.citebot.question.AnswerType;
import org.citebot.question.QuestionAnalyzer;
import org.citebot.text.pos.FrenchTagger;
import org.citebot.text.pos.SentenceTags;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * « qui est le ROLE ? » answered only when the sentences read tie one person, and no other, to
 * the whole role (issue 15): invented sentences, one candidate per name.
 */
class RoleAnswerTest {

    private static final InventedArticle ARTICLE = new InventedArticle("ville.txt", "La ville",
            "La directrice du musée, Claire Vasseur, a ouvert l'exposition.",
            "Le porte-parole du maire Paul Durand a démenti.",
            "Hier, Marc Leroy, directeur du théâtre, a parlé.",
            "Le directeur du théâtre Luc Marchal a démissionné en mai.",
            "L'entraîneur Jean Petit a quitté le club.");
    private static final String[] NAMES = {"Claire Vasseur", "Paul Durand", "Marc Leroy", "Luc Marchal", "Jean Petit"};
    private static RoleAnswer roles;

    @BeforeAll
    static void load() {
        roles = new RoleAnswer(new SentenceTags(FrenchTagger.load()), RoleSynonyms.of(List.of("maire, édile")));
    }

    /** Question; the name answered, or « - » for none. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', textBlock = """
            qui est la directrice du musée ?        ; Claire Vasseur
            qui est le porte-parole du maire ?      ; Paul Durand
            qui est le porte-parole de l'édile ?    ; Paul Durand
            qui est le maire ?                      ; -
            qui est le directeur du théâtre ?       ; -
            qui est l'entraîneur du club ?          ; -
            qui est l'entraîneur ?                  ; Jean Petit
            qui est le directeur du musée en 2010 ? ; -
            qui a ouvert l'exposition ?             ; -
            """)
    void answersTheOneHolderOfTheWholeRole(String question, String expected) {
        Optional<List<Candidate>> holders = roles.answers(new QuestionAnalyzer().analyze(question), candidates(),
                ARTICLE.documents());
        assertEquals(expected.equals("-") ? Optional.empty() : Optional.of(List.of(expected)),
                holders.map(cs -> cs.stream().map(Candidate::text).distinct().toList()));
    }

    /** A name the sentences only ever give the role's noun with another complement: the model's answer is withdrawn. */
    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = ';', textBlock = """
            qui est le directeur du musée ?    ; Marc Leroy     ; true
            qui est le directeur du théâtre ?  ; Marc Leroy     ; false
            qui est le directeur du theatrre ? ; Marc Leroy     ; false
            qui est le directeur ?             ; Marc Leroy     ; false
            qui est la directrice du musée ?   ; Claire Vasseur ; false
            qui a ouvert l'exposition ?        ; Marc Leroy     ; false
            """)
    void withdrawsANameHeldToAnotherComplement(String question, String answer, boolean expected) {
        assertEquals(expected, roles.refutes(new QuestionAnalyzer().analyze(question), answer, candidates(),
                ARTICLE.documents()));
    }

    private static List<Candidate> candidates() {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            out.add(ARTICLE.candidate(AnswerType.PERSON, NAMES[i], 1.0 / (i + 1)));
        }
        return out;
    }
}
