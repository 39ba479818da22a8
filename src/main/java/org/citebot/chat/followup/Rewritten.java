package org.citebot.chat.followup;

import java.util.List;

/**
 * A follow-up written out: the full question's words and the words the follow-up brought in
 * (a swapped entity, a new time), which the answer has to be about.
 */
record Rewritten(Words words, List<String> introduced) {

    Rewritten {
        introduced = List.copyOf(introduced);
    }
}
