package org.citebot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessGateTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void anAllowListLetsInListedUsersAndChatsOnly() {
        AccessGate gate = new AccessGate(Set.of(1L), Set.of(-100L), 0);
        assertEquals(AccessGate.Verdict.PASS, gate.check(1, 5, T0));
        assertEquals(AccessGate.Verdict.PASS, gate.check(7, -100, T0), "a member of a listed group");
        assertEquals(AccessGate.Verdict.REFUSE, gate.check(7, 7, T0));
        assertEquals(AccessGate.Verdict.PASS, AccessGate.open().check(7, 7, T0));
    }

    @Test
    void aFloodGetsOneSlowDownThenSilenceUntilTheMinuteHasRoom() {
        AccessGate gate = new AccessGate(Set.of(), Set.of(), 3);
        for (int i = 0; i < 3; i++) {
            assertEquals(AccessGate.Verdict.PASS, gate.check(1, 1, T0.plusSeconds(i)));
        }
        assertEquals(AccessGate.Verdict.SLOW_DOWN, gate.check(1, 1, T0.plusSeconds(3)));
        assertEquals(AccessGate.Verdict.DROP, gate.check(1, 1, T0.plusSeconds(4)));
        assertEquals(AccessGate.Verdict.DROP, gate.check(1, 1, T0.plusSeconds(5)));
        assertEquals(AccessGate.Verdict.PASS, gate.check(2, 2, T0.plusSeconds(5)), "other users are not slowed");
        assertEquals(AccessGate.Verdict.PASS, gate.check(1, 1, T0.plus(Duration.ofSeconds(61))));
    }
}
