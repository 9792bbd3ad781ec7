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
 * estimated as N × base / respondents, and so is a group's ({@link #ofGroup}): the tables of {@code stats --by}.
 *
 * @param population        the number of people surveyed (0 when unknown: infinite population)
 * @param confidence        the confidence level, e.g. 0.95
 * @param surveyRespondents for the tables of a group of respondents, the respondents of the whole survey (whose
 *                          population is {@code population}); 0 for the tables of the whole survey
 * @param strata            for a group's tables in a stratified survey, the group's strata, whose intervals are then
 *                          those of a stratified estimate ({@link StratifiedGroup}); null otherwise
 */
public record Precision(long population, double confidence, long surveyRespondents, StratifiedGroup strata) {

    public Precision {
        if (population < 0) {
            throw new IllegalArgumentException("the population is a number of people, at least 0 (0: unknown); it was " + population);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("the confidence level is between 0 and 1 (0.95 for 95 %); it was " + confidence);
        }
        if (surveyRespondents < 0) {
            throw new IllegalArgumentException("the survey's respondents are at least 0; it was " + surveyRespondents);
        }
    }

    /** The precision of the whole survey's tables. */
    public Precision(long population, double confidence) {
        this(population, confidence, 0);
    }

    /** The precision of a survey's or a group's tables without strata. */
    public Precision(long population, double confidence, long surveyRespondents) {
        this(population, confidence, surveyRespondents, null);
    }

    /**
     * The same precision for the tables of a group of the survey's {@code respondents} (an answer of {@code stats --by}):
     * the group's population is estimated as N × group / respondents, a base within it as N × base / respondents, and
     * its response rate is unknown.
     */
    public Precision ofGroup(long respondents) {
        return new Precision(population, confidence, respondents);
    }

    /**
     * The same precision for the tables of a group of the survey's {@code respondents} in a stratified survey: its
     * intervals are those of the stratified estimate within the group ({@link StratifiedGroup}).
     */
    public Precision ofGroup(long respondents, StratifiedGroup groupStrata) {
        return new Precision(population, confidence, respondents, java.util.Objects.requireNonNull(groupStrata));
    }

    /**
     * The population a group's {@code respondents} stand for: by strata when known (Σ N_h × n_gh / n_h; NaN when the
     * design leaves it undefined), else N × group / the survey's respondents.
     */
    public double groupPopulation(long respondents) {
        return strata != null ? strata.population() : estimatedPopulation(respondents, respondents);
    }

    /** The interval of {@code row}'s (weighted) percentage in {@code table}, {@code respondents} answering the survey. */
    public Interval interval(QuestionResult.Choices table, ChoiceRow row, long respondents) {
        if (strata != null) {
            return strata.interval(table.question().id(), row, z());
        }
        return wilson(row.weighted() / table.weightedBase(), table.effectiveBase(), table.base(), respondents);
    }

    /** Whether these are the tables of a group ({@link #ofGroup}). */
    public boolean group() {
        return surveyRespondents > 0;
    }

    /**
     * The population that {@code n} respondents of these tables stand for: N itself for the whole survey's respondents,
     * N × n / respondents for a part of them; 0 when the population is unknown.
     */
    public double estimatedPopulation(long n, long respondents) {
        long of = group() ? surveyRespondents : respondents;
        return population == 0 ? 0 : of > 0 ? (double) population * n / of : population;
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
        if (population > 0) {
            double bigN = estimatedPopulation(n, respondents);
            if (bigN <= n) {
                return new Interval(100 * p, 100 * p);
            }
            double f = (bigN - n) / (bigN - 1);
            effective = effective / f;
        }
        return score(p, effective, z());
    }

    /** The normal quantile of the confidence level (1.96 at 95 %). */
    private double z() {
        return new NormalDistribution().inverseCumulativeProbability(1 - (1 - confidence) / 2);
    }

    /** Wilson's score interval of a share {@code p} over an effective size, in percent. */
    static Interval score(double p, double effective, double z) {
        double z2 = z * z;
        double denominator = 1 + z2 / effective;
        double centre = (p + z2 / (2 * effective)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / effective + z2 / (4 * effective * effective)) / denominator;
        return new Interval(100 * Math.max(0, centre - half), 100 * Math.min(1, centre + half));
    }

    /**
     * Respondents over the population, in percent; NaN when the population is unknown, and for a group's tables (the
     * group's population is only estimated, from the survey's rate).
     */
    public double responseRate(long respondents) {
        return population > 0 && !group() ? 100.0 * respondents / population : Double.NaN;
    }
}
