package fr.enquete.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A row whose reader kept some cells as whole numbers reads as the row of their texts, method by method. */
class RowTest {

    private static final long[] WHOLES = {0, 7, -7, 4999, 10, -10, 999_999_999_999_999L, -999_999_999_999_999L,
            1_000_000_000_000_000L, 9_007_199_254_740_993L, Long.MAX_VALUE, Long.MIN_VALUE, 1_000_000_000_000_000_000L};

    @Test
    void cellsKeptAsWholeNumbersReadAsTheirTexts() {
        int n = WHOLES.length;
        // Kept cells alternate with text cells (a label, a blank, a padded number, a decimal comma).
        String[] others = {"Oui", "", " 12 ", "3,5", "1 234,5", "007", "-0", "+3", "abc"};
        String[] texts = new String[2 * n];
        String[] kept = new String[2 * n];
        long[] wholes = new long[2 * n];
        for (int i = 0; i < n; i++) {
            texts[2 * i] = Long.toString(WHOLES[i]);
            kept[2 * i] = null;
            wholes[2 * i] = WHOLES[i];
            texts[2 * i + 1] = others[i % others.length];
            kept[2 * i + 1] = others[i % others.length];
            wholes[2 * i + 1] = 12345; // not read: the cell has its text
        }
        Row plain = new Row(texts, 9);
        Row row = Row.of(kept, wholes, 9);
        assertEquals(plain.size(), row.size());
        assertEquals(9, row.number());
        for (int i = -1; i <= texts.length; i++) {
            assertEquals(plain.get(i), row.get(i), "cell " + i);
            assertEquals(plain.length(i), row.length(i), "length of cell " + i);
            assertEquals(plain.get(i).isBlank(), row.isBlank(i), "blankness of cell " + i);
            assertEquals(Double.doubleToRawLongBits(plain.number(i)), Double.doubleToRawLongBits(row.number(i)), "number of cell " + i);
        }
        for (int i = 0; i < n; i++) {
            // The independent reference: the JDK's reading of the text (correctly rounded past 2^53).
            assertEquals(Double.parseDouble(texts[2 * i]), row.number(2 * i), texts[2 * i]);
        }
        assertEquals(12, row.number(5), "a padded number is read trimmed");
        assertEquals(3.5, row.number(7));
        assertTrue(Double.isNaN(row.number(3)), "a blank cell is no number");
        assertTrue(Double.isNaN(row.number(1)), "a label is no number");
    }

    @Test
    void blanknessAndMissingCells() {
        assertFalse(Row.of(new String[] {"", null, " "}, new long[] {0, 0, 0}, 2).isBlank(), "a kept 0 is an answer");
        assertTrue(Row.of(new String[] {"", null, " "}, null, 2).isBlank(), "a null cell without numbers is empty");
        Row shortNumbers = Row.of(new String[] {null, null}, new long[] {5}, 2);
        assertEquals("5", shortNumbers.get(0));
        assertEquals("", shortNumbers.get(1), "past the numbers, a null cell is empty");
        assertEquals(0, shortNumbers.length(1));
        assertFalse(shortNumbers.isBlank(0), "a kept number is no blank");
        assertTrue(shortNumbers.isBlank(1), "past the numbers, a null cell is blank");
        assertTrue(shortNumbers.isBlank(7), "past the row's end");
        assertTrue(new Row(new String[] {" \t "}, 2).isBlank(0), "spaces only");
        assertTrue(Double.isNaN(shortNumbers.number(1)));
        assertEquals(Row.of(new String[] {"a", "2"}, null, 3).get(1), new Row(new String[] {"a", "2"}, 3).get(1));
    }
}
