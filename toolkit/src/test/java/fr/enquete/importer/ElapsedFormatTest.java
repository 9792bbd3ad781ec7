package fr.enquete.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which number formats show an elapsed time, and the duration a workbook's day count is read as. */
class ElapsedFormatTest {

    @Test
    void elapsedCodesAreFoundOutsideQuotedTextOnly() {
        for (String f : new String[] {"[h]:mm", "[h]:mm:ss", "[HH]:MM", "[mm]:ss", "[ss]", "[Red][h]:mm", "[h]\" h \"mm"}) {
            assertTrue(CellText.isElapsed(f), f);
        }
        // A time of day, a date, a colour or a locale code, "[h]" written as text, or only in the negative section.
        for (String f : new String[] {"hh:mm", "h:mm AM/PM", "dd/mm/yyyy hh:mm", "[$-40C]hh:mm", "0.00\" [h]\"", "hh:mm;[h]:mm",
                "General", ""}) {
            assertFalse(CellText.isElapsed(f), f);
        }
        assertFalse(CellText.isElapsed(null));
    }

    @Test
    void daysAreReadAsAnIsoDurationToTheSecond() {
        // 26:30 typed in Excel is stored 1.1041666666666667 days (26.5 / 24); 45:10 in [mm]:ss is 2710 s / 86400.
        assertEquals("PT26H30M", new CellText().formatRawCellContents(1.1041666666666667, 164, "[h]:mm", false));
        assertEquals("PT1H30M", new CellText().formatRawCellContents(0.0625, 164, "[h]:mm", false));
        assertEquals("PT45M10S", new CellText().formatRawCellContents(2710 / 86400.0, 165, "[mm]:ss", false));
        assertEquals("PT24H", new CellText().formatRawCellContents(1.0, 164, "[h]:mm", false));
        assertEquals("PT0S", new CellText().formatRawCellContents(0, 164, "[h]:mm", false));
        // Not an elapsed format: a time of day stays one.
        assertEquals("01:30", new CellText().formatRawCellContents(0.0625, 20, "h:mm", false));
    }
}
