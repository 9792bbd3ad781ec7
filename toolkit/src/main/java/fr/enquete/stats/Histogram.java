package fr.enquete.stats;

import java.util.Arrays;

/**
 * The distribution of a numeric question as R's {@code hist(x, right = FALSE)} draws it: Sturges' number of classes
 * ({@code ceiling(log2(n) + 1)}), breaks made round by R's {@code pretty()} algorithm, left-closed classes
 * {@code [a, b)} with the last one closed on the right too. Same breaks and counts as R, so a figure can be checked
 * against it. Left-closed, not R's default right-closed: a bar "2010–2020" holds 2010, as the classes of a derived
 * question ("2010 et +", "1960 à 1969") and French tables ("de 10 à moins de 20") read; right-closed, the
 * centres created in 1960, 1970, 2000 and 2010 were in the bar before, and the bars contradicted the decades' table
 * printed beside them.
 *
 * @param breaks the class limits, ascending ({@code counts.length + 1} of them)
 * @param counts the number of answers per class
 * @param weights the weight of the answers per class (the counts without weights): what the bars show
 */
public record Histogram(double[] breaks, long[] counts, double[] weights) {

    public Histogram {
        breaks = breaks.clone();
        counts = counts.clone();
        weights = weights.clone();
    }

    public Histogram(double[] breaks, long[] counts) {
        this(breaks, counts, java.util.Arrays.stream(counts).asDoubleStream().toArray());
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public double[] breaks() {
        return breaks.clone();
    }

    @Override
    public long[] counts() {
        return counts.clone();
    }

    /** Whether a bar counts fewer than {@code threshold} respondents (but some): statistical secrecy withholds it. */
    public boolean hasSmallBar(int threshold) {
        return Arrays.stream(counts).anyMatch(c -> c > 0 && c < threshold);
    }

    // Arrays compare by identity in a record: results compare by content.
    @Override
    public boolean equals(Object o) {
        return o instanceof Histogram h && Arrays.equals(breaks, h.breaks) && Arrays.equals(counts, h.counts) && Arrays.equals(weights, h.weights);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(breaks) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "Histogram[breaks=" + Arrays.toString(breaks) + ", counts=" + Arrays.toString(counts) + ", weights=" + Arrays.toString(weights) + "]";
    }

    /** The histogram of {@code values} (not modified); empty when there is none. */
    public static Histogram of(double[] values) {
        double[] ones = new double[values.length];
        Arrays.fill(ones, 1);
        return of(values, ones);
    }

    /** The histogram of {@code values} with their {@code weights} (R's breaks, from the values alone). */
    public static Histogram of(double[] values, double[] weights) {
        if (values.length == 0) {
            return new Histogram(new double[0], new long[0], new double[0]);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        long[] ones = new long[values.length];
        Arrays.fill(ones, 1);
        return ofTable(values, ones, weights, values.length, lo, hi);
    }

    /**
     * The histogram of answers given as distinct values with their counts and weights (a {@link ValueTable}): R's
     * breaks from the number of answers and the extremes, each value's count in its class.
     */
    public static Histogram ofTable(double[] values, long[] counts, double[] weights) {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        return values.length == 0 ? new Histogram(new double[0], new long[0], new double[0])
                : ofTable(values, counts, weights, n, values[0], values[values.length - 1]);
    }

    static Histogram ofTable(double[] values, long[] counts, double[] weights, long n, double lo, double hi) {
        return ofTable(values, counts, weights, n, lo, hi, false);
    }

    /**
     * As {@link #ofTable(double[], long[], double[])}, with {@code clock} for minutes (times of day, durations): breaks
     * on whole hours or their round parts ({@link #clockBreaks}), not R's round numbers of minutes (100, 200...).
     */
    public static Histogram ofTable(double[] values, long[] counts, double[] weights, boolean clock) {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        return values.length == 0 ? new Histogram(new double[0], new long[0], new double[0])
                : ofTable(values, counts, weights, n, values[0], values[values.length - 1], clock);
    }

    static Histogram ofTable(double[] values, long[] counts, double[] weights, long n, double lo, double hi, boolean clock) {
        if (n == 0) {
            return new Histogram(new double[0], new long[0], new double[0]);
        }
        int classes = (int) Math.ceil(Math.log(n) / Math.log(2) + 1);
        double[] breaks = clock ? clockBreaks(lo, hi, classes) : pretty(lo, hi, classes, 1);
        int k = breaks.length - 1;
        long[] out = new long[k];
        double[] heights = new double[k];
        double fuzz = 1e-7 * median(breaks);
        double[] lower = new double[k];
        for (int b = 0; b < k; b++) {
            lower[b] = breaks[b] - fuzz;
        }
        // Left-closed classes; R also moves the limits by a tiny fuzz so that a value equal to a break computed with
        // rounding error falls on the intended side. A value goes to the last class whose lowered lower limit it
        // reaches (the first one at least; the last class is closed on the right, as every value is at most the last
        // break): found by binary search, so no sort is needed.
        for (int i = 0; i < values.length; i++) {
            int b = lastReached(lower, values[i]);
            out[b] += counts[i];
            heights[b] += weights[i];
        }
        return new Histogram(breaks, out, heights);
    }

    /** Class widths of 5, 10, 15 and 30 seconds, in minutes, for short durations. */
    private static final double[] SUB_MINUTE_WIDTHS = {5 / 60.0, 10 / 60.0, 15 / 60.0, 30 / 60.0};

    /** Class widths in minutes a clock reads at a glance: parts of an hour, hours, days. */
    private static final double[] CLOCK_WIDTHS = {1, 2, 5, 10, 15, 20, 30, 60, 120, 180, 240, 360, 480, 720, 1440};

    /**
     * Breaks in minutes for at most {@code classes} classes (Sturges' number, as R's), of the narrowest width among
     * {@link #CLOCK_WIDTHS} (then whole days) that covers {@code lo} to {@code hi}: 08:00, 10:00... 22:00 for arrival
     * times from 09:36 to 21:30.
     */
    static double[] clockBreaks(double lo, double hi, int classes) {
        // Durations all under five minutes (a question's or a page's time in LimeSurvey's timings) may take classes of
        // seconds; times of day, from midnight, never reach here but in its first minutes.
        double width = hi < 5 ? narrowest(SUB_MINUTE_WIDTHS, lo, hi, classes) : 0;
        if (width == 0) {
            width = narrowest(CLOCK_WIDTHS, lo, hi, classes);
        }
        if (width == 0) {
            long days = 1;
            while (Math.ceil(hi / (1440.0 * days)) - Math.floor(lo / (1440.0 * days)) > classes) {
                days *= 2;
            }
            width = 1440 * days;
        }
        long first = (long) Math.floor(lo / width);
        long last = Math.max(first + 1, (long) Math.ceil(hi / width));
        double[] breaks = new double[(int) (last - first + 1)];
        for (int i = 0; i < breaks.length; i++) {
            breaks[i] = (first + i) * width;
        }
        return breaks;
    }

    /** The first of {@code widths} that covers {@code lo} to {@code hi} in at most {@code classes} classes, or 0. */
    private static double narrowest(double[] widths, double lo, double hi, int classes) {
        for (double w : widths) {
            if (Math.ceil(hi / w) - Math.floor(lo / w) <= classes) {
                return w;
            }
        }
        return 0;
    }

    /** The last index whose limit is at most {@code v}, or 0. */
    private static int lastReached(double[] lower, double v) {
        int lo = 0;
        int hi = lower.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (v >= lower[mid]) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static double median(double[] breaks) {
        double[] d = new double[breaks.length - 1];
        for (int i = 0; i < d.length; i++) {
            d[i] = breaks[i + 1] - breaks[i];
        }
        Arrays.sort(d);
        return d.length % 2 == 1 ? d[d.length / 2] : (d[d.length / 2 - 1] + d[d.length / 2]) / 2;
    }

    /** R's {@code pretty(c(lo, up), n, min.n)} (src/appl/pretty.c, default biases 1.5 and 2.75). */
    static double[] pretty(double lo, double up, int n, int minN) {
        double h = 1.5;
        double h5 = 0.5 + 1.5 * h;
        double dx = up - lo;
        double cell;
        boolean small;
        if (dx == 0 && up == 0) {
            cell = 1;
            small = true;
        } else {
            cell = Math.max(Math.abs(lo), Math.abs(up));
            double u = 1 + (h5 >= 1.5 * h + 0.5 ? 1 / (1 + h) : 1.5 / (1 + h5));
            u *= Math.max(1, n) * Math.ulp(1.0);
            small = dx < cell * u * 3;
        }
        if (small) {
            if (cell > 10) {
                cell = 9 + cell / 10;
            }
            cell *= 0.75;
            if (minN > 1) {
                cell /= minN;
            }
        } else {
            cell = dx;
            if (n > 1) {
                cell /= n;
            }
        }
        double base = Math.pow(10.0, Math.floor(Math.log10(cell)));
        double unit = base;
        if (2 * base - cell < h * (cell - unit)) {
            unit = 2 * base;
            if (5 * base - cell < h5 * (cell - unit)) {
                unit = 5 * base;
                if (10 * base - cell < h * (cell - unit)) {
                    unit = 10 * base;
                }
            }
        }
        double ns = Math.floor(lo / unit + 1e-7);
        double nu = Math.ceil(up / unit - 1e-7);
        while (ns * unit > lo + 1e-10 * unit) {
            ns--;
        }
        while (nu * unit < up - 1e-10 * unit) {
            nu++;
        }
        int k = (int) (0.5 + nu - ns);
        if (k < minN) {
            k = minN - k;
            if (ns >= 0) {
                nu += k / 2;
                ns -= k / 2 + k % 2;
            } else {
                ns -= k / 2;
                nu += k / 2 + k % 2;
            }
        }
        int count = (int) Math.round(nu - ns);
        double[] breaks = new double[count + 1];
        for (int i = 0; i <= count; i++) {
            // Computed from integers so that 0.1 steps do not accumulate error (R's seq does the same).
            breaks[i] = (ns + i) * unit;
        }
        return breaks;
    }
}
