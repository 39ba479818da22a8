package org.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.citebot.index.FrenchAnalysis;
import org.junit.jupiter.api.Test;

class AnalyzedTextTest {

    private final AnalyzedText analysis = new AnalyzedText(FrenchAnalysis.withoutSynonyms().documentAnalyzer());

    /** The keyed terms are the plain terms with the verb keys {@link QuestionTerm#verbKey} gives, for every line of the seeds. */
    @Test
    void keyedTermsAreThePlainTermsWithTheirVerbKeys() throws IOException {
        List<String> lines;
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            lines = files.filter(f -> f.toString().endsWith(".txt")).sorted().flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        int words = 0;
        for (String line : lines) {
            List<AnalyzedText.Term> keyed = analysis.keyedTerms(line);
            assertEquals(analysis.terms(line), keyed.stream().map(AnalyzedText.Term::term).toList(), line);
            for (AnalyzedText.Term t : keyed) {
                assertEquals(QuestionTerm.verbKey(t.term()), t.verbKey(), t.term());
                words++;
            }
            assertSame(keyed, analysis.keyedTerms(line), "remembered");
        }
        assertEquals(true, words > 1000, "the seeds have words: " + words);
    }

    @Test
    void aMaskOfAKeyedTermIsTheMaskOfItsWord() {
        QuestionTermMatcher matcher = new QuestionTermMatcher(List.of(
                new QuestionTerm("dirig", java.util.Set.of("dirig", "men"), 2.0, false),
                new QuestionTerm("ambassad", java.util.Set.of("ambassad"), 3.0, true)));
        for (AnalyzedText.Term t : analysis.keyedTerms("L'ambassadeur dirigeait, menait et dirigea les ambassades.")) {
            assertEquals(matcher.mask(t.term()), matcher.mask(t), t.term());
        }
    }
}
