package fr.enquete.indicator;

/**
 * How a value stands against a reference value.
 *
 * @param points        the difference in percentage points when both are shares, else NaN
 * @param ratio         value / reference (NaN when the reference is 0); for counts, the ratio of their rates per 1 000
 *                      inhabitants, never of the counts themselves (a town against its département is always "× 0,02")
 * @param relative      the relative difference in percent, 100 (value / reference − 1)
 * @param direction     1 above, −1 below, 0 level with the reference: equal as printed, or closer than the coarser
 *                      value's rounding (4 and 3,9 cannot be told apart; 4,0 and 3,9 can)
 * @param rate          for a count or an amount, the value per {@code per} inhabitants of its territory; NaN otherwise
 * @param referenceRate for a count or an amount, the reference's value per {@code per} of its inhabitants; NaN otherwise
 * @param per           how many inhabitants the rates are given for: 1 000 for counts, 1 for amounts in euros (the
 *                      custom of public budgets, "27,77 € par habitant"); 0 when the gap is not between rates
 * @param populationYears the years of the two populations the rates divide by (the value's, the reference's): the
 *                      figure's own year, else the latest before it ("2020" allocataires over "2018" inhabitants);
 *                      empty when the gap is not between rates
 */
public record Gap(double points, double ratio, double relative, int direction, double rate, double referenceRate, int per,
                  java.util.List<Integer> populationYears) {

    public Gap {
        populationYears = java.util.List.copyOf(populationYears);
    }

    public Gap(double points, double ratio, double relative, int direction) {
        this(points, ratio, relative, direction, Double.NaN, Double.NaN, 0, java.util.List.of());
    }

    public static Gap of(Measure value, Measure reference) {
        double d = value.value() - reference.value();
        boolean level = Math.abs(d) < Math.max(value.rounding(), reference.rounding()) - 1e-12 || Math.abs(d) < 1e-9;
        double ratio = reference.value() == 0 ? Double.NaN : value.value() / reference.value();
        boolean shares = value.unit() == Unit.PERCENT && reference.unit() == Unit.PERCENT;
        return new Gap(shares ? d : Double.NaN, ratio, Double.isNaN(ratio) ? Double.NaN : 100 * (ratio - 1), level ? 0 : (int) Math.signum(d));
    }

    /** The same gap without its ratio and relative gap: for rates of change, compared by their difference only. */
    public Gap differenceOnly() {
        return new Gap(points, Double.NaN, Double.NaN, direction, rate, referenceRate, per, populationYears);
    }

    /**
     * Two counts or amounts compared as rates per {@code per} inhabitants of their territories (1 000 for counts, 1 for
     * euros).
     */
    public static Gap perInhabitants(Measure value, double population, Measure reference, double referencePopulation, int per) {
        return perInhabitants(value, population, reference, referencePopulation, per, java.util.List.of());
    }

    /** The same, saying which years' populations were used (the value's, then the reference's). */
    public static Gap perInhabitants(Measure value, double population, Measure reference, double referencePopulation, int per,
                                     java.util.List<Integer> populationYears) {
        if (per <= 0) {
            throw new IllegalArgumentException("rates are per a positive number of inhabitants, not " + per);
        }
        double rate = per * value.value() / population;
        double ref = per * reference.value() / referencePopulation;
        double ratio = ref == 0 ? Double.NaN : rate / ref;
        double d = rate - ref;
        return new Gap(Double.NaN, ratio, Double.isNaN(ratio) ? Double.NaN : 100 * (ratio - 1), Math.abs(d) < 1e-9 ? 0 : (int) Math.signum(d),
                rate, ref, per, populationYears);
    }

    /** Whether the gap is in percentage points (both shares). */
    public boolean inPoints() {
        return !Double.isNaN(points);
    }

    /** Whether two counts or amounts were compared per inhabitants ({@link #per()} of them). */
    public boolean perInhabitants() {
        return !Double.isNaN(rate);
    }
}
