package org.citebot.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.citebot.answer.reply.ReplyTemplates;
import org.citebot.chat.ChatEngine;
import org.citebot.config.ConfigDir;
import org.citebot.config.Settings;
import org.junit.jupiter.api.Test;

/**
 * The conversation README.md opens with is the bot's, word for word: each « > question » of its
 * first code block gets the reply printed under it. When an answer changes on purpose, the README
 * changes with it (run the questions through {@code ./citebot chat} and paste).
 */
class ReadmeTranscriptTest {

    @Test
    void theReadmesFirstConversationIsWhatTheBotSays() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int open = readme.indexOf("```\n");
        String block = readme.substring(open + 4, readme.indexOf("```", open + 4));
        List<String[]> exchanges = new ArrayList<>();
        for (String part : block.split("(?m)^> ")) {
            if (!part.isBlank()) {
                int newline = part.indexOf('\n');
                exchanges.add(new String[] {part.substring(0, newline), part.substring(newline + 1).strip()});
            }
        }
        assertTrue(exchanges.size() >= 3, block);
        ConfigDir config = new ConfigDir(Path.of("config"));
        try (Citebot bot = Citebot.open(Path.of("seeds"), config, Settings.load(config, Map.of()))) {
            ChatEngine engine = new ChatEngine(bot, ReplyTemplates.load(config));
            for (String[] exchange : exchanges) {
                assertEquals(exchange[1], engine.reply(exchange[0]).strip(), "README.md, « " + exchange[0] + " »");
            }
        }
    }
}
