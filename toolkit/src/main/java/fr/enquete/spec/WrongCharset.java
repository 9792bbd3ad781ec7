package fr.enquete.spec;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Text a spreadsheet decoded with the wrong character set before it was saved: a UTF-8 CSV opened as Windows-1252
 * (Excel's double click, LibreOffice's default on Windows) shows "TrÃ¨s satisfait" for "Très satisfait", and a
 * workbook saved then keeps it so. The file itself is read right; its text is not what the respondents wrote.
 */
final class WrongCharset {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** A UTF-8 lead byte read as Windows-1252 (Â Ã Ä Å, or â before €), then a continuation byte read so. */
    private static final Pattern MARK = Pattern.compile("[ÂÃÄÅ][\u00A0-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E"
            + "\u0192\u02C6\u02DC\u2013\u2014\u2018\u2019\u201A\u201C\u201D\u201E\u2020\u2021\u2022\u2026\u2030\u2039\u203A"
            + "\u20AC\u2122]|â€");

    private WrongCharset() {
    }

    /** What {@code text} was before a spreadsheet read its UTF-8 as Windows-1252, or null when it shows no sign of that. */
    static String original(String text) {
        if (!MARK.matcher(text).find()) {
            return null;
        }
        try {
            ByteBuffer bytes = WINDOWS_1252.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                    .onMalformedInput(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
