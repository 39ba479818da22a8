package org.citebot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citebot.config.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line in-process, as scripts and users call it. */
class CommandLineTest {

    /** The warnings these tests provoke on purpose, asserted here rather than shown in the build. */
    @RegisterExtension
    final LogCapture log = new LogCapture();

    private final ObjectMapper json = new ObjectMapper();

    private record Run(int exit, String out, String err) {
    }

    private static Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        cli.setExecutionExceptionHandler(new ErrorReporter());
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void askJsonAnswersWithAVerbatimCitation() throws IOException {
        Run r = run(new CitebotCommand(), "ask", "--json", "qui est le secrétaire général de l'otan ?");
        assertEquals(0, r.exit(), r.err());
        JsonNode o = json.readTree(r.out());
        for (String field : List.of("question", "resolved", "answered", "answer", "type", "reply", "reply_kind",
                "citations", "passages", "confidence", "sentence_confidence", "millis")) {
            assertTrue(o.has(field), "missing " + field);
        }
        double sentence = o.get("sentence_confidence").asDouble();
        assertTrue(sentence > 0 && sentence < 1, "sentence_confidence " + sentence);
        assertTrue(o.get("answered").asBoolean(), r.out());
        assertTrue(o.get("answer").asText().contains("Stoltenberg"), o.get("answer").asText());
        assertEquals("PERSON", o.get("type").asText());
        JsonNode c = o.get("citations").get(0);
        String text = Files.readString(Path.of("seeds", c.get("doc").asText()), StandardCharsets.UTF_8);
        assertEquals(c.get("quote").asText(), text.substring(c.get("start").asInt(), c.get("end").asInt()));
        assertTrue(o.get("reply").asText().contains("Source : « " + c.get("quote").asText() + " »"));
        assertTrue(o.get("passages").size() <= 10);
    }

    @Test
    void askDeclinesWhatTheArticlesDoNotSay() throws IOException {
        Run r = run(new CitebotCommand(), "ask", "--json", "quel est le salaire de Jens Stoltenberg ?");
        JsonNode o = json.readTree(r.out());
        assertFalse(o.get("answered").asBoolean());
        assertTrue(o.get("answer").isNull());
        assertTrue(o.get("reply").asText().startsWith("Je ne suis pas certain de la réponse exacte"),
                o.get("reply").asText());
        assertEquals("passage", o.get("reply_kind").asText());
        // each sentence shown to read is a citation, quoted in the reply
        assertTrue(o.get("citations").size() >= 1);
        for (JsonNode c : o.get("citations")) {
            assertTrue(o.get("reply").asText().contains("« " + c.get("quote").asText() + " »"), c.toString());
        }
    }

