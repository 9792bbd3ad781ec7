package fr.enquete.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumberFormatsTest {

    private final NumberFormats fr = new NumberFormats(Lang.FR);
    private final NumberFormats en = new NumberFormats(Lang.EN);

    @Test
    void frenchAsSeed003PrintsIt() {
        assertEquals("65\u00A0951", fr.integer(65951));
        assertEquals("2\u00A0914", fr.decimal(2914));
        assertEquals("685,5", fr.decimal(685.5));
        assertEquals("1\u00A0033,5", fr.decimal(1033.5));
        assertEquals("785,13", fr.decimal(65951.0 / 84));
        assertEquals("45,05\u00A0%", fr.percent(100.0 * 41 / 91));
        assertEquals("0,00\u00A0%", fr.percent(0));
        assertEquals("–", fr.percent(Double.NaN));
    }

    @Test
    void english() {
        assertEquals("65,951", en.integer(65951));
        assertEquals("1,033.5", en.decimal(1033.5));
        assertEquals("45.05%", en.percent(100.0 * 41 / 91));
    }

    @Test
    void roundsHalfUpOnTheDecimalValue() {
        // 4/91 = 4.3956... -> 4,40; 0.125 -> 0.13 (half-up), where half-even would give 0.12.
        assertEquals("4,40\u00A0%", fr.percent(100.0 * 4 / 91));
        assertEquals("0.13", en.decimal(0.125));
        assertEquals("2.68", en.decimal(2.675), "2.675 is 2.67499999... in binary; read as the decimal 2.675");
    }

    /** A signed figure shows its sign, except one that rounds to zero ("+0,0 pts" for 0,0 % against 0,0 % was printed). */
    @Test
    void signedFiguresThatRoundToZeroHaveNoSign() {
        assertEquals("+13,8", fr.fixed(13.8, 1, true));
        assertEquals("-34,76", fr.fixed(-34.76, 2, true));
        assertEquals("0,0", fr.fixed(0.0, 1, true));
        assertEquals("0,0", fr.fixed(-0.04, 1, true));
        assertEquals("0,0", fr.fixed(0.04, 1, true));
        assertEquals("0,0", fr.fixed(-0.0, 1, false));
        assertEquals("-0,011", fr.fixed(-0.011312747873588241, 3, true));
        assertEquals("+0,1", fr.fixed(0.05, 1, true), "half-up");
        assertEquals("∞", fr.fixed(Double.POSITIVE_INFINITY, 1, false));
    }
}
