package org.citebot.answer.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.citebot.question.TypedNouns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which questions ask for a role's holder, and which words the role is made of (issue 15). */
class RoleQuestionTest {

    private static final PersonNouns PERSONS = new PersonNouns(TypedNouns.load());

    /** Question; the role's words (head marked by *). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            qui est le directeur du musée ?                    ; *directeur musee
            Qui était la porte-parole de la mairie ?           ; *porte-parole mairie
            c'est qui l’entraîneur adjoint du club             ; *entraineur adjoint club
            comment s'appelle le nouveau maire ?               ; nouveau *maire
            qui est le maire actuel de la ville ?              ; *maire ville
            qui fut vice-présidente de l'association ?         ; *vice-presidente association
            qui est le chef de la délégation auprès du comité ? ; *chef delegation comite
            """)
    void readsTheRole(String question, String expected) {
        RoleQuestion role = RoleQuestion.read(question, PERSONS).orElseThrow();
        StringBuilder written = new StringBuilder();
        for (int i = 0; i < role.words().size(); i++) {
            written.append(i == 0 ? "" : " ").append(i == role.head() ? "*" : "").append(role.words().get(i));
        }
        assertEquals(expected, written.toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "qui est le maire en 2010 ?",
        "qui était le maire avant la fusion ?",
        "qui était le maire au moment de la crue ?",
        "qui est le maire qui a signé l'accord ?",
        "qui a nommé le maire ?",
        "qui est Paul Durand ?",
        "qui est le musée de la ville ?",
        "quel est le rôle du maire ?",
        "qui est le maire de la ville en octobre ?",
        "qui est le frère du voisin du cousin du maire de la grande ville du nord de la vieille région ?"
    })
    void readsNoRoleWhereATieCannotAnswer(String question) {
        assertEquals(Optional.empty(), RoleQuestion.read(question, PERSONS));
    }

    @Test
    void synonymsRewordTheWholePhraseOnly() {
        RoleSynonyms synonyms = RoleSynonyms.of(List.of("# a comment", "chef du parti, président du parti",
                "Ligue, Fédération"));
        RoleQuestion role = RoleQuestion.read("qui est le chef du parti ?", PERSONS).orElseThrow();
        assertEquals(List.of(List.of("chef", "parti"), List.of("president", "parti")),
                synonyms.wordings(role, PERSONS).stream().map(RoleQuestion::words).toList());
        RoleQuestion other = RoleQuestion.read("qui est le chef de la ligue ?", PERSONS).orElseThrow();
        assertEquals(List.of(List.of("chef", "ligue"), List.of("chef", "federation")),
                synonyms.wordings(other, PERSONS).stream().map(RoleQuestion::words).toList());
    }
}