    @Test
    void batchAnswersEveryLineInOrderInOneProcess(@TempDir Path dir) throws IOException {
        Path batch = dir.resolve("q.txt");
        Files.writeString(batch, "qui dirige l'otan ?\n\n{\"question\": \"où se trouve la mission de liaison militaire ?\"}\n"
                + "bonjour\n(((\n");
        Run r = run(new CitebotCommand(), "ask", "--json", "--top", "3", "--batch", batch.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(4, lines.size(), r.out());
        assertEquals("qui dirige l'otan ?", json.readTree(lines.get(0)).get("question").asText());
        assertEquals("où se trouve la mission de liaison militaire ?", json.readTree(lines.get(1)).get("question").asText());
        assertEquals("bonjour", json.readTree(lines.get(2)).get("question").asText());
        assertTrue(json.readTree(lines.get(0)).get("passages").size() <= 3);
    }

    @Test
    void batchLinesOfAConversationAreOneChatInFileOrder(@TempDir Path dir) throws IOException {
        Path batch = dir.resolve("chats.jsonl");
        Files.writeString(batch, String.join("\n",
                "{\"conversation\": \"a\", \"question\": \"qui est le porte-parole du kremlin ?\"}",
                "{\"conversation\": 7, \"question\": \"qui est la porte-parole de l'alliance atlantique ?\"}",
                "{\"conversation\": \"a\", \"question\": \"il a commenté quoi ?\"}",
                "{\"question\": \"et le secrétaire général ?\"}",
                "{\"conversation\": 7, \"question\": \"et le secrétaire général ?\"}",
                "{\"conversation\": \"a\", \"question\": \"source ?\"}",
                "{\"conversation\": 7, \"question\": \"/aide\"}") + "\n");
        Run r = run(new CitebotCommand(), "ask", "--json", "--threads", "3", "--batch", batch.toString());
        assertEquals(0, r.exit(), r.err());
        List<JsonNode> out = r.out().lines().map(l -> {
            try {
                return json.readTree(l);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
        assertEquals(7, out.size(), r.out());
        assertEquals("qui est le porte-parole du kremlin ?", out.get(0).get("resolved").asText());
        assertEquals("Dmitri Peskov a commenté quoi ?", out.get(2).get("resolved").asText());
        assertEquals("et le secrétaire général ?", out.get(3).get("resolved").asText(), "no conversation: alone");
        assertEquals("qui est le secrétaire général de l'alliance atlantique ?", out.get(4).get("resolved").asText());
        assertTrue(out.get(4).get("reply").asText().startsWith("(secrétaire général de l'Alliance atlantique) "),
                out.get(4).get("reply").asText());
        assertEquals(out.get(2).get("resolved").asText(), out.get(5).get("resolved").asText(), "sources of the last answer");
        String sources = out.get(5).get("reply").asText();
        // after a decline there is no answer to source: the last question is asked again, same reply
        assertTrue(out.get(2).get("answered").asBoolean() ? sources.startsWith("Sources de la réponse")
                : sources.equals(out.get(2).get("reply").asText()), sources);
        assertEquals(out.get(2).get("answer"), out.get(5).get("answer"));
        assertFalse(out.get(6).get("answered").asBoolean());
        assertTrue(out.get(6).get("reply").asText().contains("/sources"));
    }

    @Test
    void badUsageIsAOneLineMessageNotAStackTrace(@TempDir Path dir) {
        Run none = run(new CitebotCommand(), "ask");
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("give a QUESTION"), none.err());
        Run missing = run(new CitebotCommand(), "ask", "--batch", dir.resolve("nope.txt").toString());
        assertEquals(2, missing.exit());
        Run corpus = run(new CitebotCommand(), "ask", "--corpus", dir.resolve("nope").toString(), "x");
        assertEquals(1, corpus.exit());
        assertEquals(1, corpus.err().strip().lines().count(), corpus.err());
        assertFalse(corpus.err().contains("Exception"), corpus.err());
    }

    @Test
    void fitLearnsAModelWithCrossValidatedFiguresAndWritesIt(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("model.properties");
        Run fit = run(new CitebotCommand(), "fit", "--data", "src/test/resources/eval/dev-questions.jsonl=seeds=config",
                "--folds", "3", "--out", model.toString());
        assertEquals(0, fit.exit(), fit.err());
        assertTrue(fit.out().contains("cross-validated, threshold chosen per fold (nested): answered"), fit.out());
        var learned = org.citebot.answer.score.ConfidenceModel.read(Files.newBufferedReader(model));
        assertTrue(learned.threshold() > 0 && learned.threshold() <= 1, "threshold " + learned.threshold());
        assertTrue(Files.readString(model).contains("w.sentence.coverage="), "one weight per signal");
        Run bad = run(new CitebotCommand(), "fit", "--data", "only-a-gold-file.jsonl");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("GOLD=CORPUS"), bad.err());
    }

    @Test
    void sourcesListsTitlesOutletsAndDates() {
        Run r = run(new CitebotCommand(), "sources");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Espionnage : La Russie suspend sa mission auprès de l’OTAN (Euractiv, 18 octobre 2021)"),
                r.out());
    }

    @Test
    void consoleChatAnswersCommandsAndEndsOnQuit() {
        ChatCommand chat = new ChatCommand();
        chat.input = new ByteArrayInputStream("bonjour\n/sources\nqui est le secrétaire général de l'otan ?\n/inconnue\n/aide\n/quitter\nignored\n"
                .getBytes(StandardCharsets.UTF_8));
        Run r = run(chat);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Bonjour !"));
        assertTrue(r.out().contains("Articles connus (5)"));
        assertTrue(r.out().contains("Jens Stoltenberg."), r.out());
        assertTrue(r.out().contains("Commande inconnue : /inconnue"));
        // the help, at start and on /aide, says how to leave the console
        assertEquals(2, r.out().split("Pour sortir : /quitter", -1).length - 1, r.out());
        assertTrue(r.out().strip().endsWith("Au revoir !"));
    }

    /** A config folder whose cluster is a port nobody listens on. */
    private static Path configWithoutCluster(Path dir, String retriever) throws IOException {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path config = dir.resolve("config");
        Files.createDirectories(config.resolve("opensearch"));
        for (String f : List.of("passages.json", "articles.json")) {
            Files.copy(Path.of("config/opensearch", f), config.resolve("opensearch").resolve(f));
        }
        Files.writeString(config.resolve("citebot.properties"), "retriever=" + retriever
                + "\nopensearch.urls=http://127.0.0.1:" + port + "\n");
        return config;
    }

    @Test
    void openSearchLoadWithoutAClusterSaysSoInOneLine(@TempDir Path dir) throws IOException {
        Run r = run(new CitebotCommand(), "opensearch-load", "--config", configWithoutCluster(dir, "embedded").toString(),
                "--corpus", "seeds");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("citebot: OpenSearch unreachable"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        log.assertLogged(Level.WARN, "org.citebot.index.opensearch.ClusterClient", "failed; its requests go to the other nodes");
    }

    @Test
    void openSearchRetrieverWithoutAClusterSaysSo(@TempDir Path dir) throws IOException {
        Run r = run(new CitebotCommand(), "ask", "--config", configWithoutCluster(dir, "opensearch").toString(),
                "--corpus", "seeds", "qui dirige l'OTAN ?");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("citebot: OpenSearch unreachable"), r.err());
        log.assertLogged(Level.WARN, "org.citebot.index.opensearch.ClusterClient", "failed; its requests go to the other nodes");
    }

    @Test
    void anUnknownRetrieverIsNamed(@TempDir Path dir) throws IOException {
        Run r = run(new CitebotCommand(), "ask", "--config", configWithoutCluster(dir, "solr").toString(),
                "--corpus", "seeds", "qui dirige l'OTAN ?");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("setting retriever must be 'embedded' or 'opensearch', was 'solr'"), r.err());
    }
}
