package fr.enquete.stats;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.util.ResizableDoubleArray;

/**
 * Count, sum, mean, sample standard deviation (n - 1), extremes and quartiles of the answers to a
 * numeric question. Quartiles follow {@link #method()}. With no answer every figure is NaN but count.
 *
 * <p>With weights, {@code count} stays the number of answers (people) and {@code weight} is their total weight;
 * the sum is Σwx, the mean Σwx / Σw, the standard deviation and quartiles as {@link WeightedMoments} computes them.
 */
public record NumericSummary(long count, double sum, double mean, double stddev, double min, double q1,
                             double median, double q3, double max, QuantileMethod method, double weight) {

    public NumericSummary(long count, double sum, double mean, double stddev, double min, double q1,
                          double median, double q3, double max, QuantileMethod method) {
        this(count, sum, mean, stddev, min, q1, median, q3, max, method, count);
    }

    /** Computes a summary; {@code values} is not modified. */
    public static NumericSummary of(double[] values, QuantileMethod method) {
        Builder b = new Builder(method);
        for (double v : values) {
            b.add(v);
        }
        return b.build();
    }

    /** Accumulates values one at a time (exact quartiles need them all: 8 bytes per answer, 16 with weights). */
    public static final class Builder {
        private final QuantileMethod method;
        private final SummaryStatistics moments = new SummaryStatistics();
        private final ResizableDoubleArray values = new ResizableDoubleArray();
        /** Null until a weight other than 1 is met: unweighted answers cost nothing more. */
        private ResizableDoubleArray weights;
        private double weightSum;
        private double weightedSum;

        public Builder(QuantileMethod method) {
            this.method = method;
        }

        public void add(double value) {
            add(value, 1);
        }

        /** Adds an answer of weight {@code w} (at least 0). */
        public void add(double value, double w) {
            if (w != 1 && weights == null) {
                weights = new ResizableDoubleArray();
                for (int i = 0; i < values.getNumElements(); i++) {
                    weights.addElement(1);
                }
            }
            moments.addValue(value);
            values.addElement(value);
            if (weights != null) {
                weights.addElement(w);
            }
            weightSum += w;
            weightedSum += w * value;
        }

        /** The distribution of the values added so far, as R's {@code hist()} would bin it (heights weighted). */
        public Histogram histogram() {
            return weights == null ? Histogram.of(values.getElements())
                    : Histogram.of(values.getElements(), weights.getElements());
        }

        public NumericSummary build() {
            long n = moments.getN();
            if (n == 0) {
                double nan = Double.NaN;
                return new NumericSummary(0, 0, nan, nan, nan, nan, nan, nan, nan, method, 0);
            }
            if (weights != null) {
                if (method != QuantileMethod.DEFAULT) {
                    throw new IllegalStateException("weighted quartiles are type 7 (Hmisc wtd.quantile); " + method.label() + " has no weighted form here");
                }
                double[] xs = values.getElements();
                double[] ws = weights.getElements();
                double[] q = WeightedMoments.quantiles(xs, ws, (int) n, 0.25, 0.5, 0.75);
                double var = WeightedMoments.variance(xs, ws, (int) n);
                return new NumericSummary(n, weightedSum, weightedSum / weightSum, Math.sqrt(var), moments.getMin(), q[0], q[1], q[2],
                        moments.getMax(), method, weightSum);
            }
            Percentile p = new Percentile().withEstimationType(method.estimation());
            p.setData(values.getElements());
            return new NumericSummary(n, moments.getSum(), moments.getMean(),
                    n > 1 ? moments.getStandardDeviation() : Double.NaN,
                    moments.getMin(), p.evaluate(25), p.evaluate(50), p.evaluate(75), moments.getMax(), method, n);
        }
    }
}
