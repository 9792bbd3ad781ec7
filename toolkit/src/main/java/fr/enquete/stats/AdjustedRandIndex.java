package fr.enquete.stats;

import java.util.HashMap;
import java.util.Map;

/**
 * The adjusted Rand index of two partitions of the same items (Hubert and Arabie, 1985): 1 when they agree,
 * about 0 for agreement by chance. commons-math has none; this is the formula R's
 * {@code mclust::adjustedRandIndex} computes, from the contingency table of the two labelings.
 */
public final class AdjustedRandIndex {

    private AdjustedRandIndex() {
    }

    /** The index of labelings {@code a} and {@code b} (any integers as labels). */
    public static double of(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("the two labelings have different lengths: " + a.length + " and " + b.length);
        }
        Map<Long, Long> cells = new HashMap<>();
        Map<Integer, Long> rows = new HashMap<>();
        Map<Integer, Long> cols = new HashMap<>();
        for (int i = 0; i < a.length; i++) {
            cells.merge(((long) a[i] << 32) ^ (b[i] & 0xffffffffL), 1L, Long::sum);
            rows.merge(a[i], 1L, Long::sum);
            cols.merge(b[i], 1L, Long::sum);
        }
        double index = cells.values().stream().mapToDouble(AdjustedRandIndex::pairs).sum();
        double sumRows = rows.values().stream().mapToDouble(AdjustedRandIndex::pairs).sum();
        double sumCols = cols.values().stream().mapToDouble(AdjustedRandIndex::pairs).sum();
        double expected = sumRows * sumCols / pairs(a.length);
        double max = (sumRows + sumCols) / 2;
        if (max == expected) {
            return 1; // both labelings put everything in one class (or each item alone): identical
        }
        return (index - expected) / (max - expected);
    }

    private static double pairs(long n) {
        return n * (n - 1) / 2.0;
    }
}
