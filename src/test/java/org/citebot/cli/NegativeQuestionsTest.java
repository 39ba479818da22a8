package org.citebot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citebot.eval.ConfidenceFit;
import org.citebot.eval.GoldQuestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The negative examples of {@code fit --negatives}: training questions asked without their articles. */
class NegativeQuestionsTest {

    private static GoldQuestion question(String id, List<String> answers, String... docs) {
        return new GoldQuestion(id, "question " + id + " ?", answers.isEmpty() ? "NONE" : "QUANTITY", answers,
                List.of(docs), "");
    }

    @Test
    void eachFoldAsksItsOwnAnswerableQuestionsWithoutItsArticles() {
        List<GoldQuestion> questions = List.of(
                question("a", List.of("8"), "000"),
                question("b", List.of("7"), "001"),
                question("c", List.of("5"), "000", "001"), // its second article is in another fold
                question("d", List.of()),                  // unanswerable: nothing to take away
                question("e", List.of("3"), "002"));
        Map<String, Integer> fold = Map.of("g:000", 0, "g:001", 1, "g:002", 0, "g:d", 1);
        List<NegativeQuestions.Round> rounds = NegativeQuestions.rounds(questions,
                g -> "g:" + (g.docs().isEmpty() ? g.id() : g.docs().get(0)), fold, 2, 1.0);

        assertEquals(2, rounds.size());
        assertEquals(Set.of("000", "002"), rounds.get(0).without());
        assertEquals(List.of("a", "e"), rounds.get(0).questions().stream().map(GoldQuestion::id).toList());
        assertEquals(Set.of("001"), rounds.get(1).without());
        assertEquals(List.of("b"), rounds.get(1).questions().stream().map(GoldQuestion::id).toList());
    }

    @Test
    void aFractionOfTheNegativesIsKeptByAFixedRule() {
        int kept = 0;
        for (int i = 0; i < 2000; i++) {
            boolean k = ConfidenceFit.keep("g:" + (i % 50), "question " + i, 0.25);
            assertEquals(k, ConfidenceFit.keep("g:" + (i % 50), "question " + i, 0.25), "same answer twice");
            kept += k ? 1 : 0;
        }
        assertTrue(kept > 400 && kept < 600, "kept " + kept + " of 2000 at 0.25");
        assertTrue(ConfidenceFit.keep("g", "q", 1.0));
        assertFalse(ConfidenceFit.keep("g", "q", 0.0));
    }

    /**
     * A seeds question the articles answer has a right candidate; asked of the seeds without its
     * gold articles, no candidate comes from them, none is right, and it is labelled unanswerable.
     */
    @Test
    void aQuestionWhoseGoldArticlesAreRemovedHasNoRightCandidateAndIsUnanswerable(@TempDir Path dir)
            throws IOException {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"id\": \"t1\", \"question\": \"combien de diplomates russes ont été expulsés par"
                + " l'Otan en octobre 2021 ?\", \"type\": \"QUANTITY\", \"answers\": [\"8\", \"huit\"],"
                + " \"docs\": [\"000\", \"002\", \"003\", \"004\"]}\n", StandardCharsets.UTF_8);
        GoldData set = GoldData.parse(List.of(gold + "=seeds=config")).get(0);
        List<ConfidenceFit.Example> positive = new ArrayList<>();
        set.forEachQuestion((g, bot) -> positive.add(ConfidenceFit.example(set.group(g), g, bot.candidates(g.question()))));
        assertTrue(positive.get(0).candidates().stream().anyMatch(ConfidenceFit.Labelled::correct),
                "with its articles the question has a right candidate");

        GoldQuestion q = set.questions().get(0);
        List<ConfidenceFit.Example> negative = new ArrayList<>();
        set.forEachWithout(Set.copyOf(q.docs()), List.of(q),
                (g, bot) -> negative.add(ConfidenceFit.negative(set.group(g), g, bot.candidates(g.question()))));
        ConfidenceFit.Example e = negative.get(0);
        assertTrue(e.negative());
        assertFalse(e.answerable());
        assertEquals(positive.get(0).group(), e.group(), "held out with its question's fold");
        assertTrue(e.candidates().stream().noneMatch(ConfidenceFit.Labelled::correct));
        assertTrue(e.candidates().stream().noneMatch(c -> q.supportedBy(c.where().docId())),
                "no candidate from a removed article: " + e.candidates().stream().map(c -> c.where().docId()).toList());
    }

    @Test
    void theDocumentIdOfAnArticleIsItsFileNamePrefix() {
        assertEquals("001", GoldData.docId("001_jakob-bohme.txt"));
        assertEquals("abc", GoldData.docId("abc.txt"));
    }
}
