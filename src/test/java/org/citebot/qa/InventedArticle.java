package org.citebot.qa;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.citebot.answer.Candidate;
import org.citebot.corpus.Document;
import org.citebot.index.Passage;
import org.citebot.index.ScoredPassage;
import org.citebot.question.AnswerType;
import org.citebot.text.Span;

/**
 * An invented article of a few sentences, and candidates placed in it as the extractors would
 * offer them: what the tests of the proofs beside the model ({@link AnswerProof}) read. Each
 * sentence is its own passage, retrieved the higher the earlier it comes.
 */
final class InventedArticle {

    private final List<String> sentences;
    private final String text;
    private final Document document;

    InventedArticle(String id, String title, String... sentences) {
        this.sentences = List.of(sentences);
        this.text = String.join(" ", sentences);
        this.document = new Document(id, text, title, Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(new Span(0, text.length())));
    }

    /** The article, by its id, as the answerer passes the documents to a proof. */
    Map<String, Document> documents() {
        return Map.of(document.id(), document);
    }

    /**
     * {@code phrase}, where the article first writes it, as a candidate of {@code type} with the
     * model's share {@code score}; its key is the phrase in lower case.
     */
    Candidate candidate(AnswerType type, String phrase, double score) {
        int at = text.indexOf(phrase);
        if (at < 0) {
            throw new IllegalArgumentException("not in the article: " + phrase);
        }
        int i = 0;
        int start = 0;
        while (start + sentences.get(i).length() <= at) {
            start += sentences.get(i).length() + 1;
            i++;
        }
        Span sentence = new Span(start, start + sentences.get(i).length());
        ScoredPassage passage = new ScoredPassage(new Passage(document.id(), i, sentence, sentence,
                new Span(0, text.length())), 10 - i);
        return new Candidate(type, phrase, phrase.toLowerCase(Locale.ROOT), passage,
                new Span(at, at + phrase.length()), score);
    }
}
