package org.citebot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.citebot.answer.Answer;
import org.citebot.answer.ReplyTemplates;
import org.citebot.qa.Citebot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ask}: answers one question, or a batch of questions in one process.
 *
 * <p>A batch file holds one question a line, as plain text or as a JSON object with a
 * {@code question} field (so a gold file can be fed as it is); {@code -} reads standard input.
 * Output keeps input order, one reply (or one JSON object with {@code --json}) per question.
 */
@Command(name = "ask", mixinStandardHelpOptions = true, description = "Answer a question about the articles.")
final class AskCommand implements Callable<Integer> {

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--json", description = "Print one JSON object per question.")
    boolean json;

    @Option(names = "--batch", paramLabel = "FILE", description = "Questions, one a line (- for standard input).")
    String batch;

    @Option(names = "--top", paramLabel = "K", defaultValue = "10",
            description = "Passages listed in --json output (default ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--threads", paramLabel = "N",
            description = "Questions of a batch answered at once (default: one per processor). "
                    + "Output keeps input order either way.")
    Integer threads;

    @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "The question (several words allowed).")
    String[] words;

    @Spec
    CommandSpec spec;

    /** Jackson is a fifth of a start: loaded only when a batch line is JSON. */
    private static final class BatchJson {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (batch == null && (words == null || words.length == 0)) {
            spec.commandLine().getErr().println("ask: give a QUESTION or --batch FILE");
            return 2;
        }
        if (top < 1) {
            spec.commandLine().getErr().println("ask: --top must be at least 1");
            return 2;
        }
        if (threads != null && threads < 1) {
            spec.commandLine().getErr().println("ask: --threads must be at least 1");
            return 2;
        }
        if (batch != null && !batch.equals("-") && !Files.isReadable(Path.of(batch))) {
            spec.commandLine().getErr().println("ask: cannot read batch file " + batch);
            return 2;
        }
        try (Citebot bot = corpus.open()) {
            ReplyTemplates templates = ReplyTemplates.load(corpus.configDir());
            AnswerJson jsonWriter = json ? new AnswerJson(bot, top) : null;
            if (batch == null) {
                answer(bot, templates, jsonWriter, String.join(" ", words), out);
            } else {
                try (BufferedReader in = batch.equals("-")
                        ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                        : Files.newBufferedReader(Path.of(batch), StandardCharsets.UTF_8)) {
                    int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
                    try (OrderedBatch answers = new OrderedBatch(workers, out)) {
                        for (String line = in.readLine(); line != null; line = in.readLine()) {
                            if (!line.isBlank()) {
                                String question = questionOf(line);
                                answers.submit(() -> line(bot, templates, jsonWriter, question));
                            }
                        }
                    }
                }
            }
            out.flush();
        }
        return 0;
    }

    private void answer(Citebot bot, ReplyTemplates templates, AnswerJson jsonWriter, String question,
                        PrintWriter out) {
        out.println(line(bot, templates, jsonWriter, question));
    }

    /** The output line of one question: its reply, or its JSON object with {@code --json}. */
    private String line(Citebot bot, ReplyTemplates templates, AnswerJson jsonWriter, String question) {
        long t0 = System.nanoTime();
        Answer answer = bot.answer(question);
        String reply = templates.reply(answer, "");
        double millis = (System.nanoTime() - t0) / 1e6;
        return json ? jsonWriter.line(question, answer, reply, millis) : reply;
    }

    /** A batch line: a JSON object's {@code question} field, or the line itself. */
    private String questionOf(String line) {
        String t = line.strip();
        if (t.startsWith("{")) {
            try {
                JsonNode n = BatchJson.MAPPER.readTree(t);
                if (n.hasNonNull("question")) {
                    return n.get("question").asText();
                }
            } catch (IOException e) {
                return t;
            }
        }
        return t;
    }
}
