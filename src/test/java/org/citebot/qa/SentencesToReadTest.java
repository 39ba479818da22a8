package org.citebot.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citebot.answer.Citation;
import org.citebot.corpus.Document;
import org.citebot.index.Passage;
import org.citebot.index.ScoredPassage;
import org.citebot.text.Span;
import org.junit.jupiter.api.Test;

class SentencesToReadTest {

    // two paragraphs: sentences 0-2 in the first, 3 in the second
    private static final String P1 = "Le pont fut ouvert en 1890. Il mesure 300 mètres. Sa peinture est rouge.";
    private static final String P2 = "Le maire a salué les ouvriers.";
    private static final String TEXT = P1 + "\n" + P2;
    private static final Span PARA1 = new Span(0, P1.length());
    private static final Span PARA2 = new Span(P1.length() + 1, TEXT.length());
    private static final Document DOC = new Document("pont.txt", TEXT, "Le pont", Optional.empty(),
            Optional.empty(), Optional.empty(), List.of(PARA1, PARA2));
    private static final Map<String, Document> DOCS = Map.of(DOC.id(), DOC);

    private static ScoredPassage sentence(int ordinal, double score) {
        String s = switch (ordinal) {
            case 0 -> "Le pont fut ouvert en 1890.";
            case 1 -> "Il mesure 300 mètres.";
            case 2 -> "Sa peinture est rouge.";
            default -> P2;
        };
        int start = TEXT.indexOf(s);
        Span span = new Span(start, start + s.length());
        Span paragraph = ordinal < 3 ? PARA1 : PARA2;
        return new ScoredPassage(new Passage(DOC.id(), ordinal, span, paragraph, paragraph), score);
    }

    @Test
    void runnersUpBelowTheRatioAreNotShown() {
        List<Citation> quotes = SentencesToRead.choose(List.of(sentence(0, 5.0), sentence(3, 2.0)), 3, 0.2, DOCS);
        // exp(2 - 5) = 0.05 < 0.2: only the first
        assertEquals(List.of("Le pont fut ouvert en 1890."), quotes.stream().map(Citation::quote).toList());
    }

    @Test
    void runnersUpNearlyAsLikelyAreShownInTheRankersOrder() {
        List<Citation> quotes = SentencesToRead.choose(List.of(sentence(3, 5.0), sentence(0, 4.5)), 3, 0.2, DOCS);
        assertEquals(List.of(P2, "Le pont fut ouvert en 1890."), quotes.stream().map(Citation::quote).toList());
    }

    @Test
    void neighboursInOneParagraphAreOneQuoteInReadingOrder() {
        List<Citation> quotes = SentencesToRead.choose(List.of(sentence(1, 5.0), sentence(0, 4.9)), 3, 0.2, DOCS);
        assertEquals(List.of("Le pont fut ouvert en 1890. Il mesure 300 mètres."),
                quotes.stream().map(Citation::quote).toList());
        Citation c = quotes.get(0);
        assertEquals(c.quote(), TEXT.substring(c.span().start(), c.span().end()), "the quote is verbatim");
    }

    @Test
    void sentencesApartInOneParagraphStayApart() {
        List<Citation> quotes = SentencesToRead.choose(List.of(sentence(0, 5.0), sentence(2, 4.9)), 3, 0.2, DOCS);
        assertEquals(2, quotes.size());
    }

    @Test
    void aRunnerUpThatRepeatsASentenceShownIsSkipped() {
        String text = "Le pont fut ouvert en 1890 par le maire.\nSelon la presse, le pont fut ouvert en 1890 par le maire.\n"
                + "Il mesure 300 mètres.";
        String[] lines = text.split("\n");
        List<Span> paragraphs = List.of(new Span(0, lines[0].length()),
                new Span(lines[0].length() + 1, lines[0].length() + 1 + lines[1].length()),
                new Span(text.length() - lines[2].length(), text.length()));
        Document doc = new Document("copie.txt", text, "Copie", Optional.empty(), Optional.empty(), Optional.empty(),
                paragraphs);
        List<ScoredPassage> ranked = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ranked.add(new ScoredPassage(new Passage(doc.id(), i, paragraphs.get(i), paragraphs.get(i), paragraphs.get(i)),
                    5.0 - i * 0.1));
        }
        List<Citation> quotes = SentencesToRead.choose(ranked, 3, 0.2, Map.of(doc.id(), doc));
        assertEquals(List.of(lines[0], lines[2]), quotes.stream().map(Citation::quote).toList());
    }

    @Test
    void neverMoreSentencesThanAllowed() {
        List<ScoredPassage> ranked = List.of(sentence(0, 5.0), sentence(2, 5.0), sentence(3, 5.0), sentence(1, 5.0));
        List<Citation> quotes = SentencesToRead.choose(ranked, 2, 0.2, DOCS);
        assertEquals(2, quotes.size());
        assertTrue(SentencesToRead.choose(List.of(), 3, 0.2, DOCS).isEmpty());
    }

    @Test
    void theSentenceBehindADeclinedCandidateTakesTheSecondSlotWhateverItsRank() {
        // the ranker puts the painting first and the length far below; the number model liked 300
        List<ScoredPassage> ranked = List.of(sentence(2, 5.0), sentence(3, 4.9), sentence(1, 1.0));
        List<Citation> quotes = SentencesToRead.choose(ranked, List.of(sentence(1, 1.0).passage()), 2, 0.2, DOCS);
        assertEquals(List.of("Il mesure 300 mètres. Sa peinture est rouge."),
                quotes.stream().map(Citation::quote).toList(), "neighbours still join into one quote");
        quotes = SentencesToRead.choose(List.of(sentence(3, 5.0), sentence(2, 4.9), sentence(0, 1.0)),
                List.of(sentence(0, 1.0).passage()), 2, 0.2, DOCS);
        assertEquals(List.of(P2, "Le pont fut ouvert en 1890."), quotes.stream().map(Citation::quote).toList(),
                "the candidate's sentence before a runner-up of the ranker");
    }

    @Test
    void aCandidateSentenceAlreadyFirstIsNotShownTwice() {
        List<ScoredPassage> ranked = List.of(sentence(0, 5.0), sentence(3, 4.9));
        List<Citation> quotes = SentencesToRead.choose(ranked, List.of(sentence(0, 5.0).passage()), 3, 0.2, DOCS);
        assertEquals(List.of("Le pont fut ouvert en 1890.", P2), quotes.stream().map(Citation::quote).toList());
    }

    @Test
    void theSentencesBehindTheBestCandidatesAreDistinctAndBestFirst() {
        ScoredPassage opened = sentence(0, 5.0);
        ScoredPassage length = sentence(1, 4.0);
        ScoredPassage mayor = sentence(3, 3.0);
        List<org.citebot.answer.Candidate> candidates = List.of(
                candidate(opened, "1890", 0.1), candidate(length, "300", 0.5), candidate(length, "300 mètres", 0.3),
                candidate(mayor, "maire", 0.2));
        assertEquals(List.of(length.passage(), mayor.passage()), SentencesToRead.behindBestCandidates(candidates, 2));
        assertEquals(List.of(length.passage()), SentencesToRead.behindBestCandidates(candidates, 1));
        assertTrue(SentencesToRead.behindBestCandidates(List.of(), 2).isEmpty());
    }

    private static org.citebot.answer.Candidate candidate(ScoredPassage in, String text, double score) {
        int start = TEXT.indexOf(text, in.passage().sentence().start());
        return new org.citebot.answer.Candidate(org.citebot.question.AnswerType.QUANTITY, text, text, in,
                new Span(start, start + text.length()), score);
    }
}
