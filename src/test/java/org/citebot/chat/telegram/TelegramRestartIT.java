package org.citebot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citebot.config.Settings;
import org.junit.jupiter.api.Test;

/**
 * Nothing lost across a crash or a stop (issue 18): the real bot, {@code target/citebot.jar} in a
 * JVM of its own ({@link BotProcess}), polls a {@link BotApiEmulator} that keeps Telegram's offset
 * rule, while many chats ask several questions each; the bot is killed ({@code kill -9}) or
 * stopped (SIGTERM) halfway, then started again on the same state folder. Every question must be
 * answered, in order within its chat; the replies counted twice are the duplicate window.
 */
class TelegramRestartIT {

    private static final String TOKEN = "555555555:restart-test-token";
    private static final String BOT_NAME = "CitebotRestartBot";
    /** Questions of every chat, in this order; their answers do not matter here, only their count. */
    private static final List<String> QUESTIONS = List.of(
            "combien de diplomates expulsés ?",
            "qui dirige l'otan ?",
            "où se trouve la mission de liaison militaire de l'otan ?",
            "/sources",
            "en quelle année l'otan a été fondée",
            "qui est Sergueï Lavrov ?",
            "/aide",
            "quand la Russie a-t-elle suspendu sa mission ?",
            "combien de diplomates russes à Bruxelles ?",
            "qui a parlé de désescalade ?");

    /** What one run measured. */
    record Outcome(int questions, int repliesBeforeRestart, int answered, int twice, List<String> disorder,
                   String firstLog, String secondLog) {

        int missing() {
            return questions - answered;
        }
    }

    @Test
    void killedMidLoadThenRestartedAnswersEveryQuestionAtMostThreeTwice() throws Exception {
        Outcome o = run("kill", 20, 5, 30, true);
        System.out.printf("TelegramRestartIT kill -9: %d questions, %d replies before the kill; after the restart"
                + " %d answered, %d twice%n", o.questions(), o.repliesBeforeRestart(), o.answered(), o.twice());
        assertEquals(0, o.missing(), () -> o.missing() + " questions never answered\n" + o.secondLog());
        assertTrue(o.twice() <= 3, () -> o.twice() + " questions answered twice");
        assertEquals(List.of(), o.disorder());
    }

    @Test
    void stoppedWithQueuedQuestionsThenRestartedAnswersEachExactlyOnce() throws Exception {
        Outcome o = run("sigterm", 20, 10, 34, false);
        System.out.printf("TelegramRestartIT SIGTERM: %d questions, %d replies before the bot exited; after the"
                + " restart %d answered, %d twice%n", o.questions(), o.repliesBeforeRestart(), o.answered(), o.twice());
        assertEquals(0, o.missing(), () -> o.missing() + " questions never answered\n" + o.firstLog());
        assertEquals(0, o.twice(), "questions answered twice");
        assertEquals(List.of(), o.disorder());
        if (o.repliesBeforeRestart() < o.questions()) {
            assertTrue(o.firstLog().contains("will deliver them again"), () -> "no word of the updates left:\n"
                    + o.firstLog());
        }
    }

    /**
     * {@code chats} chats ask {@code perChat} questions each, round-robin; after {@code stopAfter}
     * replies the bot is killed (or stopped), then started again until every question has a reply
     * (and two seconds more, for late duplicates).
     */
    private static Outcome run(String name, int chats, int perChat, int stopAfter, boolean kill) throws Exception {
        Path state = Files.createTempDirectory(Files.createDirectories(Path.of("target", "restart-it")), name + "-");
        Map<String, String> env = environment(state);
        try (BotApiEmulator api = BotApiEmulator.start(TOKEN, BOT_NAME)) {
            env.put(TelegramSettings.URL_VARIABLE, api.base().toString());
            Map<Integer, Long> chatOf = new LinkedHashMap<>();
            String firstLog;
            int before;
            try (BotProcess first = BotProcess.start(env, state.resolve("first.log"))) {
                assertTrue(api.awaitPolls(1, Duration.ofSeconds(60)), () -> "the bot never polled:\n" + log(first));
                for (int q = 0; q < perChat; q++) {
                    for (int c = 0; c < chats; c++) {
                        long chat = 10_000 + c;
                        chatOf.put(api.userSays(chat, QUESTIONS.get(q)), chat);
                    }
                }
                assertTrue(api.awaitSent(stopAfter, Duration.ofSeconds(60)), () -> "too few replies:\n" + log(first));
                if (kill) {
                    first.kill();
                } else {
                    int code = first.stop(Duration.ofSeconds(30));
                    // 143 = 128 + SIGTERM: the JVM's own exit status after a stop by signal
                    assertTrue(code == 0 || code == 143, () -> "exit code " + code + "\n" + log(first));
                }
                before = api.sentCount();
                firstLog = first.log();
            }
            String secondLog;
            try (BotProcess second = BotProcess.start(env, state.resolve("second.log"))) {
                long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                while (answered(api, chatOf) < chatOf.size() && System.nanoTime() < deadline && second.isAlive()) {
                    Thread.sleep(100);
                }
                Thread.sleep(2_000);
                second.stop(Duration.ofSeconds(30));
                secondLog = second.log();
            }
            Map<Integer, Integer> replies = repliesByQuestion(api, chatOf);
            int twice = (int) replies.values().stream().filter(n -> n > 1).count();
            return new Outcome(chatOf.size(), before, replies.size(), twice, disorder(api, chatOf), firstLog,
                    secondLog);
        }
    }

    private static Map<String, String> environment(Path state) {
        Map<String, String> env = new HashMap<>();
        env.put(TelegramSettings.TOKEN_VARIABLE, TOKEN);
        env.put(Settings.environmentName("telegram.state.dir"), state.toString());
        env.put(Settings.environmentName("telegram.flood.per.minute"), "0");
        env.put("CITEBOT_LOG_LEVEL", "INFO");
        return env;
    }

    private static String log(BotProcess bot) {
        try {
            return bot.log();
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** How many replies each asked question got (questions without one are absent). */
    private static Map<Integer, Integer> repliesByQuestion(BotApiEmulator api, Map<Integer, Long> chatOf) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (BotApiEmulator.Sent s : api.sent()) {
            if (s.replyTo() != null && chatOf.containsKey(s.replyTo())) {
                counts.merge(s.replyTo(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static int answered(BotApiEmulator api, Map<Integer, Long> chatOf) {
        return repliesByQuestion(api, chatOf).size();
    }

    /** Chats whose questions got their first replies out of the order asked. */
    private static List<String> disorder(BotApiEmulator api, Map<Integer, Long> chatOf) {
        Map<Long, List<Integer>> firstReplies = new HashMap<>();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (BotApiEmulator.Sent s : api.sent()) {
            if (s.replyTo() != null && chatOf.containsKey(s.replyTo()) && seen.add(s.replyTo())) {
                firstReplies.computeIfAbsent(s.chatId(), k -> new ArrayList<>()).add(s.replyTo());
            }
        }
        List<String> out = new ArrayList<>();
        firstReplies.forEach((chat, ids) -> {
            if (!ids.equals(ids.stream().sorted().toList())) {
                out.add("chat " + chat + ": " + ids);
            }
        });
        return out;
    }
}
