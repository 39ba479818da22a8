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
import org.citebot.answer.reply.ReplyTemplates;
import org.citebot.chat.ChatEngine;
import org.citebot.chat.ChatTurn;
import org.citebot.chat.Conversations;
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
 * JSON lines with the same {@code conversation} value are one chat, in file order: each is read
 * against the last exchange of its conversation (« et en 2018 ? », « pourquoi ? ») by the chat
 * engine the console and Telegram use, and answered only after the line before it, also with
 * several threads; other lines are answered on their own.
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
                    ChatEngine[] chats = new ChatEngine[1];
                    try (OrderedBatch answers = new OrderedBatch(workers, out)) {
                        for (String line = in.readLine(); line != null; line = in.readLine()) {
                            if (line.isBlank()) {
                                continue;
                            }
                            BatchLine b = batchLine(line);
                            if (b.conversation() == null) {
                                answers.submit(() -> line(bot, templates, jsonWriter, b.question()));
                            } else {
                                if (chats[0] == null) {
                                    chats[0] = new ChatEngine(bot, templates, Conversations.standard());
                                }
                                ChatEngine engine = chats[0];
                                answers.submit(b.conversation(), () -> turn(engine, jsonWriter, b));
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

    /**
     * The output line of one turn of a conversation: the chat engine's reading of it against the
     * conversation's last exchange, as the console chat and Telegram would read it.
     */
    private String turn(ChatEngine engine, AnswerJson jsonWriter, BatchLine b) {
        long t0 = System.nanoTime();
        ChatTurn turn = engine.turn(CONVERSATION_CHAT + b.conversation(), b.question());
        double millis = (System.nanoTime() - t0) / 1e6;
        return json ? jsonWriter.line(b.question(), turn.resolved(), turn.answer(), turn.reply().text(), millis)
                : turn.reply().text();
    }

    /** The chat key of a batch conversation (kept apart from any other chat of the engine). */
    private static final String CONVERSATION_CHAT = "batch:";

    /** A batch line: its question and, for a line of a conversation, the conversation's name. */
    private record BatchLine(String question, String conversation) {
    }

    /**
     * A batch line: a JSON object's {@code question} field (and {@code conversation}, any string
     * or number), or the line itself.
     */
    private BatchLine batchLine(String line) {
        String t = line.strip();
        if (t.startsWith("{")) {
            try {
                JsonNode n = BatchJson.MAPPER.readTree(t);
                if (n.hasNonNull("question")) {
                    String conversation = n.hasNonNull("conversation") ? n.get("conversation").asText() : null;
                    return new BatchLine(n.get("question").asText(), conversation);
                }
            } catch (IOException e) {
                return new BatchLine(t, null);
            }
        }
        return new BatchLine(t, null);
    }
}
