package org.citebot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.citebot.answer.Answer;
import org.citebot.answer.Citation;
import org.citebot.qa.Citebot;
import org.citebot.corpus.Document;
import org.citebot.index.ScoredPassage;

/**
 * The machine-readable form of an answer: the stable contract of {@code ask --json}, as
 * documented in the evaluation README (question, answered, answer, type, reply, citations,
 * passages, confidence, sentence_confidence, millis).
 */
final class AnswerJson {

    private final ObjectMapper mapper = new ObjectMapper();
    private final Citebot bot;
    private final int maxPassages;

    AnswerJson(Citebot bot, int maxPassages) {
        this.bot = bot;
        this.maxPassages = maxPassages;
    }

    String line(String question, Answer answer, String reply, double millis) {
        ObjectNode o = mapper.createObjectNode();
        o.put("question", question);
        o.put("answered", answer.answered());
        if (answer.answered()) {
            o.put("answer", answer.findings().get(0).fact());
        } else {
            o.putNull("answer");
        }
        o.put("type", answer.question().type().name());
        o.put("reply", reply);
        ArrayNode citations = o.putArray("citations");
        answer.findings().forEach(f -> f.citations().forEach(c -> citations.add(citation(c))));
        ArrayNode passages = o.putArray("passages");
        for (ScoredPassage p : answer.passages().subList(0, Math.min(maxPassages, answer.passages().size()))) {
            Document doc = bot.document(p.passage().docId()).orElseThrow();
            ObjectNode n = passages.addObject();
            n.put("doc", doc.id());
            n.put("score", Math.round(p.score() * 1000) / 1000.0);
            n.put("text", doc.quote(p.passage().sentence()));
            n.put("start", p.passage().sentence().start());
            n.put("end", p.passage().sentence().end());
        }
        o.put("confidence", Math.round(answer.confidence() * 1000) / 1000.0);
        o.put("sentence_confidence", Math.round(answer.sentenceConfidence() * 1000) / 1000.0);
        o.put("millis", Math.round(millis * 1000) / 1000.0);
        try {
            return mapper.writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private ObjectNode citation(Citation c) {
        ObjectNode n = mapper.createObjectNode();
        n.put("doc", c.docId());
        n.put("title", c.title());
        n.put("outlet", c.outlet().orElse(null));
        n.put("date", c.date().map(Object::toString).orElse(null));
        n.put("quote", c.quote());
        n.put("start", c.span().start());
        n.put("end", c.span().end());
        return n;
    }
}
