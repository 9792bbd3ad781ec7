package fr.enquete.stats;

import java.util.Arrays;

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
 * commons-math3 has no weighted percentile; this follows Hmisc's code line by line, and {@code WeightedStatsTest}
 * checks it against R.
 */
final class WeightedMoments {

    private WeightedMoments() {
    }

    /** The weighted variance (NaN with fewer than two answers of positive weight). */
    static double variance(double[] x, double[] w, int n) {
        double sw = 0;
        double swx = 0;
        for (int i = 0; i < n; i++) {
            sw += w[i];
            swx += w[i] * x[i];
        }
        double mean = swx / sw;
        double ss = 0;
        double sw2 = 0;
        int positive = 0;
        for (int i = 0; i < n; i++) {
            double wi = w[i] / sw;
            ss += wi * (x[i] - mean) * (x[i] - mean);
            sw2 += wi * wi;
            positive += w[i] > 0 ? 1 : 0;
        }
        return positive < 2 ? Double.NaN : ss / (1 - sw2);
    }

    /** The weighted quantiles of {@code x} (the first {@code n} values) at the probabilities {@code probs}. */
    static double[] quantiles(double[] x, double[] w, int n, double... probs) {
        // Zero weights are dropped, then the weights are rescaled to sum to the number of answers left.
        int m = 0;
        double[][] pairs = new double[n][];
        for (int i = 0; i < n; i++) {
            if (w[i] != 0) {
                pairs[m++] = new double[] {x[i], w[i]};
            }
        }
        double[] out = new double[probs.length];
        if (m == 0) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        double[][] kept = Arrays.copyOf(pairs, m);
        double total = 0;
        for (double[] p : kept) {
            total += p[1];
        }
        for (double[] p : kept) {
            p[1] = p[1] * m / total;
        }
        Arrays.sort(kept, (a, b) -> Double.compare(a[0], b[0]));
        // Equal answers are one point, with their summed weight (wtd.table), then cumulated.
        double[] values = new double[m];
        double[] cum = new double[m];
        int k = -1;
        for (double[] p : kept) {
            if (k >= 0 && values[k] == p[0]) {
                cum[k] += p[1];
            } else {
                values[++k] = p[0];
                cum[k] = p[1];
            }
        }
        int distinct = k + 1;
        double sum = 0;
        for (int i = 0; i < distinct; i++) {
            sum += cum[i];
            cum[i] = sum;
        }
        for (int i = 0; i < probs.length; i++) {
            double order = 1 + (sum - 1) * probs[i];
            double low = Math.max(Math.floor(order), 1);
            double high = Math.min(low + 1, sum);
            double frac = order % 1;
            out[i] = (1 - frac) * reaching(values, cum, distinct, low) + frac * reaching(values, cum, distinct, high);
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
