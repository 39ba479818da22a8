package org.citebot.answer.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.citebot.answer.Candidate;
import org.citebot.corpus.Document;
import org.citebot.index.Passage;
import org.citebot.index.ScoredPassage;
import org.citebot.question.AnswerType;
import org.citebot.text.Span;
import org.citebot.text.pos.FrenchTagger;
import org.citebot.text.pos.SentenceTags;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A candidate's conjunctions, remembered per place: the same each time, and a changed article's own. */
class CandidateConjunctionsMemoryTest {

    private static CandidateConjunctions conjunctions;

    @BeforeAll
    static void load() {
        conjunctions = new CandidateConjunctions(new SentenceTags(FrenchTagger.load()));
    }

    private static Document doc(String text) {
        return new Document("a.txt", text, "Titre", Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(new Span(0, text.length())));
    }

    private static List<String> of(CandidateConjunctions conjunctions, String text, String name, String asked) {
        int at = text.indexOf(name);
        Span all = new Span(0, text.length());
        Candidate c = new Candidate(AnswerType.PLACE, name, name.toLowerCase(java.util.Locale.ROOT),
                new ScoredPassage(new Passage("a.txt", 0, all, all, all), 1), new Span(at, at + name.length()), 1);
        return conjunctions.of(c, asked, doc(text), all);
    }

    @Test
    void namesTheWordsAndTagsAroundTheCandidate() {
        assertEquals(List.of("qw=ou|prev=a", "qw=ou|next=.", "qw=ou|words=1", "qw=ou|first=PROPN|head=PROPN",
                "qw=ou|prevpos=ADP"), of(conjunctions, "Le congrès se tient à Lyon.", "Lyon", "ou"));
    }

    @Test
    void rememberedPlacesGiveTheSameNamesForEveryQuestionWord() {
        String text = "Le congrès se tient à Lyon depuis mardi.";
        CandidateConjunctions fresh = new CandidateConjunctions(new SentenceTags(FrenchTagger.load()));
        List<String> first = of(conjunctions, text, "Lyon", "ou");
        assertEquals(first, of(conjunctions, text, "Lyon", "ou"));
        assertEquals(first, of(fresh, text, "Lyon", "ou"));
        assertEquals(first.stream().map(n -> n.replace("qw=ou|", "qw=quand|")).toList(),
                of(conjunctions, text, "Lyon", "quand"));
    }

    @Test
    void aChangedTextIsReadAnewAtTheSamePlace() {
        List<String> before = of(conjunctions, "Le congrès se tient à Lyon ce mardi.", "Lyon", "ou");
        List<String> after = of(conjunctions, "Le congrès se tient en Lyon ce mardi.", "Lyon", "ou");
        assertEquals("qw=ou|prev=a", before.get(0));
        assertEquals("qw=ou|prev=en", after.get(0));
    }
}
