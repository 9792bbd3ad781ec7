package fr.enquete.stats;

/**
 * Weighted summaries of numeric answers, as R's Hmisc computes them with {@code normwt = TRUE} (weights rescaled
 * to sum to the number of answers, so their scale does not matter):
 *
 * <ul>
 *   <li>variance: {@code stats::cov.wt(x, w, method = "unbiased")}, i.e. Σŵ(x − x̄)² / (1 − Σŵ²) with ŵ = w / Σw
 *       (the sample variance when all weights are equal);</li>
 *   <li>quantiles: {@code Hmisc::wtd.quantile(x, w, type = "quantile", normwt = TRUE)}, Hyndman and Fan's type 7
 *       generalised to weights: order 1 + (n − 1)p, between the smallest answers whose cumulative weight reaches
 *       its floor and the next order (type 7 itself when all weights are equal). Answers of weight 0 are left out.</li>
 * </ul>
 * Both work on a {@link ValueTable.Sorted} (Hmisc also sums the weights of equal answers first, wtd.table).
 * commons-math3 has no weighted percentile; this follows Hmisc's code, and {@code WeightedStatsTest} checks it
 * against R.
 */
final class WeightedMoments {

    private WeightedMoments() {
    }

    /** The weighted variance of answers {@code x} of weights {@code w} (the first {@code n}). */
    static double variance(double[] x, double[] w, int n) {
        return variance(table(x, w, n));
    }

    /** The weighted quantiles of answers {@code x} of weights {@code w} (the first {@code n}). */
    static double[] quantiles(double[] x, double[] w, int n, double... probs) {
        return quantiles(table(x, w, n), probs);
    }

    private static ValueTable.Sorted table(double[] x, double[] w, int n) {
        ValueTable t = new ValueTable();
        for (int i = 0; i < n; i++) {
            t.add(x[i], w[i]);
        }
        // Without weights other than 1, the table's weights, squared weights and positives are its counts.
        return t.sorted();
    }

    /** Σŵ(x − x̄)² / (1 − Σŵ²); NaN with fewer than two answers of positive weight. */
    static double variance(ValueTable.Sorted t) {
        double sw = 0;
        double swx = 0;
        long positive = 0;
        for (int i = 0; i < t.values().length; i++) {
            sw += t.weights()[i];
            swx += t.weights()[i] * t.values()[i];
            positive += t.positives()[i];
        }
        if (positive < 2) {
            return Double.NaN;
        }
        double mean = swx / sw;
        double ss = 0;
        double sw2 = 0;
        for (int i = 0; i < t.values().length; i++) {
            double d = t.values()[i] - mean;
            ss += t.weights()[i] / sw * d * d;
            sw2 += t.squares()[i] / (sw * sw);
        }
        return ss / (1 - sw2);
    }

    /** Hmisc's weighted quantiles at the probabilities {@code probs}. */
    static double[] quantiles(ValueTable.Sorted t, double... probs) {
        double[] out = new double[probs.length];
        // Answers of weight 0 are dropped; the weights are rescaled to sum to the number of answers left.
        long m = 0;
        double total = 0;
        int k = 0;
        for (int i = 0; i < t.values().length; i++) {
            if (t.weights()[i] != 0) {
                m += t.positives()[i];
                total += t.weights()[i];
                k++;
            }
        }
        if (k == 0) {
            java.util.Arrays.fill(out, Double.NaN);
            return out;
        }
        double[] values = new double[k];
        double[] cum = new double[k];
        double sum = 0;
        int j = 0;
        for (int i = 0; i < t.values().length; i++) {
            if (t.weights()[i] != 0) {
                values[j] = t.values()[i];
                sum += t.weights()[i] * m / total;
                cum[j++] = sum;
            }
        }
        for (int i = 0; i < probs.length; i++) {
            double order = 1 + (sum - 1) * probs[i];
            double low = Math.max(Math.floor(order), 1);
            double high = Math.min(low + 1, sum);
            double frac = order % 1;
            out[i] = (1 - frac) * reaching(values, cum, k, low) + frac * reaching(values, cum, k, high);
        }
        return out;
    }

    /** The smallest value whose cumulative weight reaches {@code t} (R's approx(method = "constant", f = 1, rule = 2)). */
    private static double reaching(double[] values, double[] cum, int n, double t) {
        if (t <= cum[0]) {
            return values[0];
        }
        if (t > cum[n - 1]) {
            return values[n - 1];
        }
        int lo = 0;
        int hi = n - 1;
        while (lo < hi - 1) {
            int mid = (lo + hi) >>> 1;
            if (t < cum[mid]) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return t == cum[lo] ? values[lo] : values[hi];
    }
}
