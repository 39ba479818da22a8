package org.citebot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.citebot.config.ConfigDir;
import org.citebot.chat.ChatFixtures;
import org.citebot.config.Settings;
import org.citebot.corpus.Corpus;
import org.citebot.corpus.CorpusLoader;
import org.citebot.qa.Citebot;
import org.citebot.text.IcuSentenceSplitter;
import org.junit.jupiter.api.Test;

class BaselineComparisonTest {

    private final ConfigDir config = new ConfigDir(Path.of("config"));
    private final Corpus seeds = CorpusLoader.fromConfig(config).load(Path.of("seeds"));
    private final List<GoldQuestion> gold = List.of(
            new GoldQuestion("q1", "combien de diplomates expulsés ?", "QUANTITY", List.of("8", "huit"),
                    List.of("000", "002", "003", "004"), ""),
            new GoldQuestion("q2", "quel est le salaire du ministre ?", "NONE", List.<String>of(), List.<String>of(), ""));

    @Test
    void theBaselineQuotesTheFirstSentenceOfTheBestParagraphVerbatim() {
        try (Bm25Baseline baseline = Bm25Baseline.build(seeds, new IcuSentenceSplitter())) {
            var reply = baseline.answer("expulsion de diplomates russes").orElseThrow();
            String text = seeds.byId(reply.docId()).orElseThrow().text();
            assertTrue(text.contains(reply.answer()), reply.toString());
            assertTrue(baseline.answer("? ! ,").isEmpty(), "no word, no reply");
        }
    }

    @Test
    void bothSidesAreScoredOnTheSameQuestionsTheBaselineNeverDeclining() {
        var result = BaselineComparison.run(() -> Citebot.open(Path.of("seeds"), config, Settings.load(config, ChatFixtures.PINNED_THRESHOLD)),
                () -> seeds, gold, 1);
        assertEquals(2, result.citebot().correct(), result.format());
        assertEquals(0, result.baseline().correct(), "a whole sentence is no short answer, and it never declines");
        assertEquals(1, result.baseline().answerable());
        assertTrue(result.citebot().answerMillis() > 0 && result.baseline().answerMillis() > 0);
        assertEquals(1, result.citebot().bearing(), "its quote states the answer");
        assertEquals(1, result.citebot().declined());
        assertEquals(0, result.baseline().declined());
        String table = result.format();
        assertTrue(table.contains("| first sentence shown holds the answer"), table);
        assertFalse(table.contains("∞"), table);
        List<String> lines = table.lines().toList();
        assertTrue(lines.get(1).matches("\\| -+ \\|( -+: \\|)+"), lines.get(1));
        assertEquals(1, lines.stream().map(String::length).distinct().count(), "aligned columns:\n" + table);
    }

    @Test
    void aSentenceHoldsAnAnswerWhenAllItsWordsStandInARow() {
        assertTrue(AnswerMatch.holds("l'expulsion de 8 nouveaux diplomates", List.of("huit", "8")));
        assertTrue(AnswerMatch.holds("Le 18 octobre, la Russie a suspendu sa mission.", List.of("18 octobre")));
        assertFalse(AnswerMatch.holds("Le 18 novembre, octobre est loin.", List.of("18 octobre")));
        assertFalse(AnswerMatch.holds("Il en a expulsé 80.", List.of("8")));
    }
}
