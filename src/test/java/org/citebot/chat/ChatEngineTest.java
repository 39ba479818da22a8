package org.citebot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.citebot.answer.Answer;
import org.citebot.answer.reply.ReplyTemplates;
import org.citebot.config.ConfigDir;
import org.citebot.config.Settings;
import org.citebot.qa.Citebot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ChatEngineTest {

    private static Citebot bot;
    private static ReplyTemplates templates;

    @BeforeAll
    static void open() {
        ConfigDir config = new ConfigDir(Path.of("config"));
        bot = Citebot.open(Path.of("seeds"), config, Settings.load(config, ChatFixtures.PINNED_THRESHOLD));
        templates = ReplyTemplates.load(config);
    }

    @AfterAll
    static void close() {
        bot.close();
    }

    @Test
    void followUpsLeanOnTheSameChatsLastQuestion() {
        ChatEngine engine = new ChatEngine(bot, templates);
        assertTrue(engine.reply("a", "combien de diplomates expulsés ?").matches("(?is)(8|huit) .*"));
        String in2018 = engine.reply("a", "et en mars 2018 ?");
        assertTrue(in2018.startsWith("(combien de diplomates expulsés en mars 2018 ?) 7 "), in2018);
        String sources = engine.reply("a", "source ?");
        assertTrue(sources.startsWith("Sources de la réponse « 7"), sources);
        // Another chat has no previous question: « et en mars 2018 ? » alone is not understood as one.
        String alone = engine.reply("b", "et en mars 2018 ?");
        assertTrue(!alone.startsWith("(") && !alone.contains("7 diplomates."), alone);
    }

    @Test
    void helpSaysWhatToAskWithExamplesOfSeveralKindsThatAreAnsweredAndHowToFollowUp() {
        ChatEngine engine = new ChatEngine(bot, templates);
        String help = engine.reply("/aide");
        for (String part : List.of("5 articles", "combien… ?", "qui… ? »", "où… ? »", "pourquoi… ? »",
                "« source ? »", "/sources", "/aide")) {
            assertTrue(help.contains(part), part + " in " + help);
        }
        List<String> examples = engine.exampleQuestions();
        assertTrue(examples.stream().map(q -> q.substring(0, 6)).distinct().count() >= 3, examples::toString);
        for (String example : examples) {
            assertTrue(help.contains("• " + example), help);
            Answer answer = bot.answer(example);
            assertTrue(answer.answered(), example);
        }
        assertTrue(!help.contains("/quitter"), "the console adds its own way out: " + help);
        assertTrue(engine.help(examples, List.of("help.quit")).contains("/quitter"));
    }

    @Test
    void aRewrittenFollowUpSaysHowItWasReadAndRemembersTheFullQuestion() {
        ChatEngine engine = new ChatEngine(bot, templates);
        engine.turn("a", "qui est la porte-parole de l'alliance atlantique ?");
        ChatTurn role = engine.turn("a", "et le secrétaire général ?");
        assertEquals("qui est le secrétaire général de l'alliance atlantique ?", role.resolved());
        assertTrue(role.reply().text().startsWith("(secrétaire général de l'Alliance atlantique) Jens Stoltenberg."),
                role.reply().text());
        ChatTurn pronoun = engine.turn("a", "il accuse la russie de quoi ?");
        assertEquals("Jens Stoltenberg accuse la russie de quoi ?", pronoun.resolved());
        ChatTurn own = engine.turn("a", "combien de postes vacants l'otan a-t-elle supprimés ?");
        assertEquals(own.message(), own.resolved(), "a question of its own is answered as typed");
        assertFalse(own.rewritten());
        assertFalse(own.reply().text().startsWith("("), own.reply().text());
        ChatTurn time = engine.turn("a", "et en 2018 ?");
        assertEquals("combien de postes vacants l'otan a-t-elle supprimés en 2018 ?", time.resolved(),
                "the follow-up reads the last question, not an older one");
    }

    @Test
    void aShortMessageNoRuleReadsShowsThePassagesOfTheLastQuestionsTopicNeverAFactFromIt() {
        ChatEngine engine = new ChatEngine(bot, templates);
        engine.turn("a", "pourquoi la russie suspend sa mission ?");
        ChatTurn vague = engine.turn("a", "ça a commencé comment ?");
        assertTrue(vague.resolved().startsWith("ça a commencé comment") && vague.resolved().contains("mission"),
                vague.resolved());
        Answer answer = vague.answer().orElseThrow();
        assertFalse(answer.answered(), "a fact found by words the person did not write is never given");
        assertTrue(vague.reply().text().startsWith("(en lien avec « pourquoi la russie suspend sa mission ? ») "),
                vague.reply().text());
        assertTrue(answer.passages().stream().limit(3).anyMatch(p -> bot.document(p.passage().docId())
                        .map(d -> d.quote(p.passage().sentence())).orElse("").contains("mission")),
                "the passages shown are about the last question's topic");
        // the next turn reads against what was typed, not the widened search
        ChatTurn next = engine.turn("a", "et en 2018 ?");
        assertFalse(next.resolved().contains("suspend"), next.resolved());
        // a message that says enough of its own is asked as typed, never widened
        engine.turn("b", "pourquoi la russie suspend sa mission ?");
        ChatTurn own = engine.turn("b", "quel est le salaire du président du comité ?");
        assertEquals(own.message(), own.resolved());
        assertFalse(own.reply().text().startsWith("("), own.reply().text());
    }

    @Test
    void aFollowUpAboutSomethingTheArticlesDoNotHoldIsDeclinedNotAnsweredWithTheLastFact() {
        ChatEngine engine = new ChatEngine(bot, templates);
        ChatTurn first = engine.turn("a", "qui est le secrétaire général de l'alliance ?");
        assertTrue(first.reply().text().startsWith("Jens Stoltenberg."), first.reply().text());
        ChatTurn other = engine.turn("a", "et celui de l'onu ?");
        assertEquals("qui est le secrétaire général de l'onu ?", other.resolved());
        assertFalse(other.answer().orElseThrow().answered(), other.reply().text());
        assertTrue(other.reply().text().startsWith("(secrétaire général de l'onu) Je n'ai pas trouvé de réponse sûre"), other.reply().text());

        engine.turn("b", "en octobre 2021, combien de russes ont perdu leur accréditation ?");
        ChatTurn year = engine.turn("b", "et en 2010 ?");
        assertEquals("combien de russes ont perdu leur accréditation en 2010 ?", year.resolved());
        assertFalse(year.answer().orElseThrow().answered(), year.reply().text());
    }

    @Test
    void doubtAsksTheLastQuestionAgain() {
        ChatEngine engine = new ChatEngine(bot, templates);
        ChatTurn asked = engine.turn("a", "qui est le secrétaire général de l'alliance ?");
        ChatTurn doubt = engine.turn("a", "tu es sûr ?");
        assertEquals(asked.resolved(), doubt.resolved());
        assertEquals(asked.answer().orElseThrow().best(), doubt.answer().orElseThrow().best());
        assertTrue(doubt.reply().text().startsWith("(") && doubt.reply().text().endsWith(asked.reply().text()),
                doubt.reply().text());
    }

    @Test
    void sourceAfterADeclineAsksTheLastQuestionAgain() {
        ChatEngine engine = new ChatEngine(bot, templates);
        ChatTurn asked = engine.turn("a", "quel temps fait-il à Moscou ?");
        ChatTurn sources = engine.turn("a", "source ?");
        assertFalse(asked.answer().orElseThrow().answered(), asked.reply().text());
        assertEquals(asked.resolved(), sources.resolved());
        assertTrue(sources.reply().text().endsWith(asked.reply().text()), sources.reply().text());
    }

    @Test
    void sourcesListTheLastAnswersArticlesAndKeepItAsTheLastExchange() {
        ConfigDir config = new ConfigDir(Path.of("config"));
        try (Citebot shipped = Citebot.open(Path.of("seeds"), config, Settings.load(config, Map.of()))) {
            sourcesOfTheLastAnswer(new ChatEngine(shipped, templates));
        }
    }

    /** With the shipped threshold: the pinned one gives « auprès de l’OTAN » for where the mission is. */
    private static void sourcesOfTheLastAnswer(ChatEngine engine) {
        ChatTurn asked = engine.turn("a", "où se trouve la mission permanente de la russie auprès de l'alliance ?");
        ChatTurn sources = engine.turn("a", "d'où vient l'info ?");
        assertEquals(asked.resolved(), sources.resolved());
        assertEquals(asked.answer().orElseThrow().best(), sources.answer().orElseThrow().best());
        String text = sources.reply().text();
        // declined: no answer to source, the question is asked again and its reply shows the passages read
        assertTrue(asked.answer().orElseThrow().answered() ? text.startsWith("Sources de la réponse « Bruxelles » :")
                : text.startsWith("(") && text.endsWith(asked.reply().text()), text);
        ChatTurn after = engine.turn("a", "elle compte combien de personnes maintenant ?");
        assertEquals("la mission permanente de la russie compte combien de personnes maintenant ?", after.resolved());
    }

    @Test
    void commandsHaveNoAnswerAndAreNotRewritten() {
        ChatTurn help = new ChatEngine(bot, templates).turn("a", "/aide");
        assertEquals("/aide", help.resolved());
        assertTrue(help.answer().isEmpty());
    }

    @Test
    void aQuestionAboutTheBotGetsTheHelpOrTheArticlesAndLeavesTheLastQuestionInPlace() {
        ChatEngine engine = new ChatEngine(bot, templates);
        engine.reply("a", "combien de diplomates expulsés ?");
        ChatTurn who = engine.turn("a", "tu es qui ?");
        assertTrue(who.answer().isEmpty());
        assertEquals(engine.help(), who.reply().text());
        assertTrue(engine.reply("a", "de quoi parlent les articles ?").startsWith("Articles connus (5)"));
        String in2018 = engine.reply("a", "et en mars 2018 ?");
        assertTrue(in2018.startsWith("(combien de diplomates expulsés en mars 2018 ?) 7 "), in2018);
    }

    @Test
    void aFrontEndShowsItsHelpForTheCommandAndForAQuestionAboutTheBot() {
        assertTrue(ChatEngine.asksForHelp("/aide"));
        assertTrue(ChatEngine.asksForHelp("tu sais faire quoi ?"));
        assertFalse(ChatEngine.asksForHelp("de quoi parlent les articles ?"));
        assertFalse(ChatEngine.asksForHelp("qui est le porte-parole de l'Agence ?"));
    }

    @Test
    void commandsAnswerWithoutSearching() {
        ChatEngine engine = new ChatEngine(bot, templates);
        assertTrue(engine.reply("/aide").contains("/sources"));
        assertTrue(engine.reply("/sources").startsWith("Articles connus (5)"));
        assertTrue(engine.reply("/nimportequoi").startsWith("Commande inconnue"));
        assertTrue(engine.reply("merci !").startsWith("Avec plaisir"));
    }

    @Test
    void conversationsAreBoundedInSizeAndAge() {
        MutableClock clock = new MutableClock();
        Conversations c = new Conversations(2, Duration.ofMinutes(30), clock);
        var answer = bot.answer("qui dirige l'otan ?");
        c.remember("a", "q", answer);
        c.remember("b", "q", answer);
        c.remember("c", "q", answer);
        assertEquals(2, c.size());
        assertTrue(c.last("a").isEmpty(), "least recently used chat forgotten");
        clock.now = clock.now.plus(Duration.ofMinutes(31));
        assertTrue(c.last("c").isEmpty(), "too old");
    }

    private static String data(ChatReply reply, String label) {
        return reply.buttons().stream().filter(b -> b.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no « " + label + " » in " + reply)).data();
    }

    @Test
    void anAnswerWithSeveralSourcesOffersBothButtons() {
        ChatReply reply = new ChatEngine(bot, templates).respond("a", "combien de diplomates expulsés ?");
        assertTrue(reply.text().matches("(?is)(8|huit) .*"), reply.text());
        assertEquals(List.of(ReplyTemplates.builtIn().line(ChatEngine.SOURCES_LABEL), ReplyTemplates.builtIn().line(ChatEngine.PASSAGE_LABEL)),
                reply.buttons().stream().map(ChatReply.Button::label).toList());
        for (ChatReply.Button b : reply.buttons()) {
            assertTrue(b.data().getBytes(StandardCharsets.UTF_8).length <= 64, b.data());
        }
    }

    @Test
    void aDeclineWithANearestPassageOffersOnlyThePassage() {
        ChatEngine engine = new ChatEngine(bot, templates);
        ChatReply reply = engine.respond("a", "quel temps fait-il à Moscou ?");
        assertTrue(reply.text().startsWith("Je n'ai pas trouvé de réponse sûre") || reply.text().startsWith("Je ne suis pas certain"),
                reply.text());
        assertEquals(List.of(ReplyTemplates.builtIn().line(ChatEngine.PASSAGE_LABEL)), reply.buttons().stream().map(ChatReply.Button::label).toList());
        String passage = engine.callback("a", reply.buttons().get(0).data());
        // the passage around the sentence ranker's first sentence, which the decline offers
        String nearest = bot.answer("quel temps fait-il à Moscou ?").nearest().orElseThrow().quote();
        assertTrue(passage.startsWith("Passage : « ") && passage.contains(nearest), passage);
    }

    @Test
    void commandsSmallTalkAndSourceListsHaveNoButtons() {
        ChatEngine engine = new ChatEngine(bot, templates);
        assertEquals(List.of(), engine.respond("a", "/aide").buttons());
        assertEquals(List.of(), engine.respond("a", "merci !").buttons());
        engine.respond("a", "combien de diplomates expulsés ?");
        assertEquals(List.of(), engine.respond("a", "source ?").buttons());
    }

    @Test
    void otherSourcesListsEveryCitationOfTheExchange() {
        ChatEngine engine = new ChatEngine(bot, templates);
        ChatReply reply = engine.respond("a", "combien de diplomates expulsés ?");
        String sources = engine.callback("a", data(reply, ReplyTemplates.builtIn().line(ChatEngine.SOURCES_LABEL)));
        assertTrue(sources.matches("(?is)Sources de la réponse « (8|huit).*"), sources);
        assertTrue(sources.lines().filter(l -> l.startsWith("• « ")).count() > 1, sources);
        assertEquals(sources, engine.callback("a", data(reply, ReplyTemplates.builtIn().line(ChatEngine.SOURCES_LABEL))), "pressed twice");
    }

    @Test
    void thePassageIsQuotedVerbatimAroundTheAnswer() {
        ChatEngine engine = new ChatEngine(bot, templates);
        ChatReply reply = engine.respond("a", "combien de diplomates expulsés ?");
        String passage = engine.callback("a", data(reply, ReplyTemplates.builtIn().line(ChatEngine.PASSAGE_LABEL)));
        assertTrue(passage.startsWith("Passage : « "), passage);
        String quoted = passage.substring("Passage : « ".length(), passage.indexOf(" »\n— "));
        assertTrue(bot.corpus().documents().stream().anyMatch(d -> d.text().contains(quoted)), quoted);
        String firstQuote = reply.text().lines().filter(l -> l.startsWith("Source : « ")).findFirst().orElseThrow();
        String cited = firstQuote.substring("Source : « ".length(), firstQuote.indexOf(" » — "));
        assertTrue(quoted.contains(cited) && quoted.length() > cited.length(), quoted + " / " + cited);
    }

    @Test
    void aButtonOfAnEarlierQuestionOrAnotherChatIsStale() {
        ChatEngine engine = new ChatEngine(bot, templates);
        String first = data(engine.respond("a", "combien de diplomates expulsés ?"), ReplyTemplates.builtIn().line(ChatEngine.PASSAGE_LABEL));
        assertEquals(ReplyTemplates.builtIn().line(ChatEngine.STALE), engine.callback("b", first));
        ChatReply second = engine.respond("a", "qui dirige l'otan ?");
        assertEquals(ReplyTemplates.builtIn().line(ChatEngine.STALE), engine.callback("a", first));
        assertFalse(engine.callback("a", data(second, ReplyTemplates.builtIn().line(ChatEngine.PASSAGE_LABEL))).equals(ReplyTemplates.builtIn().line(ChatEngine.STALE)));
    }

    @Test
    void aForgottenExchangeIsStale() {
        MutableClock clock = new MutableClock();
        ChatEngine engine = new ChatEngine(bot, templates, new Conversations(10, Duration.ofMinutes(30), clock));
        String data = data(engine.respond("a", "combien de diplomates expulsés ?"), ReplyTemplates.builtIn().line(ChatEngine.PASSAGE_LABEL));
        clock.now = clock.now.plus(Duration.ofMinutes(31));
        assertEquals(ReplyTemplates.builtIn().line(ChatEngine.STALE), engine.callback("a", data));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"x", "s:", "p:", "p:abc", "s:99999999999999999999999", "q:1", "S:1", "p: 1",
            "<b>p:1</b>", "😀"})
    void garbageDataGetsAHint(String data) {
        ChatEngine engine = new ChatEngine(bot, templates);
        engine.respond("a", "combien de diplomates expulsés ?");
        assertEquals(ReplyTemplates.builtIn().line(ChatEngine.UNKNOWN_BUTTON), engine.callback("a", data));
    }

    @Test
    void buttonDataIsAtMostSixtyFourBytes() {
        assertEquals(64, new ChatReply.Button("ok", "p:" + "1".repeat(62)).data().length());
        assertThrows(IllegalArgumentException.class, () -> new ChatReply.Button("x", "p:" + "1".repeat(63)));
        assertThrows(IllegalArgumentException.class, () -> new ChatReply.Button("x", "é".repeat(33)));
        assertThrows(IllegalArgumentException.class, () -> new ChatReply.Button("x", ""));
        // The longest data the engine makes: a long exchange id.
        assertTrue(("s:" + Long.MIN_VALUE).getBytes(StandardCharsets.UTF_8).length <= 64);
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
