package fr.enquete.stats;

/**
 * A running sum of weights with Neumaier's compensation: the rounding error of each addition is carried
 * separately, so the total is the exact sum of the terms rounded once. Without it, eight weights whose decimal
 * sum is 6,505 add up to 6.504999999999999 in floating point and are published as 6,50 instead of 6,51.
 * Neither the JDK nor commons-math3 exposes a mergeable compensated accumulator (DoubleSummaryStatistics also
 * tracks count, min and max per term), hence this class. Not thread-safe; parts merge with {@link #add(CompensatedSum)}.
 */
public final class CompensatedSum {

    private double sum;
    private double compensation;

    public void add(double x) {
        double t = sum + x;
        if (Math.abs(sum) >= Math.abs(x)) {
            compensation += (sum - t) + x;
        } else {
            compensation += (x - t) + sum;
        }
        sum = t;
    }

    /** Adds another partial sum (the next part of a file), keeping both compensations. */
    public void add(CompensatedSum other) {
        add(other.sum);
        compensation += other.compensation;
    }

    public double value() {
        return sum + compensation;
    }

    /** The compensated sum of {@code xs}. */
    public static double of(double... xs) {
        CompensatedSum s = new CompensatedSum();
        for (double x : xs) {
            s.add(x);
        }
        return s.value();
    }
}
