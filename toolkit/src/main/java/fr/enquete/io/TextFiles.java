package fr.enquete.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The characters of a small text file a person wrote (a spec, a codebook, a plan, a transcript): UTF-8, or
 * Windows-1252 when its bytes are not UTF-8, which is what Windows' Notepad saves as "ANSI" and what the exports'
 * reader accepts too. A plan saved so stopped the command with an unexpected SnakeYAML error (exit 1).
 */
public final class TextFiles {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** How much of a file {@link #looksBinary} looks at. */
    private static final int HEAD = 8192;

    private TextFiles() {
    }

    /** The text of {@code file}, a leading byte-order mark dropped. */
    public static String read(Path file) throws IOException {
        return decode(Files.readAllBytes(file));
    }

    /** {@code bytes} as UTF-8, else as Windows-1252; a leading byte-order mark dropped. */
    public static String decode(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, WINDOWS_1252);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Whether {@code bytes} are not text: a NUL byte, or more than one in twenty of the first 8 KB a control character
     * that text does not hold (tab, line feed, form feed and carriage return are text). A picture or a PDF given as a
     * transcript was read as mojibake and its "terms" counted.
     */
    public static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, HEAD);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }
}
