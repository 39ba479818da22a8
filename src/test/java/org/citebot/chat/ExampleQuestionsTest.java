package org.citebot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.citebot.config.ConfigDir;
import org.citebot.config.Settings;
import org.citebot.qa.Citebot;
import org.junit.jupiter.api.Test;

class ExampleQuestionsTest {

    @Test
    void everyExampleBuiltFromTheCorpusIsAnswered() {
        ConfigDir config = new ConfigDir(Path.of("config"));
        try (Citebot bot = Citebot.open(Path.of("seeds"), config, Settings.load(config, Map.of()))) {
            List<String> examples = ExampleQuestions.from(bot, 3);
            assertEquals(3, examples.size(), examples.toString());
            for (String q : examples) {
                assertTrue(q.startsWith("combien d"), q);
                assertTrue(bot.answer(q).answered(), q);
            }
        }
    }
}
