package org.citebot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citebot.answer.score.AnswerFeature;
import org.citebot.answer.score.Rivals;
import org.citebot.eval.ConfidenceFit;
import org.citebot.text.Span;

/**
 * The labelled candidates of {@code fit --dump} (JSON Lines, one question a line), written for
 * analysis and read back by {@code fit --from-dump}, which refits without answering every
 * question again (minutes on the training sets): what an ablation of signals needs.
 */
final class FitDump {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FitDump() {
    }

    static void write(Path file, List<ConfidenceFit.Example> examples, List<String> questions) throws IOException {
        try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < examples.size(); i++) {
                ConfidenceFit.Example e = examples.get(i);
                var node = MAPPER.createObjectNode();
                node.put("question", questions.get(i));
                node.put("group", e.group());
                node.put("type", e.goldType());
                node.put("answerable", e.answerable());
                node.put("negative", e.negative());
                var cands = node.putArray("candidates");
                for (ConfidenceFit.Labelled c : e.candidates()) {
                    var cn = cands.addObject();
                    cn.put("text", c.text());
                    cn.put("key", c.key());
                    cn.put("correct", c.correct());
                    cn.put("f1", c.f1());
                    cn.put("doc", c.where().docId());
                    cn.put("start", c.where().span().start());
                    cn.put("end", c.where().span().end());
                    var f = cn.putObject("features");
                    for (AnswerFeature a : AnswerFeature.values()) {
                        if (c.features()[a.ordinal()] != 0) {
                            f.put(a.key(), c.features()[a.ordinal()]);
                        }
                    }
                    var x = cn.putArray("conjunctions");
                    c.conjunctions().forEach(x::add);
                }
                w.write(MAPPER.writeValueAsString(node));
                w.newLine();
            }
        }
    }

    /** Reads a dump into {@code examples} and {@code questions}; a signal the dump does not name is 0. */
    static void read(Path file, List<ConfidenceFit.Example> examples, List<String> questions) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.lines().filter(l -> !l.isBlank()).forEach(line -> {
                try {
                    JsonNode n = MAPPER.readTree(line);
                    List<ConfidenceFit.Labelled> cands = new ArrayList<>();
                    for (JsonNode c : n.path("candidates")) {
                        double[] f = new double[AnswerFeature.values().length];
                        for (AnswerFeature a : AnswerFeature.values()) {
                            f[a.ordinal()] = c.path("features").path(a.key()).asDouble(0);
                        }
                        List<String> x = new ArrayList<>();
                        c.path("conjunctions").forEach(v -> x.add(v.asText()));
                        String text = c.path("text").asText();
                        cands.add(new ConfidenceFit.Labelled(text, c.path("key").asText(text), f, x,
                                c.path("correct").asBoolean(), c.path("f1").asDouble(),
                                new Rivals.Place(c.path("doc").asText(""),
                                        new Span(c.path("start").asInt(), c.path("end").asInt()))));
                    }
                    examples.add(new ConfidenceFit.Example(n.path("group").asText(), n.path("type").asText(),
                            n.path("answerable").asBoolean(true), cands,
                            n.path("negative").asBoolean(false)));
                    questions.add(n.path("question").asText());
                } catch (IOException e) {
                    throw new UncheckedIOException("bad line in " + file, e);
                }
            });
        }
    }
}
