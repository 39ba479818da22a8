package org.citebot.chat;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Conversations of two to four turns about the seed articles ({@code conversations/*.jsonl}: each turn with the question written out
 * in full, and gold answers for {@code score.py}). Each conversation goes through one chat, as
 * a user would type it; each written-out question is asked alone, in a chat of its own. A
 * follow-up must be read as its written-out question and get the reply that question gets.
 */
class InventedConversationsTest {

    private static Citebot bot;
    private static ReplyTemplates templates;

    /** One line of the file. */
    record Turn(String id, String conversation, String question, String written, boolean followUp, boolean none) {
    }

    @BeforeAll
    static void open() throws IOException {
        ConfigDir config = new ConfigDir(Path.of("config"));
        bot = Citebot.open(Path.of("seeds"), config, Settings.load(config, Map.of()));
        templates = ReplyTemplates.load(config);
    }

    @AfterAll
    static void close() {
        bot.close();
    }

    static List<Turn> read(String file) {
        ObjectMapper json = new ObjectMapper();
        List<Turn> out = new ArrayList<>();
        try (InputStream in = InventedConversationsTest.class.getResourceAsStream(file.contains("/") ? "/" + file : "/conversations/" + file)) {
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

    /** What one set of conversations gave: counts over its follow-up turns, and the misses. */
    record Measure(int turns, int followUps, int resolvedRight, int sameReply, int declinedRepeats, int noneFollowUps,
                   int noneDeclined, int ownQuestions, int ownKept, int sameFact, List<String> misses) {
    }

    /**
     * The dialogues this test was written with (29 chats, 38 follow-ups), and conversations written
     * by another hand about the same articles and checked once, without tuning the rules on them
     * ({@code heldout-conversations.jsonl}, session 8, measured once). The bars sit a little under
     * what each gave when this was written, leaving room for the answerer's changes (a follow-up's
     * reading depends on the fact it was given): invented 33/38 as written, 29 + 6 guarded same
     * reply, 31/38 same fact, 6/7 declined, 32/32 own questions kept; held out 3/49 as written (its
     * write-outs are worded otherwise), 15 + 3 same reply, 39/49 same fact, 7/8 declined, 33/33 kept.
     * {@code invented-shapes-conversations.jsonl} (session 9, 46 chats, 44 follow-ups, 56 questions of
     * their own) adds the shapes the first set lacked (« il est qui ? », « c'est-à-dire ? », « à quel
     * sujet ? », « ce dernier », « cette décision », « en 2021 ? » without « et », « la raison ? »,
     * « tu es sûr ? », a closing « depuis ») and standalone second turns; it gave 25/44 as written,
     * 27 + 5 same reply, 38/44 same fact, 6/6 declined, 56/56 kept. Bars, in order: as written, same reply or guarded, unanswerable declined, own questions read
     * as typed, same fact (or none on both sides).
     * {@code invented-s10-conversations.jsonl} (session 10, 57 chats, 62 follow-ups) was written
     * before the rules changed for it, in shapes neither set had (slips and shorthand, « stp »,
     * « lesquels ? », « et l'autre ? », « côté X », « le même jour », « c'est qui ce gars ? »);
     * main gave 33/40 same fact on its first 40 follow-ups, the rules of session 10 55/62.
     * {@code invented-s11-conversations.jsonl} (session 11, 36 chats, 42 follow-ups, 6 unanswerable)
     * was written before the rules changed for it, in shapes no other set had (« non, je voulais
     * dire … », « combien exactement ? », « depuis quand ? » after a name, « et les X, elles … »,
     * « qui l'a dit ? » after a yes or no, « ça commence quand ? », topic changes): main gave 39/42
     * same fact, 17 same reply (scripts/evaluate-conversations); the rules of session 11 7/42 as
     * written, 23 + 1 same reply, 39/42 same fact, 6/6 declined, 38/38 kept.
     * {@code blind/blind-s10-conversations.jsonl} (session 10, 25 chats, 44 follow-ups, written from
     * the articles alone by a hand that read no code and no other set) is held out like the session
     * 8 set, summary only: after session 10's rules, 0/44 as written, 15 + 3 same reply, 38/44
     * same fact (38 before them too), 5/5 declined, 26/26 kept. Session 11's declines show the
     * sentences behind the best declined candidates, which follow a question's wording more than the
     * ranker's first does: the blind set's same reply fell to 12 + 3 (invented, shapes and held out
     * unchanged; s10 48 → 44), same fact unchanged, and its bar went from 0.35 to 0.30.
     * {@code blind/blind-s11-conversations.jsonl} (session 11, 25 chats, 46 follow-ups, 5 the articles
     * do not answer; written from the articles alone by another hand) is held out the same way; when
     * it arrived (main 0fff3da, scripts/evaluate-conversations): 0/46 as written, same reply 7, same
     * fact 40/46, 5/5 declined — the follow-up rules, developed on the invented sets, read none of
     * its follow-ups as written.
     * {@code invented-s12-conversations.jsonl} (session 12, 31 chats, 55 follow-ups, 6 unanswerable)
     * was written from the five articles and the s11 file's format alone, before the follow-up code
     * was read (elliptic turns, pronouns, swapped entities and times, bare question words, slips, no
     * accents); its write-outs are worded as a person words them (« fondée » for « créé »), so
     * almost none is read exactly as written. Main 8102aec (scripts/evaluate-conversations): 0/55 as
     * written, 10 same reply, 44/55 same fact, 6/6 declined, follow-ups right 9 against 15 written
     * out; session 12's rules: 1/55 as written, 16 + 7 same reply, 47/55 same fact, 6/6 declined,
     * 31/31 kept (this test's measure).
     * {@code invented-s17-conversations.jsonl} (session 17, 21 chats, 25 follow-ups, 7 unanswerable)
     * takes up the last question's phrase with a pronoun or a demonstrative (« celle-ci » after a
     * phrase holding a place name, a phrase with an adjective in « -ent »), and asks a birth, a death
     * or a post after a thing or an unnamed person. Main abc693b (scripts/evaluate-conversations):
     * 2/25 as written, same reply 11, same fact 21/25, 4/7 declined; session 17's rules: 5/25 as
     * written, 12 + 2 same reply, 21/25 same fact, 6/7 declined (the seventh follows a wrong answer
     * of the question alone), 21/21 kept (this test's measure); the same-reply bar leaves room for
     * the branch without its last rule (session 17's place names: 10 same reply by the script).
     * {@code blind/blind-s12-conversations.jsonl} (session 12, 25 chats, 45 follow-ups, 5 unanswerable;
     * a third hand, the articles alone): when it arrived (main 8102aec, scripts/evaluate-conversations)
     * 0/45 as written, same reply 9, same fact 37/45, 5/5 declined; follow-ups right 9 against 16
     * for their written-out questions.
     * {@code blind/blind-s13-conversations.jsonl} (session 13, 25 chats, 45 follow-ups, 5 unanswerable;
     * a fourth hand, the articles alone): when it arrived (main 31d4baf, scripts/evaluate-conversations)
     * 0/45 as written, same reply 8, same fact 41/45, 5/5 declined; follow-ups right 7 against 11
     * (this test's measure: same reply 13 + 4, same fact 41/45, 25/25 kept).
     * {@code blind/blind-s14-conversations.jsonl} (session 14, 25 chats, 45 follow-ups, 5 unanswerable;
     * a fifth hand, the articles alone): when it arrived (main 99ff001, scripts/evaluate-conversations)
     * 1/45 as written, same reply 4, same fact 40/45, 5/5 declined; follow-ups right 6 against 11
     * (this test's measure: same reply 11 + 3, same fact 40/45, 25/25 kept).
     * {@code blind/blind-s15-conversations.jsonl} (session 15, 25 chats, 45 follow-ups, 5 unanswerable;
     * a sixth hand, the articles alone): when it arrived (main a25bf4a, scripts/evaluate-conversations)
     * 0/45 as written, same reply 6, same fact 42/45, 5/5 declined; follow-ups right 8 against 10
     * (this test's measure: same reply 10 + 2, same fact 42/45, 25/25 kept).
     * {@code blind/blind-s16-conversations.jsonl} (session 16, 25 chats, 45 follow-ups, 5 unanswerable;
     * a seventh hand, the articles alone): when it arrived (main 808c55b, scripts/evaluate-conversations)
     * 0/45 as written, same reply 5, same fact 39/45, 5/5 declined; follow-ups right 7 against 12
     * (this test's measure: same reply 8 + 5, same fact 39/45, 25/25 kept).
     * {@code blind/blind-s17-conversations.jsonl} (session 17, 30 chats, 56 follow-ups, 6 unanswerable;
     * an eighth hand, the articles alone): when it arrived (main abc693b, scripts/evaluate-conversations)
     * 0/56 as written, same reply 9, same fact 49/56, 6/6 declined; follow-ups right 7 against 12
     * (this test's measure: same reply 13 + 7, same fact 49/56, 30/30 kept).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "invented-conversations.jsonl, 0.80, 0.85, 0.80, 1.0, 0.75",
            "invented-shapes-conversations.jsonl, 0.50, 0.65, 0.75, 1.0, 0.80",
            "invented-s10-conversations.jsonl, 0.25, 0.60, 0.80, 1.0, 0.80",
            "invented-s11-conversations.jsonl, 0.10, 0.50, 1.0, 1.0, 0.85",
            "invented-s12-conversations.jsonl, 0.0, 0.38, 1.0, 1.0, 0.80",
            "invented-s17-conversations.jsonl, 0.16, 0.40, 0.85, 1.0, 0.80",
            "heldout-conversations.jsonl, 0.05, 0.30, 0.75, 1.0, 0.72",
            "blind/blind-s10-conversations.jsonl, 0.0, 0.30, 0.80, 1.0, 0.80",
            "blind/blind-s11-conversations.jsonl, 0.0, 0.30, 1.0, 1.0, 0.80",
            "blind/blind-s12-conversations.jsonl, 0.0, 0.40, 1.0, 1.0, 0.75",
            "blind/blind-s13-conversations.jsonl, 0.0, 0.33, 1.0, 1.0, 0.85",
            "blind/blind-s14-conversations.jsonl, 0.0, 0.28, 1.0, 1.0, 0.85",
            "blind/blind-s15-conversations.jsonl, 0.0, 0.25, 1.0, 1.0, 0.90",
            "blind/blind-s16-conversations.jsonl, 0.0, 0.25, 1.0, 1.0, 0.85",
            "blind/blind-s17-conversations.jsonl, 0.0, 0.33, 1.0, 1.0, 0.85",
    })
    void followUpsAreReadAsTheirWrittenOutQuestionAndGetItsReply(String file, double resolvedBar, double replyBar,
                                                                 double declinedBar, double ownBar, double factBar) {
        Measure m = measure(read(file));
        System.out.printf("%s: %d turns, %d follow-ups; resolved as written %d/%d, same reply %d/%d"
                        + " (+%d declined where the written-out question alone gets a fact about the last entity or year),"
                        + " same fact or none %d/%d, unanswerable follow-ups declined %d/%d; questions of their own read as"
                        + " typed %d/%d%n", file, m.turns(), m.followUps(), m.resolvedRight(), m.followUps(), m.sameReply(),
                m.followUps(), m.declinedRepeats(), m.sameFact(), m.followUps(), m.noneDeclined(), m.noneFollowUps(),
                m.ownKept(), m.ownQuestions());
        // The held-out set is read by its summary only: its misses are never printed, so that nobody
        // tunes the follow-up rules on them (a failing bar says which figure fell, not which turns).
        boolean heldOut = file.startsWith("heldout") || file.startsWith("blind/");
        List<String> misses = heldOut ? List.of("(held-out set: misses not shown)") : m.misses();
        misses.forEach(miss -> System.out.println("  " + miss));
        assertTrue(m.followUps() >= 25, "follow-ups in the file: " + m.followUps());
        // The written-out questions name the facts the articles give (« qui Sergueï Lavrov a
        // rencontré… »); when the bot gave no fact and the sentences it read name nobody for the
        // role, a pronoun stands for the last question's own words (« le chef de la diplomatie… »).
        assertTrue(m.resolvedRight() >= resolvedBar * m.followUps(),
                m.resolvedRight() + "/" + m.followUps() + " resolved: " + misses);
        assertTrue(m.sameReply() + m.declinedRepeats() >= replyBar * m.followUps(),
                m.sameReply() + "/" + m.followUps() + " same reply: " + misses);
        assertTrue(m.noneDeclined() >= declinedBar * m.noneFollowUps(),
                m.noneDeclined() + "/" + m.noneFollowUps() + " unanswerable follow-ups declined");
        assertTrue(m.sameFact() >= factBar * m.followUps(), m.sameFact() + "/" + m.followUps() + " same fact or none");
        assertTrue(m.ownKept() >= ownBar * m.ownQuestions(), m.ownKept() + "/" + m.ownQuestions()
                + " questions of their own read as typed: " + misses);
    }

    private static Measure measure(List<Turn> turns) {
        ChatEngine chats = new ChatEngine(bot, templates);
        ChatEngine alone = new ChatEngine(bot, templates);
        int followUps = 0;
        int resolvedRight = 0;
        int sameReply = 0;
        int noneFollowUps = 0;
        int noneDeclined = 0;
        int declinedRepeats = 0;
        int ownQuestions = 0;
        int ownKept = 0;
        int sameFact = 0;
        List<String> misses = new ArrayList<>();
        Map<String, Optional<Answer>> lastAnswer = new java.util.HashMap<>();
        for (Turn t : turns) {
            ChatTurn got = chats.turn(t.conversation(), t.question());
            ChatTurn full = alone.turn("alone:" + t.id(), t.written());
            Optional<Answer> previous = lastAnswer.getOrDefault(t.conversation(), Optional.empty());
            if (!isSources(got)) {
                lastAnswer.put(t.conversation(), got.answer());
            }
            if (!t.followUp()) {
                ownQuestions++;
                ownKept += t.question().equals(got.resolved()) ? 1 : 0;
                if (!t.question().equals(got.resolved())) {
                    misses.add(t.id() + " « " + t.question() + " » is a question of its own, read as « " + got.resolved() + " »");
                }
                continue;
            }
            followUps++;
            boolean resolved = plain(got.resolved()).equals(plain(t.written()));
            boolean reply = fact(got).equals(fact(full)) && (isSources(got) || shown(got).equals(full.reply().text()));
            // The one allowed difference: a follow-up declined where its written-out question, asked
            // alone, gets a fact from a sentence about the last entity or another year, or the last
            // fact again (FollowUpGuard).
            Optional<String> before = previous.flatMap(Answer::best).map(f -> f.fact());
            boolean guarded = !reply && fact(got).isEmpty() && fact(full).isPresent() && !isSources(got);
            resolvedRight += resolved ? 1 : 0;
            sameFact += fact(got).equals(fact(full)) ? 1 : 0;
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
        return new Measure(turns.size(), followUps, resolvedRight, sameReply, declinedRepeats, noneFollowUps, noneDeclined,
                ownQuestions, ownKept, sameFact, misses);
    }

    /** A question without case, accents, punctuation or spacing: how it was written out does not count. */
    private static String plain(String question) {
        return org.citebot.text.Folding.fold(question).replace('’', '\'').replaceAll("[^a-z0-9']+", " ").strip();
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
