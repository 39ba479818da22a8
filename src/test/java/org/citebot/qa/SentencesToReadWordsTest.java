package org.citebot.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link SentencesToRead#words} gives the words splitting at {@link SentencesToRead#NON_WORD} gave. */
class SentencesToReadWordsTest {

    private static final String[] PIECES = {"a", "É", "ß", "İ", "7", "²", "Ⅻ", "'", "’", " ", "\t", "\u00a0", ",", "-", "😀",
        "𝐀", "\u0301", "本", "Mot", "OTAN"};

    private static Set<String> reference(String sentence) {
        Set<String> out = new HashSet<>();
        for (String w : SentencesToRead.NON_WORD.split(sentence.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    @Test
    void sameWordsOnRandomText() {
        Random random = new Random(5);
        for (int n = 0; n < 50_000; n++) {
            String s = HostileText.joined(random, PIECES, 12);
            assertEquals(reference(s), SentencesToRead.words(s), () -> "[" + s + "]");
        }
    }

    @Test
    void sameWordsOnEverySeedLine() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    assertEquals(reference(line), SentencesToRead.words(line), line);
                }
            }
        }
    }
}
