package fr.enquete.stats;

/**
 * Hyndman and Fan's sample quantiles, types 1 to 9, computed as R's {@code quantile.default} does, from the order
 * statistics of a sample given as its distinct values with their cumulative counts: the sample never has to sit in
 * memory as an array, so a million answers taking a few thousand values cost a few thousand entries.
 *
 * <p>commons-math3's {@code Percentile} needs the whole array; {@code OrderQuantilesTest} checks that this gives the
 * same quantiles as it does on the expanded array, for every type.
 */
final class OrderQuantiles {

    /** R's fuzz against rounding errors in the position (4 * .Machine$double.eps). */
    private static final double FUZZ = 4 * Math.ulp(1.0);

    private final double[] values;
    private final long[] cumulative;
    private final long n;

    /**
     * @param values     the distinct values, ascending
     * @param cumulative for each, how many answers are at most it (the last is the sample size)
     */
    OrderQuantiles(double[] values, long[] cumulative) {
        this.values = values;
        this.cumulative = cumulative;
        this.n = cumulative.length == 0 ? 0 : cumulative[cumulative.length - 1];
    }

    /** The k-th smallest answer (1-based), clamped to the first and last, as R pads its sorted sample. */
    double order(long k) {
        long c = Math.max(1, Math.min(n, k));
        int lo = 0;
        int hi = values.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < c) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return values[lo];
    }

    /** The type-{@code type} quantile at probability {@code p}; NaN for an empty sample. */
    double quantile(double p, int type) {
        if (n == 0) {
            return Double.NaN;
        }
        double h;
        long j;
        if (type <= 3) {
            double nppm = type == 3 ? n * p - 0.5 : n * p;
            j = (long) Math.floor(nppm + FUZZ);
            h = switch (type) {
                case 1 -> nppm > j ? 1 : 0;
                case 2 -> ((nppm > j ? 1 : 0) + 1) / 2.0;
                default -> nppm != j || Math.floorMod(j, 2) == 1 ? 1 : 0;
            };
        } else {
            double a;
            double b;
            switch (type) {
                case 4 -> {
                    a = 0;
                    b = 1;
                }
                case 5 -> a = b = 0.5;
                case 6 -> a = b = 0;
                case 7 -> a = b = 1;
                case 8 -> a = b = 1.0 / 3;
                case 9 -> a = b = 3.0 / 8;
                default -> throw new IllegalArgumentException("quantile type " + type);
            }
            double nppm = a + p * (n + 1 - a - b);
            j = (long) Math.floor(nppm + FUZZ);
            h = nppm - j;
            if (Math.abs(h) < FUZZ) {
                h = 0;
            }
        }
        double low = order(j);
        double high = order(j + 1);
        if (h == 1) {
            return high;
        }
        if (h > 0 && h < 1 && low != high) {
            return (1 - h) * low + h * high;
        }
        return low;
    }
}
