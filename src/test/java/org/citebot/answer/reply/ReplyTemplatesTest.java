package org.citebot.answer.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.citebot.config.ConfigDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplyTemplatesTest {

    /** The keys the chat and the Telegram front end word their own messages with. */
    private static final List<String> FRONT_END_KEYS = List.of("button.sources", "button.passage", "passage",
            "passage.none", "sources.header", "sources.item", "sources.none", "sources.nearest", "button.stale",
            "button.unknown", "articles", "command.unknown", "examples.none", "telegram.start",
            "telegram.command.unknown", "telegram.apology", "telegram.not.text", "telegram.button.gone",
            "telegram.q.empty", "telegram.refusal", "telegram.slow.down", "telegram.menu.start", "telegram.menu.aide",
            "telegram.menu.sources", "telegram.menu.q", "farewell");

    @Test
    void everyMessageOfTheFrontEndsHasItsFrenchText() {
        for (String key : FRONT_END_KEYS) {
            assertFalse(ReplyTemplates.builtIn().line(key).isBlank(), key);
        }
        assertEquals("Passage : « une phrase »\n— Titre", ReplyTemplates.builtIn().fill("passage",
                Map.of("quote", "une phrase", "source", "Titre")));
    }

    @Test
    void theShippedConfigListsEveryBuiltInKey() throws IOException {
        Properties shipped = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("config/templates.properties"), StandardCharsets.UTF_8)) {
            shipped.load(r);
        }
        Properties builtIn = new Properties();
        try (Reader r = new java.io.InputStreamReader(ReplyTemplates.class.getResourceAsStream("templates.properties"),
                StandardCharsets.UTF_8)) {
            builtIn.load(r);
        }
        assertEquals(new TreeSet<>(builtIn.stringPropertyNames()), new TreeSet<>(shipped.stringPropertyNames()));
    }

    @Test
    void aDeployersTemplateReplacesTheBuiltInOneAndTheRestFallBack(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("templates.properties"), "telegram.refusal=Bot privé.\n", StandardCharsets.UTF_8);
        ReplyTemplates templates = ReplyTemplates.load(new ConfigDir(dir));
        assertEquals("Bot privé.", templates.line("telegram.refusal"));
        assertEquals(ReplyTemplates.builtIn().line("telegram.apology"), templates.line("telegram.apology"));
    }
}
