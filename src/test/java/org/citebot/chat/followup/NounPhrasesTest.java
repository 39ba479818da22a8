package org.citebot.chat.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The extent of noun phrases in invented questions about an invented town and its agency. */
class NounPhrasesTest {

    private static final CorpusVocabulary VOCABULARY = CorpusVocabulary.of(List.of(
            "L'Agence a ouvert une mission à Lyon. Selon l'Agence, la mairie de Lyon regrette la décision. "
                    + "Anne Martin dirige l'Agence depuis 2019."));

    private final NounPhrases phrases = new NounPhrases(VOCABULARY);

    /** The words of the first phrase of {@code question}. */
    private String first(String question) {
        Words w = Words.of(question);
        return phrases.of(w).get(0).in(w).text();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            depuis quand le poste de délégué permanent est vacant ?        | le poste de délégué permanent
            le poste de délégué permanent russe est-il vacant ?            | le poste de délégué permanent russe
            quand le conseil permanent de la mairie se réunit-il ?         | le conseil permanent de la mairie
            pourquoi un accord récent a surpris la mairie ?                | un accord récent
            """)
    void aWordEndingAsAPluralVerbAfterASingularNounIsAnAdjective(String question, String phrase) {
        assertEquals(phrase, first(question));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            pourquoi les agents de la mairie partent ?     | les agents de la mairie
            quand la mairie et le club fusionnent ?        | la mairie
            """)
    void aPluralVerbStillEndsAPluralOrCoordinatedPhrase(String question, String phrase) {
        assertEquals(phrase, first(question));
        Words w = Words.of(question);
        assertEquals(List.of(), phrases.of(w).stream().map(p -> p.in(w).text()).filter(t -> t.contains("partent")
                || t.contains("fusionnent")).toList());
    }
}
