package fr.enquete.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Repeated short cells come back as one String per column, with their text unchanged, in any column of a wide file. */
class CellStringsTest {

    @Test
    void repeatedLabelsAreOneInstanceAndManyDifferentTextsStillReadRight() {
        CellStrings column = new CellStrings(CellDecoding.PLAIN);
        char[] buf = "xxOui, plutôtyy".toCharArray();
        String first = column.of(buf, 2, 11);
        assertEquals("Oui, plutôt", first);
        assertSame(first, column.of("Oui, plutôt".toCharArray(), 0, 11));
        // Same hash, other text: "Aa" and "BB" hash alike in Java.
        assertEquals("Aa".hashCode(), "BB".hashCode());
        assertEquals("Aa", column.of("Aa".toCharArray(), 0, 2));
        assertEquals("BB", column.of("BB".toCharArray(), 0, 2));
        // A column of numbers: past the distinct texts kept, each cell is still its own text.
        for (int i = 0; i < 500; i++) {
            String n = Integer.toString(i * 7);
            assertEquals(n, column.of(n.toCharArray(), 0, n.length()));
        }
        assertEquals("Oui, plutôt", column.of("Oui, plutôt".toCharArray(), 0, 11));
        // A long cell (free text) is never looked up.
        String text = "Une réponse libre plus longue que les libellés habituels d'un questionnaire";
        CellStrings fresh = new CellStrings(CellDecoding.PLAIN);
        String a = fresh.of(text.toCharArray(), 0, text.length());
        assertEquals(text, a);
        assertNotSame(a, fresh.of(text.toCharArray(), 0, text.length()));
    }

    @Test
    void aWideRecordWithEmptyCellsPastTheSixtyFourthColumnReadsWhole() throws IOException {
        // The handler's per-column tables grow with the record: a first record (a later part of a file starts with
        // data, not the header) with empty cells from column 64 on once made it index past them ("Index 65 out of
        // bounds for length 64"). Read here as DelimitedSource reads, with the same handler.
        int width = 140;
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < 30; r++) {
            for (int c = 0; c < width; c++) {
                sb.append(c == 0 ? "" : ";").append(expected(r, c));
            }
            sb.append('\n');
        }
        List<String[]> records = new ArrayList<>();
        CsvReader<CellsHandler.Cells> parser = CsvReader.builder().fieldSeparator(';').build(new CellsHandler(CellDecoding.PLAIN, true), new StringReader(sb.toString()));
        for (CellsHandler.Cells record : parser) {
            records.add(record.texts());
        }
        assertEquals(30, records.size());
        for (int r = 0; r < 30; r++) {
            String[] row = records.get(r);
            assertEquals(width, row.length);
            for (int c = 0; c < width; c++) {
                assertEquals(expected(r, c), row[c], "row " + r + ", column " + c);
            }
        }
        // The same label in a column is one instance from row to row.
        assertSame(records.get(0)[3], records.get(29)[3]);
        assertSame(records.get(0)[1], records.get(4)[1]);
    }

    @Test
    void codesTheShortKeyDoesNotTellApartStillComeBackAsTheirOwnInstances() {
        // 64 codes of the same length and the same first, second, middle and last characters (A--01----Z): one short key.
        CellStrings column = new CellStrings(CellDecoding.PLAIN);
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= CellStrings.DISTINCT; i++) {
            codes.add(String.format("A--%02d----Z", i));
        }
        assertEquals(1, codes.stream().map(c -> CellStrings.key(c.toCharArray(), 0, c.length())).distinct().count());
        List<String> first = new ArrayList<>();
        for (String code : codes) {
            String s = column.of(("  " + code).toCharArray(), 2, code.length());
            assertEquals(code, s);
            first.add(s);
        }
        for (int round = 0; round < 3; round++) {
            for (int i = codes.size() - 1; i >= 0; i--) {
                String code = codes.get(i);
                assertSame(first.get(i), column.of(code.toCharArray(), 0, code.length()), code);
            }
        }
        // A 65th text closes the column: each cell is then its own text.
        assertEquals("A--65----Z", column.of("A--65----Z".toCharArray(), 0, 10));
        assertNotSame(column.of("A--66----Z".toCharArray(), 0, 10), column.of("A--66----Z".toCharArray(), 0, 10));
    }

    private static String expected(int row, int column) {
        return column >= 63 && column <= 70 ? "" : column % 3 == 0 ? "Oui" : "Non " + (row % 4);
    }
}
