package org.citebot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** HTML escaping and splitting for Telegram's parse mode and 4096-character limit. */
class TelegramHtmlTest {

    /** Escaped text: no tag, and every {@code &} begins one of the three entities. */
    static final Pattern SAFE_HTML = Pattern.compile("(?:[^<>&]++|&(?:amp|lt|gt);)*+");

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "a < b             | a &lt; b",
            "<b>gras</b>       | &lt;b&gt;gras&lt;/b&gt;",
            "AT&T              | AT&amp;T",
            "&amp;             | &amp;amp;",
            "« l’Otan »        | « l’Otan »",
            "*_`[lien](x)      | *_`[lien](x)",
    })
    void escapesTheThreeCharactersTelegramRequires(String text, String html) {
        assertEquals(html, TelegramHtml.escape(text));
    }

    @Test
    void shortTextIsOneChunk() {
        assertEquals(List.of("Bonjour &amp; bienvenue"), TelegramHtml.escapedChunks("Bonjour & bienvenue", 4096));
    }

    @Test
    void blankTextIsNoChunk() {
        assertEquals(List.of(), TelegramHtml.escapedChunks("  \n ", 4096));
    }

    @Test
    void longTextSplitsAtLineBreaksWithinTheLimit() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            sb.append("• Ligne ").append(i).append(" : l’Otan & la Russie <expulsions>\n");
        }
        List<String> chunks = TelegramHtml.escapedChunks(sb.toString(), 4096);
        assertTrue(chunks.size() > 1, "chunks: " + chunks.size());
        for (String c : chunks) {
            assertTrue(c.length() <= 4096, "length " + c.length());
            assertTrue(SAFE_HTML.matcher(c).matches(), c);
            assertTrue(c.startsWith("• Ligne ") && c.endsWith("&lt;expulsions&gt;"), "cut mid-line: " + c);
        }
        assertEquals(sb.toString().strip(), String.join("\n", chunks).replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&"));
    }

    @Test
    void entitiesAreNeverCut() {
        String text = "&".repeat(5000);
        List<String> chunks = TelegramHtml.escapedChunks(text, 4096);
        for (String c : chunks) {
            assertTrue(c.length() <= 4096);
            assertTrue(SAFE_HTML.matcher(c).matches(), "cut entity at " + c.substring(c.length() - 6));
        }
        assertEquals(5000, String.join("", chunks).replace("&amp;", "&").length());
    }

    @Test
    void surrogatePairsAreNeverCut() {
        String text = "😀".repeat(3000);
        List<String> chunks = TelegramHtml.escapedChunks(text, 4096);
        assertEquals(2, chunks.size());
        for (String c : chunks) {
            assertTrue(!Character.isHighSurrogate(c.charAt(c.length() - 1)) && !Character.isLowSurrogate(c.charAt(0)));
        }
        assertEquals(text, String.join("", chunks));
    }
}
