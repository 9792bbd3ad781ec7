package fr.enquete.report.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.report.Lang;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SheetNumberFormatTest {

    private static String pattern(String text, Lang lang) {
        return SheetNumberFormat.of(text, lang).orElseThrow(() -> new AssertionError(text)).pattern();
    }

    @Test
    void decimalsSignUnitAndPeriodAreThoseOfThePrintedText() {
        // French: a no-break space before "%", as the other formats print "67,7 %".
        assertEquals("#,##0.0\"\u00A0\"%;-#,##0.0\"\u00A0\"%;#,##0.0\"\u00A0\"%", pattern("67,7\u00A0%", Lang.FR));
        assertEquals(0.01, SheetNumberFormat.of("67,7\u00A0%", Lang.FR).get().scale());
        assertEquals("#,##0\" €\";-#,##0\" €\";#,##0\" €\"", pattern("30\u00A0748\u00A0043\u00A0€", Lang.FR));
        assertEquals(1.0, SheetNumberFormat.of("877\u00A0755\u00A0€", Lang.FR).get().scale());
        assertEquals("+#,##0.0\"\u00A0\"%\" (2015-2020)\";-#,##0.0\"\u00A0\"%\" (2015-2020)\";#,##0.0\"\u00A0\"%\" (2015-2020)\"",
                pattern("+15,7\u00A0% (2015-2020)", Lang.FR));
        assertEquals("#,##0.0\" ‰\";-#,##0.0\" ‰\";#,##0.0\" ‰\"", pattern("32,8\u00A0‰", Lang.FR));
        assertEquals("#,##0.00", pattern("1,02", Lang.FR));
        assertEquals("#,##0", pattern("1\u00A0466\u00A0743", Lang.FR));
        assertEquals("#,##0.0", pattern("-0,1", Lang.FR));
        // A year, printed without a separator, is shown without one (1 956 in a spreadsheet read as a quantity).
        assertEquals("0", pattern("1956", Lang.FR));
        assertEquals("0.0", pattern("1992,5", Lang.FR));
        assertEquals("0.0", pattern("1992.5", Lang.EN));
        // English: commas group, a point before the decimals.
        assertEquals("#,##0.00%", pattern("45.05%", Lang.EN));
        assertEquals("#,##0.0", pattern("1,033.5", Lang.EN));
    }

    /**
     * The gaps of indicator tables are numbers with a worded unit: "+13,8 pts" was stored as text, which no formula,
     * sort or filter reads as a number.
     */
    @Test
    void gapsKeepTheirWordedUnit() {
        assertEquals("+#,##0.0\" pts\";-#,##0.0\" pts\";#,##0.0\" pts\"", pattern("+13,8\u00A0pts", Lang.FR));
        assertEquals("#,##0.0\" pt\";-#,##0.0\" pt\";#,##0.0\" pt\"", pattern("-0,5\u00A0pt", Lang.FR));
        assertEquals("+#,##0.0\" ‰ hab.\";-#,##0.0\" ‰ hab.\";#,##0.0\" ‰ hab.\"", pattern("+100,1\u00A0‰\u00A0hab.", Lang.FR));
        assertEquals("+#,##0.00\" €/hab.\";-#,##0.00\" €/hab.\";#,##0.00\" €/hab.\"", pattern("+6,81\u00A0€/hab.", Lang.FR));
        assertEquals("+#,##0.0\" ‰ inh.\";-#,##0.0\" ‰ inh.\";#,##0.0\" ‰ inh.\"", pattern("+100.1‰ inh.", Lang.EN));
        assertEquals(1.0, SheetNumberFormat.of("+100,1\u00A0‰\u00A0hab.", Lang.FR).get().scale());
    }

    @Test
    void wordedFiguresAreNotNumbers() {
        for (String text : new String[] {"–", "× 0,65 (-34,76 %)", "Lens", "1 033.5", "12 %%", "13,8pts", "2 ans (2020)\"x\""}) {
            assertEquals(Optional.empty(), SheetNumberFormat.of(text, Lang.FR), text);
        }
        assertTrue(SheetNumberFormat.of("1 033,5", Lang.EN).isEmpty());
    }
}
