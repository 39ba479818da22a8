package org.citebot.chat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * What the engine says to one message: the French text, and the buttons a front end may offer
 * under it (« Autres sources », « Voir le passage »), each pressed back through
 * {@link ChatEngine#callback}.
 *
 * @param text    the reply, plain text (front ends escape it)
 * @param buttons the buttons under the reply, in order; empty for commands, small talk and
 *                follow-ups that list sources
 */
public record ChatReply(String text, List<Button> buttons) {

    public ChatReply {
        Objects.requireNonNull(text, "text");
        buttons = List.copyOf(buttons);
    }

    /** A reply without buttons. */
    public static ChatReply of(String text) {
        return new ChatReply(text, List.of());
    }

    /**
     * One button: what it shows, and what it sends back when pressed.
     *
     * @param label what the user reads on the button
     * @param data  the callback data, at most {@value #MAX_DATA_BYTES} bytes of UTF-8 (Telegram's
     *              limit for {@code callback_data})
     */
    public record Button(String label, String data) {

        /** Telegram's limit on {@code callback_data}, in bytes. */
        public static final int MAX_DATA_BYTES = 64;

        public Button {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(data, "data");
            int bytes = data.getBytes(StandardCharsets.UTF_8).length;
            if (data.isEmpty() || bytes > MAX_DATA_BYTES) {
                throw new IllegalArgumentException("button data must be 1 to " + MAX_DATA_BYTES + " bytes, was "
                        + bytes + ": " + data);
            }
        }
    }
}
