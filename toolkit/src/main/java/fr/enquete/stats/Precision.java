package fr.enquete.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The precision of percentages: Wilson score intervals, with the finite population correction when the
 * population surveyed is known (91 answers out of 238 centres is not a sample of an infinite population).
 *
 * <p>With f = (N − n) / (N − 1) the correction of the variance, the interval is Wilson's formula with the
 * effective size n / f: centre (p + z²/2n') / (1 + z²/n'), half-width z √(p(1−p)/n' + z²/4n'²) / (1 + z²/n').
 * Without a population, f = 1 (R's {@code prop.test(k, n, correct = FALSE)$conf.int}); when everyone answered
 * (n = N) the interval is the percentage itself. For a filtered question the population of its base is
 * estimated as N × base / respondents.
 *
 * @param population the number of people surveyed (0 when unknown: infinite population)
 * @param confidence the confidence level, e.g. 0.95
 */
public record Precision(long population, double confidence) {

    public Precision {
        if (population < 0 || !(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("population >= 0 and 0 < confidence < 1");
        }
    }

    /** The interval of k answers out of n; undefined when n is 0. */
    public Interval wilson(long k, long n, long respondents) {
        return wilson(n <= 0 ? Double.NaN : (double) k / n, n, n, respondents);
    }

    /** @deprecated a delegate kept for older callers: {@link #wilson(long, long, long)} as {low, high} */
    @Deprecated
    public double[] interval(long k, long n, long respondents) {
        Interval i = wilson(k, n, respondents);
        return new double[] {i.low(), i.high()};
    }

    /** @deprecated a delegate kept for older callers: {@link #wilson(double, double, long, long)} as {low, high} */
    @Deprecated
    public double[] interval(double p, double effective, long n, long respondents) {
        Interval i = wilson(p, effective, n, respondents);
        return new double[] {i.low(), i.high()};
    }

    /**
     * The interval of a share {@code p} (0 to 1) estimated from {@code n} respondents whose weights give the effective
     * size {@code effective} (Kish's (Σw)² / Σw², n without weights): Wilson's formula with the effective size, divided
     * by the finite population correction of the n respondents. Undefined when n is 0.
     */
    public Interval wilson(double p, double effective, long n, long respondents) {
        if (n <= 0 || Double.isNaN(p)) {
            return Interval.UNDEFINED;
        }
        double z = new NormalDistribution().inverseCumulativeProbability(1 - (1 - confidence) / 2);
        if (population > 0) {
            double bigN = respondents > 0 ? (double) population * n / respondents : population;
            if (bigN <= n) {
                return new Interval(100 * p, 100 * p);
            }
            double f = (bigN - n) / (bigN - 1);
            effective = effective / f;
        }
        double z2 = z * z;
        double denominator = 1 + z2 / effective;
        double centre = (p + z2 / (2 * effective)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / effective + z2 / (4 * effective * effective)) / denominator;
        return new Interval(100 * Math.max(0, centre - half), 100 * Math.min(1, centre + half));
    }

    /** Respondents over the population, in percent; NaN when the population is unknown. */
    public double responseRate(long respondents) {
        return population > 0 ? 100.0 * respondents / population : Double.NaN;
    }
}
