package org.citebot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoldDataTest {

    private static final String GOLD = "src/test/resources/eval/dev-questions.jsonl";

    @Test
    void aSetWithoutConfigIsReadWithTheShippedConfigFolder() {
        List<GoldData> sets = GoldData.parse(List.of(GOLD + "=seeds", GOLD + "=seeds=src/test/resources"));
        assertEquals(Path.of("config"), sets.get(0).config().root());
        assertEquals(Path.of("src/test/resources"), sets.get(1).config().root());
        assertEquals(Path.of("seeds"), sets.get(0).corpus());
    }

    @Test
    void aMalformedOrUnreadableSetIsNamedInTheMessage() {
        var malformed = assertThrows(IllegalArgumentException.class, () -> GoldData.parse(List.of("only-a-gold.jsonl")));
        assertTrue(malformed.getMessage().contains("GOLD=CORPUS[=CONFIG], got only-a-gold.jsonl"), malformed.getMessage());
        var missing = assertThrows(IllegalArgumentException.class, () -> GoldData.parse(List.of("nope.jsonl=seeds")));
        assertTrue(missing.getMessage().contains("nope.jsonl"), missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GoldData.parse(List.of("a=b=c=d")));
    }
}
