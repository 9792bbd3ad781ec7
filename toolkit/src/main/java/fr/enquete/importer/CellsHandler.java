package fr.enquete.importer;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordWrapper;
import java.util.Arrays;

/**
 * FastCSV's record callbacks turned into the rows' {@code String[]} directly (no list, no copy of the record). Each
 * column's repeated short texts come back as one instance ({@link CellStrings}); one handler reads one part of a file.
 */
final class CellsHandler extends AbstractBaseCsvCallbackHandler<String[]> {

    private String[] fields = new String[64];
    private int count;
    private CellStrings[] columns = new CellStrings[64];
    private final CellDecoding text;

    /** Cells whose text {@code text} makes from the characters read ({@link CellDecoding#utf8()} for a UTF-8 file read as ISO-8859-1). */
    CellsHandler(CellDecoding text) {
        this.text = text;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        count = 0;
    }

    @Override
    protected void handleField(int index, char[] buf, int offset, int length, boolean quoted) {
        if (count == fields.length) {
            fields = Arrays.copyOf(fields, count * 2);
        }
        if (length == 0) {
            fields[count++] = "";
            return;
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

    @Override
    protected RecordWrapper<String[]> buildRecord() {
        return wrapRecord(Arrays.copyOf(fields, count));
    }
}
