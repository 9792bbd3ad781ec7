package fr.enquete.importer;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Follows whether the text read is inside a quoted cell, as the reader parses it: a quote opens a quoted cell only
 * at the start of a cell (after a delimiter or a line break, or at the start); inside, {@code ""} is a quote and a
 * single quote closes the cell. A quote anywhere else is a character of an unquoted cell ({@code 5" écran}). Only
 * quotes change the state, so following it costs one comparison a character. At the end, still inside a quoted cell
 * means the last one is never closed.
 */
final class QuoteStateReader extends FilterReader {

    private final char delimiter;
    private boolean quoted;
    /** A quote met inside a quoted cell: the next character says whether it is doubled or closes the cell. */
    private boolean pending;
    private char previous = '\n';

    QuoteStateReader(Reader in, char delimiter) {
        super(in);
        this.delimiter = delimiter;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            follow((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        int end = off + n;
        int i = off;
        while (i < end) {
            if (!quoted) {
                // Outside a quoted cell only a quote changes the state: skip to the next one, keeping the character
                // before it (a quote opens a cell only after a delimiter or a line break).
                int q = i;
                while (q < end && buf[q] != '"') {
                    q++;
                }
                if (q > i) {
                    previous = buf[q - 1];
                }
                if (q == end) {
                    break;
                }
                i = q;
            }
            follow(buf[i++]);
        }
        return n;
    }

    private void follow(char c) {
        if (pending) {
            pending = false;
            if (c == '"') {
                previous = c;
                return;
            }
            quoted = false;
        }
        if (c == '"') {
            if (quoted) {
                pending = true;
            } else if (previous == delimiter || previous == '\n' || previous == '\r') {
                quoted = true;
            }
        }
        previous = c;
    }

    /** Whether all that was read ends outside a quoted cell. */
    boolean balanced() {
        return !quoted || pending;
    }
}
