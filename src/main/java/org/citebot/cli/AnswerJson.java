package org.citebot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.citebot.answer.Answer;
import org.citebot.answer.Citation;
import org.citebot.qa.Citebot;
import org.citebot.corpus.Document;
import org.citebot.index.ScoredPassage;
import org.citebot.question.AnswerType;

/**
 * The machine-readable form of an answer: the stable contract of {@code ask --json}, as
 * documented in the evaluation README (question, resolved, answered, answer, type, reply,
 * citations, passages, confidence, millis), plus {@code sentence_confidence} (the sentence
 * ranker's probability that the first passage states the answer) and {@code reply_kind}: which of the graded replies
 * was given ({@code fact}; {@code passage}, the sentence to read when the exact fact is uncertain;
 * {@code nothing}; {@code small_talk}; {@code command} for a chat command).
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
        return line(question, question, Optional.of(answer), reply, millis);
    }

    /**
     * The object of one question: {@code resolved} is the full question answered (a follow-up
     * written out, else the question itself); {@code answer} is empty for a command.
     */
    String line(String question, String resolved, Optional<Answer> found, String reply, double millis) {
        ObjectNode o = mapper.createObjectNode();
        o.put("question", question);
        o.put("resolved", resolved);
        boolean answered = found.map(Answer::answered).orElse(false);
        o.put("answered", answered);
        if (answered) {
            o.put("answer", found.get().findings().get(0).fact());
        } else {
            o.putNull("answer");
        }
        o.put("type", found.map(a -> a.question().type()).orElse(AnswerType.OTHER).name());
        o.put("reply", reply);
        o.put("reply_kind", found.map(a -> a.outcome().kind()).orElse("command"));
        ArrayNode citations = o.putArray("citations");
        ArrayNode passages = o.putArray("passages");
        o.put("confidence", Math.round(found.map(Answer::confidence).orElse(0.0) * 1000) / 1000.0);
        o.put("sentence_confidence", Math.round(found.map(Answer::sentenceConfidence).orElse(0.0) * 1000) / 1000.0);
        o.put("millis", Math.round(millis * 1000) / 1000.0);
        if (found.isEmpty()) {
            return write(o);
        }
        Answer answer = found.get();
        answer.findings().forEach(f -> f.citations().forEach(c -> citations.add(citation(c))));
        if (answer.outcome() == Answer.Outcome.QUOTED) {
            answer.toRead().forEach(c -> citations.add(citation(c)));
        }
        for (ScoredPassage p : answer.passages().subList(0, Math.min(maxPassages, answer.passages().size()))) {
            Document doc = bot.document(p.passage().docId()).orElseThrow();
            ObjectNode n = passages.addObject();
            n.put("doc", doc.id());
            n.put("score", Math.round(p.score() * 1000) / 1000.0);
            n.put("text", doc.quote(p.passage().sentence()));
            n.put("start", p.passage().sentence().start());
            n.put("end", p.passage().sentence().end());
        }
        return write(o);
    }

    private String write(ObjectNode o) {
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
