package org.citebot.chat.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The extent of noun phrases in invented questions about an invented town and its agency. */
class NounPhrasesTest {

    private static final CorpusVocabulary VOCABULARY = CorpusVocabulary.of(List.of(
            "L'Agence a ouvert une piscine à Lyon. Selon l'Agence, la mairie de Lyon regrette la décision. "
                    + "Depuis 2019, Anne Martin dirige l'Agence. Hier, Anne Martin a parlé de l'accord à Lyon."));

    private final NounPhrases phrases = new NounPhrases(VOCABULARY);

    /** The words of the first phrase of {@code question}. */
    private String first(String question) {
        Words w = Words.of(question);
        return phrases.of(w).get(0).in(w).text();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            depuis quand le titre de délégué compétent est vacant ?        | le titre de délégué compétent
            le titre de délégué compétent suisse est-il vacant ?            | le titre de délégué compétent suisse
            quand le conseil compétent de la mairie se réunit-il ?         | le conseil compétent de la mairie
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            quel pays accueille la piscine de l'Agence à Lyon ?        | la piscine de l'Agence          | la piscine de l'Agence à Lyon
            qui finance la plainte contre l'Agence ?                | la plainte                      | la plainte contre l'Agence
            qui a fermé la mairie à 10 heures ?                        | la mairie                       | la mairie
            qui a vu Anne Martin à Lyon ?                              | Anne Martin                     | Anne Martin
            qui a parlé de l'accord à Anne Martin ?                    | l'accord                        | l'accord
            qui a ouvert le marché de la mairie en mai ?               | le marché de la mairie          | le marché de la mairie
            """)
    void aPhraseTakenUpWholeHoldsItsPrepositionalComplements(String question, String phrase, String whole) {
        Words w = Words.of(question);
        List<NounPhrases.Phrase> found = phrases.of(w);
        NounPhrases.Phrase p = found.stream().filter(f -> f.in(w).text().equals(phrase)).findFirst().orElseThrow();
        assertEquals(whole, w.sub(p.start(), phrases.extent(w, p, found)).text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            quel pays accueille la piscine de l'Agence à Lyon ?   | Lyon         | true
            qui a parlé de l'accord à Anne Martin ?               | Anne Martin  | false
            où Anne Martin a-t-elle ouvert la piscine ?              | Anne Martin  | false
            """)
    void aNameAfterAPrepositionOfPlaceIsAPlaceUnlessAPersonsName(String question, String name, boolean place) {
        Words w = Words.of(question);
        NounPhrases.Phrase p = phrases.of(w).stream().filter(f -> f.in(w).text().equals(name)).findFirst().orElseThrow();
        assertEquals(place, phrases.placeName(w, p));
    }
}
