package org.citebot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IcuSentenceSplitterTest {

    private final SentenceSplitter splitter = new IcuSentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text, new Span(0, text.length())).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void keepsAbbreviationsQuotesAndNumbersWhole() {
        String text = "a déclaré M.\u00A0Lavrov aux journalistes. Le 1er novembre, 20,5 % des « membres. » partiront.";
        assertEquals(List.of("a déclaré M.\u00A0Lavrov aux journalistes.",
                "Le 1er novembre, 20,5 % des « membres. » partiront."), sentences(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "le porte-parole Dmitri Peskov.Le porte-parole du Kremlin a dit.|le porte-parole Dmitri Peskov.",
            "à Bruxelles.Selon le chef de la diplomatie.|à Bruxelles.",
            "Rupture programméeOctobre 2021 est devenu un mois culminant.|Rupture programmée",
            "avec l’Otan.Rupture programmée|avec l’Otan.",
    })
    void splitsSentencesGluedWithoutSpace(String text, String first) {
        List<String> s = sentences(text);
        assertEquals(2, s.size(), s.toString());
        assertEquals(first, s.get(0));
    }

    @Test
    void keepsNamesLikeMcDonaldWhole() {
        assertEquals(1, sentences("Il a vu Ronald McDonald hier.").size());
    }

    @Test
    void everySeedSentenceIsAVerbatimTrimmedSubstring() throws IOException {
        for (Path f : Files.list(Path.of("seeds")).sorted().toList()) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            List<Span> spans = splitter.split(text, new Span(0, text.length()));
            assertTrue(spans.size() > 5, f.toString());
            for (Span s : spans) {
                String sentence = s.of(text);
                assertEquals(sentence.strip(), sentence, "untrimmed sentence in " + f);
                assertTrue(!sentence.isEmpty());
            }
            for (int i = 1; i < spans.size(); i++) {
                assertTrue(spans.get(i - 1).end() <= spans.get(i).start(), "overlapping sentences in " + f);
            }
        }
    }

    @Test
    void sputnikArticleGluedSentencesAreSeparated() throws IOException {
        String text = Files.readString(Path.of("seeds/001_bd8ae65ee2c76035.txt"), StandardCharsets.UTF_8);
        List<String> s = sentences(text);
        assertTrue(s.stream().anyMatch(x -> x.startsWith("Le porte-parole du Kremlin a mis l’accent")), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.startsWith("Selon le chef de la diplomatie russe Sergueï Lavrov")));
        assertTrue(s.stream().anyMatch(x -> x.startsWith("Octobre 2021 est devenu un mois culminant")));
    }
}
