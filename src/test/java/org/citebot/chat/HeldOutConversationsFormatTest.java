package org.citebot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the shape of {@code conversations/heldout-conversations.jsonl}, the held-out chat
 * conversations about the seed articles that follow-up reading is judged on (issue 16). It only
 * checks that the file is well formed and that each gold line is backed by its articles: it never
 * runs the bot, so that the set stays a check and is not tuned on.
 */
class HeldOutConversationsFormatTest {

    private static final String RESOURCE = "/conversations/heldout-conversations.jsonl";
    private static final List<String> FIELDS = List.of("id", "conversation", "question", "written", "followup",
            "type", "answers", "docs", "evidence", "note");
    private static final Set<String> TYPES = Set.of("QUANTITY", "DATE", "PERSON", "ORGANIZATION", "PLACE", "REASON",
            "DEFINITION", "YESNO", "OTHER", "NONE");

    private static List<JsonNode> lines;
    /** Seed article text by its three-digit file-name prefix. */
    private static Map<String, String> articles;

    @BeforeAll
    static void read() throws IOException {
        ObjectMapper json = new ObjectMapper();
        lines = new ArrayList<>();
        try (InputStream in = HeldOutConversationsFormatTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, RESOURCE + " is on the test class path");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    lines.add(json.readTree(line));
                }
            }
        }
        articles = new HashMap<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".txt")).toList()) {
                articles.put(p.getFileName().toString().substring(0, 3), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyLineIsWellFormedAndBackedByItsArticles() {
        return lines.stream().map(n -> dynamicTest(n.path("id").asText("?"), () -> checkLine(n)));
    }

    private static void checkLine(JsonNode n) {
        String id = n.path("id").asText();
        for (String field : FIELDS) {
            assertTrue(n.has(field), id + " has " + field);
        }
        assertFalse(n.get("question").asText().isBlank(), id + " question");
        assertFalse(n.get("written").asText().isBlank(), id + " written");
        assertTrue(n.get("followup").isBoolean(), id + " followup is a boolean");
        assertTrue(n.get("answers").isArray() && n.get("docs").isArray(), id + " answers and docs are arrays");
        String type = n.get("type").asText();
        assertTrue(TYPES.contains(type), id + " type " + type);
        assertTrue(id.startsWith(n.get("conversation").asText() + "-"), id + " is numbered in its conversation");
        if (!n.get("followup").asBoolean()) {
            assertEquals(n.get("question").asText(), n.get("written").asText(), id + " stands alone: written as asked");
        }
        if (type.equals("NONE")) {
            assertTrue(n.get("answers").isEmpty(), id + " NONE has no answers");
            return;
        }
        assertFalse(n.get("answers").isEmpty(), id + " has answers");
        assertFalse(n.get("docs").isEmpty(), id + " has docs");
        String evidence = n.get("evidence").asText();
        assertFalse(evidence.isBlank(), id + " has evidence");
        boolean found = false;
        for (JsonNode doc : n.get("docs")) {
            String text = articles.get(doc.asText());
            assertNotNull(text, id + " doc " + doc.asText() + " is a seed article");
            found |= text.contains(evidence);
        }
        assertTrue(found, id + " evidence is verbatim in one of " + n.get("docs") + ": " + evidence);
    }

    @Test
    void conversationsStartWithAQuestionOfTheirOwnAndStayTogether() {
        Set<String> seen = new HashSet<>();
        Set<String> ids = new HashSet<>();
        String current = null;
        for (JsonNode n : lines) {
            String id = n.get("id").asText();
            assertTrue(ids.add(id), "unique id " + id);
            String conversation = n.get("conversation").asText();
            if (!conversation.equals(current)) {
                assertTrue(seen.add(conversation), conversation + " is written in one block");
                assertFalse(n.get("followup").asBoolean(), id + " opens its conversation with followup=false");
                current = conversation;
            }
        }
    }

    @Test
    void theSetHasTheSizeItWasWrittenFor() {
        long conversations = lines.stream().map(n -> n.get("conversation").asText()).distinct().count();
        long followUps = lines.stream().filter(n -> n.get("followup").asBoolean()).count();
        long none = lines.stream().filter(n -> n.get("type").asText().equals("NONE")).count();
        assertTrue(conversations >= 25, "conversations: " + conversations);
        assertTrue(followUps >= 40, "follow-ups: " + followUps);
        assertTrue(none >= 6, "unanswerable follow-ups: " + none);
        for (JsonNode n : lines) {
            assertEquals("held out, written by s8-convset", n.get("note").asText(), n.get("id").asText() + " note");
        }
    }
}
