package org.citebot.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.citebot.config.ConfigDir;
import org.citebot.config.LogCapture;
import org.citebot.text.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class CorpusLoaderTest {

    /** The warnings these tests provoke on purpose, asserted here rather than shown in the build. */
    @RegisterExtension
    final LogCapture log = new LogCapture();

    private final CorpusLoader loader = CorpusLoader.fromConfig(new ConfigDir(Path.of("config")));

    private List<String> paragraphs(Document d) {
        return d.paragraphs().stream().map(d::quote).toList();
    }

    @Test
    void loadsTheSeedsWithTitlesSourcesAndWithoutBoilerplate() {
        Corpus corpus = loader.load(Path.of("seeds"));
        assertEquals(5, corpus.documents().size());
        assertTrue(corpus.warnings().isEmpty(), corpus.warnings().toString());
        Document tass = corpus.byId("004_6bbe2df5b4872309.txt").orElseThrow();
        assertEquals("La Russie va suspendre la mission de liaison de l’OTAN à Moscou", tass.title());
        List<String> p = paragraphs(tass);
        assertFalse(p.contains("Site icon Maghreb Online"));
        assertFalse(p.contains("Quitter la version mobile"));
        assertFalse(p.stream().anyMatch(s -> s.contains("#Mission_de_liaison")));
        assertTrue(p.contains("TASS, 18/10/2021"), "credit lines are content a quote can cite");
        Document euractiv = corpus.byId("002_55ee074e7567bb82.txt").orElseThrow();
        assertFalse(paragraphs(euractiv).stream().anyMatch(s -> s.startsWith("Subscribe")));
        assertEquals(Optional.of("Euractiv"), euractiv.outlet());
        assertEquals(Optional.of(LocalDate.of(2021, 10, 18)), euractiv.date());
    }

    @Test
    void repeatedTitleAndTimestampsAppearOnce() {
        Document sputnik = loader.load(Path.of("seeds")).byId("001_bd8ae65ee2c76035.txt").orElseThrow();
        List<String> p = paragraphs(sputnik);
        assertEquals(1, p.stream().filter(s -> s.startsWith("Tango d’un seul danseur")).count());
        assertFalse(p.stream().anyMatch(s -> s.startsWith("2021-10-19T")));
    }

    @Test
    void aLongFirstLineGivesItsFirstSentenceAsTitle() {
        Document rt = loader.load(Path.of("seeds")).byId("000_e9c48d9e54375b7b.txt").orElseThrow();
        assertEquals("«L'Otan ne souhaite aucune coopération avec nous».", rt.title());
    }

    @Test
    void everyParagraphIsAVerbatimTrimmedLineOfItsFile() throws IOException {
        for (Document d : loader.load(Path.of("seeds")).documents()) {
            String onDisk = Files.readString(Path.of("seeds", d.id()), StandardCharsets.UTF_8);
            assertEquals(onDisk, d.text());
            for (Span s : d.paragraphs()) {
                String line = d.quote(s);
                assertEquals(line.strip(), line);
                assertFalse(line.contains("\n"));
            }
        }
    }

    @Test
    void metadataStatedInTheTextIsFoundWithoutTheCatalogue(@TempDir Path empty) {
        Corpus corpus = new CorpusLoader(SourceCatalog.empty(), BoilerplatePatterns.load(new ConfigDir(Path.of("config"))))
                .load(Path.of("seeds"));
        Document sputnik = corpus.byId("001_bd8ae65ee2c76035.txt").orElseThrow();
        assertEquals(Optional.of("Sputnik France"), sputnik.outlet());
        assertEquals(Optional.of(LocalDate.of(2021, 10, 19)), sputnik.date());
        Document tass = corpus.byId("004_6bbe2df5b4872309.txt").orElseThrow();
        assertEquals(Optional.of("TASS"), tass.outlet());
        assertEquals(Optional.of(LocalDate.of(2021, 10, 18)), tass.date());
        Document tf1 = corpus.byId("003_2991c7c769deb1c9.txt").orElseThrow();
        assertEquals(Optional.of(LocalDate.of(2021, 10, 18)), tf1.date());
    }

    @Test
    void toleratesBomLatin1BinaryEmptyAndOtherFiles(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("a_bom.txt"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "Titre\nLe président a parlé.".getBytes(StandardCharsets.UTF_8)));
        Files.write(dir.resolve("b_latin1.txt"), "Élysée\nL'Élysée coûte 5 €.".getBytes(Charset.forName("windows-1252")));
        Files.write(dir.resolve("c_binary.txt"), new byte[] {1, 2, 0, 3, 'a'});
        Files.write(dir.resolve("d_empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("e_notes.md"), "not an article");
        Files.writeString(dir.resolve("f_crlf.txt"), "Titre CRLF\r\nPremière ligne.\r\nSeconde ligne.\r\n");
        Corpus corpus = loader.load(dir);
        assertEquals(List.of("a_bom.txt", "b_latin1.txt", "f_crlf.txt"),
                corpus.documents().stream().map(Document::id).toList());
        Document bom = corpus.documents().get(0);
        assertEquals("Titre", bom.title());
        assertEquals('\uFEFF', bom.text().charAt(0), "the BOM stays so offsets match a UTF-8 reader");
        Document latin1 = corpus.documents().get(1);
        assertEquals("L'Élysée coûte 5 €.", latin1.quote(latin1.paragraphs().get(1)));
        assertEquals(List.of("Titre CRLF", "Première ligne.", "Seconde ligne."), paragraphs(corpus.documents().get(2)));
        assertEquals(3, corpus.warnings().size(), corpus.warnings().toString());
        assertTrue(corpus.warnings().stream().anyMatch(w -> w.startsWith("b_latin1.txt") && w.contains("Windows-1252")));
        assertTrue(corpus.warnings().stream().anyMatch(w -> w.startsWith("c_binary.txt") && w.contains("binary")));
        assertTrue(corpus.warnings().stream().anyMatch(w -> w.startsWith("d_empty.txt") && w.contains("empty")));
        log.assertLogged(Level.WARN, CorpusLoader.class, "b_latin1.txt: not valid UTF-8");
        log.assertLogged(Level.WARN, CorpusLoader.class, "c_binary.txt: binary file");
        log.assertLogged(Level.WARN, CorpusLoader.class, "d_empty.txt: empty file");
    }

    @Test
    void aMissingFolderIsAClearError(@TempDir Path dir) {
        var e = assertThrows(IllegalArgumentException.class, () -> loader.load(dir.resolve("nope")));
        assertTrue(e.getMessage().contains("corpus folder not found"), e.getMessage());
    }

    @Test
    void catalogueErrorsNameTheLine() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> SourceCatalog.parse(List.of("file\ttitle\toutlet\tdate\turl", "a.txt\t\tX\t18/10/2021\t")));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        var b = assertThrows(IllegalArgumentException.class, () -> new BoilerplatePatterns(List.of("ok", "(unclosed")));
        assertTrue(b.getMessage().contains("pattern 2"), b.getMessage());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
