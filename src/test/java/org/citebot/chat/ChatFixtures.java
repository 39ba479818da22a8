package org.citebot.chat;

import java.util.Map;

/** What the tests of the chat's mechanics share. */
public final class ChatFixtures {

    /**
     * The environment of a bot whose answer threshold is pinned (0.25): the tests of buttons,
     * follow-ups, sources and live reloading answer « combien de diplomates expulsés ? » (the
     * learned model's calibrated confidence 0.30 for « 8 » since it learns from negative examples,
     * 0.35 before, with « 7 diplomates » of 2018 its rival) however the shipped model's threshold
     * moves when it is refitted.
     */
    public static final Map<String, String> PINNED_THRESHOLD = Map.of("CITEBOT_ANSWER_THRESHOLD", "0.25");

    private ChatFixtures() {
    }
}
