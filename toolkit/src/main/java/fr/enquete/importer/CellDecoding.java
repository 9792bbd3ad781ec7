package fr.enquete.importer;

import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * How the characters FastCSV gives for a cell become the cell's text: as they are ({@link #PLAIN}, the reader decoded
 * the file), or, for a UTF-8 file read as ISO-8859-1 ({@link #utf8()}), as UTF-8 bytes to decode.
 *
 * <p>Why a UTF-8 file is read as ISO-8859-1: ISO-8859-1 maps each byte to the char of the same value, which the JDK
 * does with a vectorised copy, where its UTF-8 decoder goes byte by byte once it meets the first non-ASCII byte of a
 * buffer (29 % of the large-file path's reading threads, docs/performance.md). The delimiters, quotes and line breaks
 * are ASCII, and no byte of a multi-byte UTF-8 sequence is, so FastCSV finds the same cells either way; only a cell
 * holding bytes past 0x7F needs decoding, and a column's repeated labels ({@link CellStrings}) are decoded once. FastCSV's
 * limit of 16 777 216 characters a cell then counts the bytes of a UTF-8 cell, far above the default
 * {@code --max-cell-chars} (1 000 000).
 */
interface CellDecoding {

    /** The text of {@code buf[offset, offset + length)}. */
    String of(char[] buf, int offset, int length);

    /** The characters as they are. */
    CellDecoding PLAIN = String::new;

    /**
     * Characters that are the bytes of a UTF-8 file (read as ISO-8859-1), decoded strictly: malformed UTF-8 throws an
     * {@link UncheckedIOException} holding the decoder's {@link CharacterCodingException}, as the file's decoder did.
     * One per reader (it keeps a buffer).
     */
    static CellDecoding utf8() {
        return new Utf8();
    }

    /** See {@link #utf8()}. */
    final class Utf8 implements CellDecoding {

        private byte[] bytes = new byte[256];
        private CharsetDecoder strict;

        @Override
        public String of(char[] buf, int offset, int length) {
            int end = offset + length;
            int i = offset;
            while (i < end && buf[i] < 0x80) {
                i++;
            }
            if (i == end) {
                // ASCII: the same characters in either encoding.
                return new String(buf, offset, length);
            }
            if (bytes.length < length) {
                bytes = new byte[Math.max(length, 2 * bytes.length)];
            }
            for (int k = 0; k < length; k++) {
                bytes[k] = (byte) buf[offset + k];
            }
            String text = new String(bytes, 0, length, StandardCharsets.UTF_8);
            // new String replaces malformed input with U+FFFD: only then (or for a real U+FFFD) decode strictly.
            return text.indexOf('\uFFFD') < 0 ? text : strict(length);
        }

        private String strict(int length) {
            if (strict == null) {
                strict = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
            }
            try {
                return strict.decode(ByteBuffer.wrap(bytes, 0, length)).toString();
            } catch (CharacterCodingException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
