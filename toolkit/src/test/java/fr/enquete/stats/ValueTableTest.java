package fr.enquete.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The distinct values with their counts and weights, whichever way they were stored (small whole numbers by index,
 * the others hashed) and however the answers were split into parts and merged: checked against a TreeMap of the
 * same answers, counted one by one.
 */
class ValueTableTest {

    /** Whole numbers under the index's bound and past it, negatives, fractions and both zeros. */
    private static double value(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> r.nextInt(50);
            case 1 -> r.nextInt(5000);
            case 2 -> ValueTable.SMALL - 3 + r.nextInt(6);
            case 3 -> -r.nextInt(20);
            case 4 -> r.nextInt(40) * 0.25;
            default -> r.nextBoolean() ? -0.0 : 0.0;
        };
    }

    @Test
    void partsStoredEitherWayMergeToTheCountsOfOnePass() {
        Random r = new Random(2026);
        for (int round = 0; round < 200; round++) {
            int n = 1 + r.nextInt(3000);
            // Weights exact in binary (halves), so that any order of addition gives the same sums; in some rounds
            // weights other than 1 appear only after many answers, or only in a later part.
            int weightedFrom = r.nextInt(3) == 0 ? n : r.nextInt(n);
            int parts = 1 + r.nextInt(4);
            ValueTable[] tables = new ValueTable[parts];
            for (int p = 0; p < parts; p++) {
                tables[p] = new ValueTable();
            }
            TreeMap<Double, long[]> counts = new TreeMap<>();
            TreeMap<Double, Double> weights = new TreeMap<>();
            boolean weighted = false;
            for (int i = 0; i < n; i++) {
                double v = value(r);
                double w = i < weightedFrom ? 1 : 0.5 * r.nextInt(5);
                tables[i * parts / n].add(v, w);
                double key = v == 0 ? 0.0 : v;
                long[] c = counts.computeIfAbsent(key, k -> new long[2]);
                c[0]++;
                c[1] += w > 0 ? 1 : 0;
                weights.merge(key, w, Double::sum);
                weighted |= w != 1;
            }
            for (int p = 1; p < parts; p++) {
                tables[0].merge(tables[p]);
            }
            ValueTable.Sorted s = tables[0].sorted();
            String at = "round " + round + ", " + n + " answers in " + parts + " parts, weights from " + weightedFrom;
            assertEquals(counts.size(), tables[0].distinct(), at);
            assertArrayEquals(counts.keySet().stream().mapToDouble(Double::doubleValue).toArray(), s.values(), at);
            int i = 0;
            for (Map.Entry<Double, long[]> e : counts.entrySet()) {
                assertEquals(e.getValue()[0], s.counts()[i], at + ", value " + e.getKey());
                assertEquals(weights.get(e.getKey()), s.weights()[i], at + ", value " + e.getKey());
                assertEquals(e.getValue()[1], s.positives()[i], at + ", value " + e.getKey());
                i++;
            }
            assertEquals(weighted, s.weighted(), at);
        }
    }
}
