package fr.enquete.importer;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordWrapper;
import java.util.Arrays;

/**
 * FastCSV's record callbacks turned into the rows' cells directly (no list, no copy of the record). Each column's
 * repeated short texts come back as one instance ({@link CellStrings}); in the columns a consumer reads as numbers
 * ({@link #numberColumns}), a plainly written whole number is kept as its value, without a {@code String}
 * ({@link fr.enquete.model.Row#of}). One handler reads one part of a file.
 */
final class CellsHandler extends AbstractBaseCsvCallbackHandler<CellsHandler.Cells> {

    /**
     * One record: its texts, null where {@code wholes} holds the cell's whole number ({@code wholes} null if none;
     * the handler's array, overwritten by the next record).
     */
    record Cells(String[] texts, long[] wholes) {
    }

    /** Not a plainly written whole number ({@link #whole}). */
    static final long NOT_WHOLE = Long.MIN_VALUE;

    private String[] fields = new String[64];
    private long[] wholes = new long[64];
    private boolean anyWhole;
    private int count;
    private CellStrings[] columns = new CellStrings[64];
    private boolean[] numeric = new boolean[0];
    private final CellDecoding text;
    private final boolean bareNa;

    /**
     * Cells whose text {@code text} makes from the characters read ({@link CellDecoding#utf8()} for a UTF-8 file read as
     * ISO-8859-1); an unquoted {@code NA} is an empty cell when {@code bareNa} ({@link ImportOptions#bareNa()}).
     */
    CellsHandler(CellDecoding text, boolean bareNa) {
        this.text = text;
        this.bareNa = bareNa;
    }

    /** From the next record on, the cells of these columns that are plainly written whole numbers are kept as values. */
    void numberColumns(int[] columns) {
        boolean[] kinds = new boolean[0];
        for (int c : columns) {
            if (c >= 0 && c < CellStrings.COLUMNS) {
                if (c >= kinds.length) {
                    kinds = Arrays.copyOf(kinds, c + 1);
                }
                kinds[c] = true;
            }
        }
        numeric = kinds;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        count = 0;
        anyWhole = false;
    }

    @Override
    protected void handleField(int index, char[] buf, int offset, int length, boolean quoted) {
        if (count == fields.length) {
            fields = Arrays.copyOf(fields, count * 2);
            wholes = Arrays.copyOf(wholes, count * 2);
        }
        if (length == 0 || bareNa && length == 2 && !quoted && buf[offset] == 'N' && buf[offset + 1] == 'A') {
            // R's missing value, NA left bare where write.csv quotes text: no answer, as readr and pandas read it.
            fields[count++] = "";
            return;
        }
        if (count < numeric.length && numeric[count]) {
            long v = whole(buf, offset, length);
            if (v != NOT_WHOLE) {
                wholes[count] = v;
                fields[count++] = null;
                anyWhole = true;
                return;
            }
        }
        if (count >= CellStrings.COLUMNS) {
            // A very wide file (a hostile header of a million cells): no table for each of its columns.
            fields[count++] = text.of(buf, offset, length);
            return;
        }
        if (count >= columns.length) {
            // Empty cells skip this: the record may have grown past the columns by more than one.
            columns = Arrays.copyOf(columns, Math.max(count + 1, columns.length * 2));
        }
        CellStrings column = columns[count];
        if (column == null) {
            column = new CellStrings(text);
            columns[count] = column;
        }
        fields[count++] = column.of(buf, offset, length);
    }

    /**
     * The whole number {@code buf[offset, offset + length)} writes as {@link Long#toString(long)} would, of at most 15
     * digits (an optional minus, no leading zero, no sign on zero, nothing around); {@link #NOT_WHOLE} for any other
     * text, which is then kept as text ({@code 007}, {@code +3}, {@code 3,5}, {@code 1 000}, {@code " 3"}).
     */
    static long whole(char[] buf, int offset, int length) {
        int i = offset;
        int end = offset + length;
        boolean negative = buf[i] == '-';
        if (negative) {
            i++;
        }
        int digits = end - i;
        if (digits < 1 || digits > 15 || buf[i] == '0' && (digits > 1 || negative)) {
            return NOT_WHOLE;
        }
        long v = 0;
        for (; i < end; i++) {
            int d = buf[i] - '0';
            if (d < 0 || d > 9) {
                return NOT_WHOLE;
            }
            v = v * 10 + d;
        }
        return negative ? -v : v;
    }

    @Override
    protected RecordWrapper<Cells> buildRecord() {
        // The numbers' array is the handler's own, not copied: a row is only valid while it is handed on
        // (TableHandler), and the reader hands each on before it parses the next record.
        return wrapRecord(new Cells(Arrays.copyOf(fields, count), anyWhole ? wholes : null));
    }
}
