package org.citebot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citebot.answer.Answer;
import org.citebot.answer.reply.ReplyTemplates;
import org.citebot.config.ConfigDir;
import org.citebot.config.Settings;
import org.citebot.qa.Citebot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Conversations of two to four turns about the seed articles, invented for this test
 * ({@code conversations/invented-conversations.jsonl}: each turn with the question written out
 * in full, and gold answers for {@code score.py}). Each conversation goes through one chat, as
 * a user would type it; each written-out question is asked alone, in a chat of its own. A
 * follow-up must be read as its written-out question and get the reply that question gets.
 */
class InventedConversationsTest {

    private static Citebot bot;
    private static ReplyTemplates templates;
    private static List<Turn> turns;

    /** One line of the file. */
    record Turn(String id, String conversation, String question, String written, boolean followUp, boolean none) {
    }

    @BeforeAll
    static void open() throws IOException {
        ConfigDir config = new ConfigDir(Path.of("config"));
        bot = Citebot.open(Path.of("seeds"), config, Settings.load(config, Map.of()));
        templates = ReplyTemplates.load(config);
        turns = read();
    }

    @AfterAll
    static void close() {
        bot.close();
    }

    static List<Turn> read() {
        ObjectMapper json = new ObjectMapper();
        List<Turn> out = new ArrayList<>();
        try (InputStream in = InventedConversationsTest.class.getResourceAsStream(
                "/conversations/invented-conversations.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                out.add(new Turn(n.get("id").asText(), n.get("conversation").asText(), n.get("question").asText(),
                        n.get("written").asText(), n.get("followup").asBoolean(), n.get("type").asText().equals("NONE")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Test
    void followUpsAreReadAsTheirWrittenOutQuestionAndGetItsReply() {
        ChatEngine chats = new ChatEngine(bot, templates);
        ChatEngine alone = new ChatEngine(bot, templates);
        int followUps = 0;
        int resolvedRight = 0;
        int sameReply = 0;
        int noneFollowUps = 0;
        int noneDeclined = 0;
        int declinedRepeats = 0;
        List<String> misses = new ArrayList<>();
        Map<String, Optional<Answer>> lastAnswer = new java.util.HashMap<>();
        for (Turn t : turns) {
            ChatTurn got = chats.turn(t.conversation(), t.question());
            ChatTurn full = alone.turn("alone:" + t.id(), t.written());
            Optional<Answer> previous = lastAnswer.getOrDefault(t.conversation(), Optional.empty());
            if (!got.reply().text().startsWith("Sources de la réponse") && !got.reply().text().startsWith("Je n'ai pas trouvé")) {
                lastAnswer.put(t.conversation(), got.answer());
            }
            if (!t.followUp()) {
                assertEquals(t.question(), got.resolved(), t.id() + " is a question of its own");
                continue;
            }
            followUps++;
            boolean resolved = got.resolved().equals(t.written());
            boolean reply = fact(got).equals(fact(full)) && (isSources(got) || shown(got).equals(full.reply().text()));
            // The one allowed difference: a follow-up about another entity or time declined where its
            // written-out question, asked alone, gets a fact from a sentence about the last one or
            // about another year (FollowUpGuard).
            Optional<String> before = previous.flatMap(Answer::best).map(f -> f.fact());
            boolean guarded = !reply && fact(got).isEmpty() && fact(full).isPresent() && !isSources(got);
            resolvedRight += resolved ? 1 : 0;
            sameReply += reply ? 1 : 0;
            declinedRepeats += guarded ? 1 : 0;
            if (!resolved || !reply) {
                misses.add(t.id() + " « " + t.question() + " » → « " + got.resolved() + " » (" + fact(got)
                        + ") / written « " + t.written() + " » (" + fact(full) + ")");
            }
            if (t.none()) {
                noneFollowUps++;
                noneDeclined += got.answer().map(a -> !a.answered()).orElse(true) ? 1 : 0;
                assertFalse(before.isPresent() && before.equals(fact(got)),
                        t.id() + " answered with the previous turn's fact " + before);
            }
        }
        System.out.printf("invented conversations: %d turns, %d follow-ups; resolved as written %d/%d, same reply %d/%d"
                        + " (+%d declined where the written-out question alone gets a fact about the last entity or year),"
                        + " unanswerable follow-ups declined %d/%d%n", turns.size(), followUps, resolvedRight, followUps,
                sameReply, followUps, declinedRepeats, noneDeclined, noneFollowUps);
        misses.forEach(m -> System.out.println("  " + m));
        assertTrue(followUps >= 25, "follow-ups in the file: " + followUps);
        // The written-out questions name the facts the bot gave when they were written (« qui Sergueï
        // Lavrov a rencontré… »); since the answerer declines more (session 7: one model fitted on the
        // training sets), a pronoun whose fact is no longer given stands for the last question's own
        // subject (« qui le chef de la diplomatie de la russie a rencontré… »): 32 of 38 as written.
        assertTrue(resolvedRight >= 0.8 * followUps, resolvedRight + "/" + followUps + " resolved: " + misses);
        assertTrue(sameReply + declinedRepeats >= 0.8 * followUps, sameReply + "/" + followUps + " same reply: " + misses);
    }

    private static boolean isSources(ChatTurn t) {
        return t.reply().text().startsWith("Sources de la réponse") || t.reply().text().startsWith("Je n'ai pas trouvé");
    }

    private static Optional<String> fact(ChatTurn t) {
        return t.answer().flatMap(Answer::best).map(f -> f.fact());
    }

    /** The reply without the reading of the follow-up in front of it. */
    private static String shown(ChatTurn t) {
        String text = t.reply().text();
        return t.rewritten() && text.startsWith("(") ? text.substring(text.indexOf(") ") + 2) : text;
    }
}
