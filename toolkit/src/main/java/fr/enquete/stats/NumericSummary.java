package fr.enquete.stats;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.util.ResizableDoubleArray;

/**
 * Count, sum, mean, sample standard deviation (n - 1), extremes and quartiles of the answers to a
 * numeric question. Quartiles follow {@link #method()}. With no answer every figure is NaN but count.
 */
public record NumericSummary(long count, double sum, double mean, double stddev, double min, double q1,
                             double median, double q3, double max, QuantileMethod method) {

    /** Computes a summary; {@code values} is not modified. */
    public static NumericSummary of(double[] values, QuantileMethod method) {
        Builder b = new Builder(method);
        for (double v : values) {
            b.add(v);
        }
        return b.build();
    }

    /** Accumulates values one at a time (exact quartiles need them all: 8 bytes per answer). */
    public static final class Builder {
        private final QuantileMethod method;
        private final SummaryStatistics moments = new SummaryStatistics();
        private final ResizableDoubleArray values = new ResizableDoubleArray();

        public Builder(QuantileMethod method) {
            this.method = method;
        }

        public void add(double value) {
            moments.addValue(value);
            values.addElement(value);
        }

        /** The distribution of the values added so far, as R's {@code hist()} would bin it. */
        public Histogram histogram() {
            return Histogram.of(values.getElements());
        }

        public NumericSummary build() {
            long n = moments.getN();
            if (n == 0) {
                double nan = Double.NaN;
                return new NumericSummary(0, 0, nan, nan, nan, nan, nan, nan, nan, method);
            }
            Percentile p = new Percentile().withEstimationType(method.estimation());
            p.setData(values.getElements());
            return new NumericSummary(n, moments.getSum(), moments.getMean(),
                    n > 1 ? moments.getStandardDeviation() : Double.NaN,
                    moments.getMin(), p.evaluate(25), p.evaluate(50), p.evaluate(75), moments.getMax(), method);
        }
    }
}
