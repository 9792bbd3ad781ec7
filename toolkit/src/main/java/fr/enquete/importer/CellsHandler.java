package fr.enquete.importer;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordWrapper;
import java.util.Arrays;

/**
 * FastCSV's record callbacks turned into the rows' {@code String[]} directly (no list, no copy of the record).
 * (A cache handing back the same String for repeated short cells was measured slower than allocating them.)
 */
final class CellsHandler extends AbstractBaseCsvCallbackHandler<String[]> {

    private String[] fields = new String[64];
    private int count;

    @Override
    protected void handleBegin(long startingLineNumber) {
        count = 0;
    }

    @Override
    protected void handleField(int index, char[] buf, int offset, int length, boolean quoted) {
        if (count == fields.length) {
            fields = Arrays.copyOf(fields, count * 2);
        }
        fields[count++] = length == 0 ? "" : new String(buf, offset, length);
    }

    @Override
    protected RecordWrapper<String[]> buildRecord() {
        return wrapRecord(Arrays.copyOf(fields, count));
    }
}
