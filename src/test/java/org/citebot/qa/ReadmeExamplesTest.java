package org.citebot.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.citebot.answer.ReplyTemplates;
import org.citebot.config.ConfigDir;
import org.citebot.config.Settings;
import org.junit.jupiter.api.Test;

/**
 * The example exchange at the top of README.md is what the bot says today, word for word: each
 * « > question » line of its first code block is asked on {@code seeds/} with {@code config/}, and
 * the lines below it, up to the next question, must be the reply. A README that promises more than
 * the bot does fails the build.
 */
class ReadmeExamplesTest {

    /** One question of the README's example and the reply printed under it. */
    record Example(String question, String reply) {
    }

    @Test
    void theReadmeExampleRepliesAreTheBotsOwn() throws IOException {
        List<Example> examples = examples(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
        assertFalse(examples.isEmpty(), "README.md has no example exchange");
        ConfigDir config = new ConfigDir(Path.of("config"));
        try (Citebot bot = Citebot.open(Path.of("seeds"), config, Settings.load(config, Map.of()))) {
            ReplyTemplates templates = ReplyTemplates.load(config);
            for (Example e : examples) {
                assertEquals(e.reply(), templates.reply(bot.answer(e.question()), ""), "README reply to « " + e.question() + " »");
            }
        }
    }

    /** The questions and replies of the first code block of {@code readme}. */
    static List<Example> examples(String readme) {
        int open = readme.indexOf("```\n");
        int close = open < 0 ? -1 : readme.indexOf("\n```", open + 4);
        if (close < 0) {
            return List.of();
        }
        List<Example> out = new ArrayList<>();
        String question = null;
        List<String> reply = new ArrayList<>();
        for (String line : readme.substring(open + 4, close).split("\n", -1)) {
            if (line.startsWith("> ")) {
                if (question != null) {
                    out.add(new Example(question, String.join("\n", reply).strip()));
                }
                question = line.substring(2).strip();
                reply.clear();
            } else if (question != null) {
                reply.add(line);
            }
        }
        if (question != null) {
            out.add(new Example(question, String.join("\n", reply).strip()));
        }
        return out;
    }

    @Test
    void readsQuestionsAndRepliesOfTheFirstCodeBlock() {
        String readme = "# x\n\ntext\n\n```\n> q1 ?\nr1\nr1b\n\n> q2 ?\nr2\n```\n\n```\n> not this\n```\n";
        assertEquals(List.of(new Example("q1 ?", "r1\nr1b"), new Example("q2 ?", "r2")), examples(readme));
    }
}
