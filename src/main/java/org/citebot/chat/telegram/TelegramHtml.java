package org.citebot.chat.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain text made safe for Telegram's HTML parse mode, in messages that fit its length limit.
 *
 * <p>Telegram rejects a message whose HTML does not parse, so every piece of corpus and user text
 * goes through {@link #escape} (the three characters its HTML mode requires:
 * {@code &}, {@code <}, {@code >}; see core.telegram.org/bots/api#html-style). Splitting is done
 * on the plain text, before escaping, so a cut can never fall inside an entity or a tag.
 */
final class TelegramHtml {

    private TelegramHtml() {
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static int escapedLength(char c) {
        return switch (c) {
            case '&' -> 5;
            case '<', '>' -> 4;
            default -> 1;
        };
    }

    /**
     * {@code text} escaped, in pieces (none when it is blank) of at most {@code max} characters each once escaped. Cuts
     * fall after the last line break that fits, else after the last space, else between two
     * characters (never inside a surrogate pair).
     */
    static List<String> escapedChunks(String text, int max) {
        if (max < 8) {
            throw new IllegalArgumentException("max must be at least 8, was " + max);
        }
        List<String> chunks = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = cut(text, start, max);
            String piece = text.substring(start, end).strip();
            if (!piece.isEmpty()) {
                chunks.add(escape(piece));
            }
            start = end;
        }
        return chunks;
    }

    /** Where the piece starting at {@code start} ends (exclusive). */
    private static int cut(String text, int start, int max) {
        int length = 0;
        int lastNewline = -1;
        int lastSpace = -1;
        int i = start;
        while (i < text.length()) {
            int step = Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() ? 2 : 1;
            int add = step == 2 ? 2 : escapedLength(text.charAt(i));
            if (length + add > max) {
                break;
            }
            length += add;
            char c = text.charAt(i);
            if (c == '\n') {
                lastNewline = i + 1;
            } else if (Character.isWhitespace(c) || c == '\u00A0') {
                lastSpace = i + 1;
            }
            i += step;
        }
        if (i >= text.length()) {
            return text.length();
        }
        int floor = start + max / 2;
        if (lastNewline > floor) {
            return lastNewline;
        }
        if (lastSpace > floor) {
            return lastSpace;
        }
        return i;
    }
}
