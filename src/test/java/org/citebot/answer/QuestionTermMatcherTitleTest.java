package org.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.citebot.corpus.Document;
import org.citebot.index.FrenchAnalysis;
import org.citebot.text.Span;
import org.junit.jupiter.api.Test;

/** Which question terms an article's title and outlet hold, remembered per article. */
class QuestionTermMatcherTitleTest {

    private final AnalyzedText analysis = new AnalyzedText(FrenchAnalysis.withoutSynonyms().documentAnalyzer());

    private static Document doc(String id, String title, String outlet) {
        String text = title + "\nLe texte.";
        return new Document(id, text, title, Optional.ofNullable(outlet), Optional.empty(), Optional.empty(),
                List.of(new Span(0, title.length()), new Span(title.length() + 1, text.length())));
    }

    private QuestionTermMatcher matcher() {
        return new QuestionTermMatcher(List.of(
                new QuestionTerm("pont", Set.of("pont"), 2.0, true),
                new QuestionTerm("journal", Set.of("journal"), 1.0, true),
                new QuestionTerm("maire", Set.of("maire"), 3.0, true)));
    }

    /** Term by term, as matching each analysed word of the title and outlet does. */
    private boolean[] matchedOneByOne(QuestionTermMatcher matcher, Document d) {
        boolean[] held = new boolean[matcher.terms().size()];
        for (AnalyzedText.Term t : analysis.keyedTerms(d.title() + " " + d.outlet().orElse(""))) {
            for (int i = 0; i < held.length; i++) {
                held[i] |= matcher.matches(i, t.term());
            }
        }
        return held;
    }

    @Test
    void holdsTheTermsOfTheTitleAndTheOutlet() {
        QuestionTermMatcher matcher = matcher();
        Document d = doc("a.txt", "Le nouveau pont est ouvert", "Journal du Soir");
        assertArrayEquals(new boolean[] {true, true, false}, matcher.inTitle(d, analysis));
        assertArrayEquals(matchedOneByOne(matcher, d), matcher.inTitle(d, analysis));
        assertSame(matcher.inTitle(d, analysis), matcher.inTitle(d, analysis), "remembered");
    }

    @Test
    void anotherArticleOfTheSameIdIsMatchedAnew() {
        QuestionTermMatcher matcher = matcher();
        Document before = doc("a.txt", "Le nouveau pont est ouvert", null);
        Document after = doc("a.txt", "Le maire inaugure la place", null);
        assertArrayEquals(new boolean[] {true, false, false}, matcher.inTitle(before, analysis));
        assertArrayEquals(new boolean[] {false, false, true}, matcher.inTitle(after, analysis));
        assertArrayEquals(new boolean[] {true, false, false}, matcher.inTitle(before, analysis));
    }
}
