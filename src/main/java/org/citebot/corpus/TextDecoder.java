package org.citebot.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes an article file's bytes, tolerating what users drop into a corpus folder.
 *
 * <p>UTF-8 first, strictly (a malformed byte is an error, not a replacement character). A byte
 * order mark is kept as the text's first character: offsets then match any reader that decodes
 * the file as UTF-8, and the mark is white space to every later stage. A file that is not valid
 * UTF-8 is read as Windows-1252, the superset of Latin-1 that old French web pages and Windows
 * editors produce (« é », « œ », « € »), with a warning. A file with NUL bytes or mostly control
 * characters is binary and refused, as is an empty one.
 */
public final class TextDecoder {

    /** Share of control characters above which a decoded file is taken for binary. */
    static final double MAX_CONTROL_SHARE = 0.05;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** A decoded file: its text and the warning to show, if the fallback was used. */
    public record Decoded(String text, Charset charset, Optional<String> warning) {
    }

    /** Why a file cannot be read as an article. */
    public static final class UnreadableFile extends Exception {
        public UnreadableFile(String message) {
            super(message);
        }
    }

    public Decoded decode(String name, byte[] bytes) throws UnreadableFile {
        for (byte b : bytes) {
            if (b == 0) {
                throw new UnreadableFile(name + ": binary file (NUL bytes), skipped");
            }
        }
        Decoded decoded;
        try {
            decoded = new Decoded(strict(StandardCharsets.UTF_8, bytes), StandardCharsets.UTF_8, Optional.empty());
        } catch (CharacterCodingException notUtf8) {
            try {
                decoded = new Decoded(strict(WINDOWS_1252, bytes), WINDOWS_1252,
                        Optional.of(name + ": not valid UTF-8, read as Windows-1252 (Latin-1)"));
            } catch (CharacterCodingException e) {
                // Windows-1252 leaves five bytes undefined; ISO-8859-1 maps every byte.
                decoded = new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1,
                        Optional.of(name + ": not valid UTF-8, read as ISO-8859-1 (Latin-1)"));
            }
        }
        if (decoded.text().replace("\uFEFF", "").isBlank()) {
            throw new UnreadableFile(name + ": empty file, skipped");
        }
        if (controlShare(decoded.text()) > MAX_CONTROL_SHARE) {
            throw new UnreadableFile(name + ": binary file (control characters), skipped");
        }
        return decoded;
    }

    private static String strict(Charset charset, byte[] bytes) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static double controlShare(String text) {
        long control = text.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')
                .count();
        return text.isEmpty() ? 0 : (double) control / text.length();
    }
}
