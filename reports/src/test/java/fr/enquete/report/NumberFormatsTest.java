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

    /**
     * One instance is shared by the charts of a report, whose bar labels are formatted as each chart is drawn, on the
     * pool's threads, while the report's tables are built: a DecimalFormat used by two threads at once mixes their
     * digits, and a PNG of the fixture's report came out with other bytes once in a CI run.
     */
    @Test
    void oneInstanceFormatsRightOnSeveralThreadsAtOnce() throws Exception {
        int threads = 4;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            java.util.List<java.util.concurrent.Future<String>> wrong = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int seed = t;
                wrong.add(pool.submit(() -> {
                    start.await();
                    NumberFormats own = new NumberFormats(Lang.FR);
                    for (int i = 0; i < 200_000; i++) {
                        long n = seed * 1_000_003L + i * 7919L;
                        double p = (n % 100_000) / 1000.0;
                        String a = fr.integer(n) + " (" + fr.percent(p) + ") " + fr.decimal(p * 3.7) + " " + fr.fixed(p, 3, true);
                        String b = own.integer(n) + " (" + own.percent(p) + ") " + own.decimal(p * 3.7) + " " + own.fixed(p, 3, true);
                        if (!a.equals(b)) {
                            return a + " for " + b;
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<String> f : wrong) {
                assertEquals(null, f.get(), "formatted on a shared instance");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
