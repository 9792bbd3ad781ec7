package fr.enquete.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.junit.jupiter.api.Test;

/**
 * Quartiles from distinct values with counts, checked against a second method: commons-math3's Percentile on the
 * expanded array (R's types through its estimation types); merging parts gives exactly the one-pass summary; beyond
 * the exact limit the sketch stays within its relative accuracy.
 */
class OrderQuantilesTest {

    private static double[] sample(Random r, int n, int distinct) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextInt(distinct) * 2.5 - 40;
        }
        return x;
    }

    @Test
    void everyTypeAgreesWithCommonsMathOnTheExpandedSample() {
        Random r = new Random(7);
        double[] probs = {0.01, 0.1, 0.25, 0.3, 0.5, 0.7, 0.75, 0.9, 0.99};
        for (int round = 0; round < 60; round++) {
            int n = 1 + r.nextInt(r.nextBoolean() ? 12 : 400);
            double[] x = sample(r, n, 1 + r.nextInt(30));
            ValueTable t = new ValueTable();
            for (double v : x) {
                t.add(v, 1);
            }
            ValueTable.Sorted s = t.sorted();
            long[] cum = new long[s.values().length];
            long c = 0;
            for (int i = 0; i < cum.length; i++) {
                c += s.counts()[i];
                cum[i] = c;
            }
            OrderQuantiles q = new OrderQuantiles(s.values(), cum);
            for (QuantileMethod m : QuantileMethod.values()) {
                Percentile p = new Percentile().withEstimationType(m.estimation());
                p.setData(x);
                for (double prob : probs) {
                    double expected = p.evaluate(prob * 100);
                    assertEquals(expected, q.quantile(prob, m.type()), 1e-9 * Math.max(1, Math.abs(expected)),
                            "type " + m.type() + ", p " + prob + ", n " + n);
                }
            }
        }
    }

    @Test
    void partsMergedGiveExactlyTheOnePassSummary() {
        Random r = new Random(11);
        double[] x = sample(r, 5000, 300);
        double[] w = new double[x.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = 0.5 + r.nextDouble() * 3;
        }
        for (boolean weighted : new boolean[] {false, true}) {
            NumericSummary.Builder whole = new NumericSummary.Builder(QuantileMethod.DEFAULT);
            NumericSummary.Builder[] parts = {new NumericSummary.Builder(QuantileMethod.DEFAULT), new NumericSummary.Builder(QuantileMethod.DEFAULT),
                new NumericSummary.Builder(QuantileMethod.DEFAULT)};
            for (int i = 0; i < x.length; i++) {
                double wi = weighted ? w[i] : 1;
                whole.add(x[i], wi);
                parts[i * 3 / x.length].add(x[i], wi);
            }
            parts[0].merge(parts[1]);
            parts[0].merge(parts[2]);
            NumericSummary one = whole.build();
            NumericSummary merged = parts[0].build();
            if (!weighted) {
                // Counts add exactly: bit for bit the same summary and histogram.
                assertEquals(one, merged);
                assertEquals(whole.histogram(), parts[0].histogram());
                continue;
            }
            // Weights are summed in another order: equal but for the last bits (a file is always cut the same way, so
            // its outputs do not change from run to run or machine to machine).
            assertEquals(one.count(), merged.count());
            assertEquals(List.of(one.min(), one.q1(), one.median(), one.q3(), one.max()),
                    List.of(merged.min(), merged.q1(), merged.median(), merged.q3(), merged.max()));
            for (double[] pair : new double[][] {{one.sum(), merged.sum()}, {one.mean(), merged.mean()}, {one.stddev(), merged.stddev()},
                {one.weight(), merged.weight()}}) {
                assertEquals(pair[0], pair[1], 1e-12 * Math.abs(pair[0]));
            }
        }
    }

    @Test
    void beyondTheExactLimitQuartilesComeFromASketchWithinItsAccuracy() {
        Random r = new Random(3);
        int n = 200_000;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            // Incomes in euros and cents: almost every answer distinct.
            x[i] = Math.round((900 + r.nextGaussian() * 400 + r.nextDouble() * 3000) * 100) / 100.0;
        }
        NumericSummary exact = NumericSummary.of(x, QuantileMethod.DEFAULT);
        assertFalse(exact.approximate());
        NumericSummary.Builder a = new NumericSummary.Builder(QuantileMethod.DEFAULT, 10_000);
        NumericSummary.Builder b = new NumericSummary.Builder(QuantileMethod.DEFAULT, 10_000);
        for (int i = 0; i < n; i++) {
            (i < n / 2 ? a : b).add(x[i]);
        }
        a.merge(b);
        NumericSummary s = a.build();
        assertTrue(s.approximate());
        assertEquals(exact.count(), s.count());
        assertEquals(exact.mean(), s.mean(), 1e-9 * Math.abs(exact.mean()));
        assertEquals(exact.stddev(), s.stddev(), 1e-6 * exact.stddev());
        assertEquals(exact.min(), s.min());
        assertEquals(exact.max(), s.max());
        double eps = NumericSummary.Builder.SKETCH_ACCURACY;
        for (double[] pair : new double[][] {{exact.q1(), s.q1()}, {exact.median(), s.median()}, {exact.q3(), s.q3()}}) {
            // The sketch's value is within its relative accuracy of an order statistic next to the exact quartile.
            assertEquals(pair[0], pair[1], 2 * eps * Math.abs(pair[0]) + 0.01, "exact " + pair[0] + ", sketch " + pair[1]);
        }
        long histogramTotal = 0;
        for (long c : a.histogram().counts()) {
            histogramTotal += c;
        }
        assertEquals(n, histogramTotal);
    }
}
