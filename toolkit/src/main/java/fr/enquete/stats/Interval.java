package fr.enquete.stats;

/**
 * A confidence interval of a percentage, in percent.
 *
 * @param low  the lower bound (NaN when undefined: nobody in the base)
 * @param high the upper bound (NaN when undefined)
 */
public record Interval(double low, double high) {

    /** No base, no interval. */
    public static final Interval UNDEFINED = new Interval(Double.NaN, Double.NaN);

    /** Whether both bounds are numbers. */
    public boolean defined() {
        return !Double.isNaN(low) && !Double.isNaN(high);
    }
}
