package fr.enquete.stats;


/**
 * Count, sum, mean, sample standard deviation (n - 1), extremes and quartiles of the answers to a
 * numeric question. Quartiles follow {@link #method()}. With no answer every figure is NaN but count.
 *
 * <p>With weights, {@code count} stays the number of answers (people) and {@code weight} is their total weight;
 * the sum is Σwx, the mean Σwx / Σw, the standard deviation and quartiles as {@link WeightedMoments} computes them.
 *
 * @param approximate true when the question had more distinct answers than the exact limit: the quartiles then come
 *                    from a sketch ({@link Builder#SKETCH_ACCURACY}); the other figures stay exact
 * @param magnitudes  the answers' magnitudes, for the dominance rule of secrecy (exact, whatever the limit)
 */
public record NumericSummary(long count, double sum, double mean, double stddev, double min, double q1,
                             double median, double q3, double max, QuantileMethod method, double weight, boolean approximate,
                             Magnitudes magnitudes) {

    public NumericSummary(long count, double sum, double mean, double stddev, double min, double q1,
                          double median, double q3, double max, QuantileMethod method, double weight, boolean approximate) {
        this(count, sum, mean, stddev, min, q1, median, q3, max, method, weight, approximate, Magnitudes.NONE);
    }

    public NumericSummary(long count, double sum, double mean, double stddev, double min, double q1,
                          double median, double q3, double max, QuantileMethod method) {
        this(count, sum, mean, stddev, min, q1, median, q3, max, method, count, false);
    }

    /** Computes a summary; {@code values} is not modified. */
    public static NumericSummary of(double[] values, QuantileMethod method) {
        Builder b = new Builder(method);
        for (double v : values) {
            b.add(v);
        }
        return b.build();
    }

    /**
     * Accumulates answers as their distinct values with counts ({@link ValueTable}): exact quartiles in memory that
     * grows with the distinct answers, not the rows, and two builders merge (parts of a file counted apart give the
     * same summary). Beyond {@code exactLimit} distinct values the quartiles come from a DDSketch of relative accuracy
     * {@link #SKETCH_ACCURACY} (deterministic and mergeable); count, sum, mean, deviation and extremes stay exact.
     */
    public static final class Builder {

        /** Distinct values kept per question by default (16 bytes each at half load, 40 with weights). */
        public static final int DEFAULT_EXACT_LIMIT = 500_000;
        /** Beyond the limit, each quartile is within this relative distance of a sample value next to the exact one. */
        public static final double SKETCH_ACCURACY = 0.005;

        private final QuantileMethod method;
        private final int exactLimit;
        private ValueTable table = new ValueTable();
        private com.datadoghq.sketch.ddsketch.DDSketch sketch;
        /** Beyond the limit: exact moments kept as sums, shifted by the first value for stability. */
        private long n;
        private double shift;
        private double sw;
        private double swd;
        private double swdd;
        private double sww;
        private long positives;
        private boolean weighted;
        private double min = Double.POSITIVE_INFINITY;
        private double max = Double.NEGATIVE_INFINITY;
        private final Magnitudes.Builder magnitudes = new Magnitudes.Builder();

        public Builder(QuantileMethod method) {
            this(method, DEFAULT_EXACT_LIMIT);
        }

        public Builder(QuantileMethod method, int exactLimit) {
            this.method = method;
            this.exactLimit = exactLimit;
        }

        public void add(double value) {
            add(value, 1);
        }

        /** Adds an answer of weight {@code w} (at least 0). */
        public void add(double value, double w) {
            if (sketch == null) {
                // The answers' magnitudes are read from the table when it is built: nothing more per cell.
                table.add(value, w);
                if (table.distinct() > exactLimit) {
                    toSketch();
                }
                return;
            }
            accept(value, w, 1, w * w, w > 0 ? 1 : 0);
            magnitudes.add(value);
        }

        /** Adds everything {@code other} accumulated (the answers that follow). */
        public void merge(Builder other) {
            // The other's answers past its table's limit; those of its table come with the table.
            magnitudes.merge(other.magnitudes);
            if (sketch == null && other.sketch == null) {
                table.merge(other.table);
                if (table.distinct() > exactLimit) {
                    toSketch();
                }
                return;
            }
            if (sketch == null) {
                toSketch();
            }
            if (other.sketch == null) {
                feed(other.table.sorted());
                return;
            }
            sketch.mergeWith(other.sketch);
            n += other.n;
            double delta = other.shift - shift;
            // Re-centre the other's shifted sums on this shift.
            swdd += other.swdd + 2 * delta * other.swd + delta * delta * other.sw;
            swd += other.swd + delta * other.sw;
            sw += other.sw;
            sww += other.sww;
            positives += other.positives;
            weighted |= other.weighted;
            min = Math.min(min, other.min);
            max = Math.max(max, other.max);
        }

        /** Whether the quartiles are approximate (more distinct answers than the exact limit). */
        public boolean approximate() {
            return sketch != null;
        }

        private void toSketch() {
            sketch = com.datadoghq.sketch.ddsketch.DDSketches.unboundedDense(SKETCH_ACCURACY);
            ValueTable.Sorted t = table.sorted();
            table = null;
            feed(t);
        }

        private void feed(ValueTable.Sorted t) {
            for (int i = 0; i < t.values().length; i++) {
                accept(t.values()[i], t.weights()[i], t.counts()[i], t.squares()[i], t.positives()[i]);
                magnitudes.add(t.values()[i], t.counts()[i]);
            }
            weighted |= t.weighted();
        }

        private void accept(double v, double w, long count, double squares, long positive) {
            if (n == 0) {
                shift = v;
            }
            n += count;
            double d = v - shift;
            sw += w;
            swd += w * d;
            swdd += w * d * d;
            sww += squares;
            positives += positive;
            weighted |= w != count;
            min = Math.min(min, v);
            max = Math.max(max, v);
            if (w > 0) {
                sketch.accept(v, w);
            }
        }

        /** The distribution of the answers, as R's {@code hist()} would bin it (heights weighted). */
        public Histogram histogram() {
            return histogram(false);
        }

        /** As {@link #histogram()}; with {@code clock}, the answers are minutes binned on whole hours or their parts. */
        public Histogram histogram(boolean clock) {
            if (sketch == null) {
                ValueTable.Sorted t = table.sorted();
                return Histogram.ofTable(t.values(), t.counts(), t.weights(), clock);
            }
            // Beyond the limit: the sketch's bins, each at its representative value (within the sketch's accuracy).
            java.util.List<double[]> bins = new java.util.ArrayList<>();
            var mapping = sketch.getIndexMapping();
            sketch.getNegativeValueStore().getAscendingStream().forEach(b -> bins.add(new double[] {-mapping.value(b.getIndex()), b.getCount()}));
            double zeros = sketch.getCount() - sketch.getNegativeValueStore().getTotalCount() - sketch.getPositiveValueStore().getTotalCount();
            if (zeros > 0) {
                bins.add(new double[] {0, zeros});
            }
            sketch.getPositiveValueStore().getAscendingStream().forEach(b -> bins.add(new double[] {mapping.value(b.getIndex()), b.getCount()}));
            bins.sort((a, b) -> Double.compare(a[0], b[0]));
            double[] values = new double[bins.size()];
            long[] counts = new long[bins.size()];
            double[] heights = new double[bins.size()];
            for (int i = 0; i < bins.size(); i++) {
                values[i] = Math.max(min, Math.min(max, bins.get(i)[0]));
                heights[i] = bins.get(i)[1];
                counts[i] = Math.round(bins.get(i)[1]);
            }
            return Histogram.ofTable(values, counts, heights, n, min, max, clock);
        }

        public NumericSummary build() {
            if (sketch != null) {
                return fromSketch();
            }
            ValueTable.Sorted t = table.sorted();
            long count = 0;
            // Within the limit the answers are all in the table: their magnitudes are read from it.
            Magnitudes.Builder fromTable = new Magnitudes.Builder();
            for (int i = 0; i < t.counts().length; i++) {
                count += t.counts()[i];
                fromTable.add(t.values()[i], t.counts()[i]);
            }
            if (count == 0) {
                double nan = Double.NaN;
                return new NumericSummary(0, 0, nan, nan, nan, nan, nan, nan, nan, method, 0, false, fromTable.build());
            }
            double[] values = t.values();
            double lo = values[0];
            double hi = values[values.length - 1];
            if (t.weighted()) {
                if (method != QuantileMethod.DEFAULT) {
                    throw new IllegalStateException("weighted quartiles are type 7 (Hmisc wtd.quantile); " + method.label() + " has no weighted form here");
                }
                double w = 0;
                double wx = 0;
                for (int i = 0; i < values.length; i++) {
                    w += t.weights()[i];
                    wx += t.weights()[i] * values[i];
                }
                double[] q = WeightedMoments.quantiles(t, 0.25, 0.5, 0.75);
                return new NumericSummary(count, wx, wx / w, Math.sqrt(WeightedMoments.variance(t)), lo, q[0], q[1], q[2], hi, method, w, false,
                        fromTable.build());
            }
            double sum = 0;
            for (int i = 0; i < values.length; i++) {
                sum += values[i] * t.counts()[i];
            }
            double mean = sum / count;
            double ss = 0;
            for (int i = 0; i < values.length; i++) {
                double d = values[i] - mean;
                ss += t.counts()[i] * d * d;
            }
            long[] cumulative = new long[values.length];
            long c = 0;
            for (int i = 0; i < values.length; i++) {
                c += t.counts()[i];
                cumulative[i] = c;
            }
            OrderQuantiles q = new OrderQuantiles(values, cumulative);
            int type = method.type();
            double nan = Double.NaN;
            boolean quartiles = method.showsQuartiles(count);
            return new NumericSummary(count, sum, mean, count > 1 ? Math.sqrt(ss / (count - 1)) : Double.NaN, lo,
                    quartiles ? q.quantile(0.25, type) : nan, method.showsMedian(count) ? q.quantile(0.5, type) : nan,
                    quartiles ? q.quantile(0.75, type) : nan, hi, method, count, false, fromTable.build());
        }

        private NumericSummary fromSketch() {
            double mean = shift + swd / sw;
            // Σw(x − x̄)² from the shifted sums, then Hmisc's (1 − Σŵ²) correction (n − 1 without weights).
            double ss = swdd - swd * swd / sw;
            double var = positives < 2 ? Double.NaN : ss / sw / (1 - sww / (sw * sw));
            double[] q = sketch.getValuesAtQuantiles(new double[] {0.25, 0.5, 0.75});
            for (int i = 0; i < q.length; i++) {
                q[i] = Math.max(min, Math.min(max, q[i]));
            }
            return new NumericSummary(n, shift * sw + swd, mean, Math.sqrt(Math.max(0, var)), min, q[0], q[1], q[2], max, method, sw, true,
                    magnitudes.build());
        }
    }
}
