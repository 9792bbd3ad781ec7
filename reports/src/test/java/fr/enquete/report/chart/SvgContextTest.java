package fr.enquete.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The SVGs' number format writes what Batik's {@code DecimalFormat("#.##")} (US symbols) writes, character for
 * character: checked against a {@link DecimalFormat} on ties, values next to ties, negative numbers rounding to zero,
 * and a million random coordinates.
 */
class SvgContextTest {

    private final DecimalFormat batik = new DecimalFormat("#.##", new DecimalFormatSymbols(Locale.US));
    private final DecimalFormat ours = new SvgContext.TwoDecimals();

    private void same(double v) {
        assertEquals(batik.format(v), ours.format(v), () -> "for " + v + " (" + new java.math.BigDecimal(v) + ")");
    }

    @Test
    void tiesAndTheirNeighboursAreRoundedAsDecimalFormatRoundsThem() {
        for (int k = -200_000; k <= 200_000; k++) {
            double tie = k / 200.0;
            same(tie);
            same(Math.nextUp(tie));
            same(Math.nextDown(tie));
            same(k / 1000.0);
        }
        // Decimal ties that are not binary ties: 2.675 is 2.67499999..., 0.005 is 0.00500000000000000010...
        for (double v : new double[] {2.675, 0.005, 0.015, 1.005, 0.125, 0.135, 123456.785, 99999999.995}) {
            same(v);
            same(-v);
        }
    }

    @Test
    void smallNegativeNumbersKeepTheirSign() {
        for (double v : new double[] {-0.001, -1e-9, -0.0049, -0.005, -0.0051, -0.0, 0.0, 0.004, 1e-300, -1e-300}) {
            same(v);
        }
        assertEquals("-0", ours.format(-0.001));
    }

    @Test
    void randomCoordinatesAreWrittenAlike() {
        Random random = new Random(20261202);
        for (int i = 0; i < 1_000_000; i++) {
            double scale = Math.pow(10, random.nextInt(10) - 2);
            same((random.nextDouble() * 2 - 1) * scale);
        }
        for (double v : new double[] {1e8, -1e8, 1.5e9, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 12345678.9}) {
            same(v);
        }
    }
}
