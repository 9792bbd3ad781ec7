package fr.enquete.indicator;

import java.util.ArrayList;
import java.util.List;

/**
 * An indicator's evolution for a territory between two years: the difference (in points for a share), the
 * relative change and the average annual change ((end / start)^(1 / years) − 1).
 */
public record Change(String indicator, String territory, int from, int to, Indicator start, Indicator end, double difference,
                     double relative, double annual) {

    /** The absolute change per year ("+162 habitants par an"), in the indicator's unit (points for a share). */
    public double perYear() {
        return difference / (to - from);
    }

    /** Every indicator and territory with a value in both years, in the table's order. */
    public static List<Change> of(IndicatorTable table, int from, int to) {
        return of(table, table.territories(), from, to);
    }

    /**
     * The same for these territories, in this order: those compared (the evolutions of all nineteen IRIS of Lomme
     * under a comparison of two of them was the only table to ignore {@code --territories}).
     */
    public static List<Change> of(IndicatorTable table, List<String> territories, int from, int to) {
        List<Change> out = new ArrayList<>();
        for (IndicatorTable.Entry entry : table.entries()) {
            for (String t : territories) {
                var a = table.value(t, entry, from);
                var b = table.value(t, entry, to);
                if (a.isPresent() && b.isPresent()) {
                    out.add(between(a.get(), b.get()));
                }
            }
        }
        return out;
    }

    /**
     * Whether an indicator is itself a rate of change ("Evolution des familles Caf" -5,3 %, "Variation de la population",
     * "Taux d'évolution annuel"): its values are compared by their difference in points only, since a relative change of
     * a change (-0,1 % against +0,1 %, "-200 %") or its average annual growth means nothing. Its name says so, and its
     * values, printed with their sign as changes are: a table titled "Evolution de la population 2010-2020" (or
     * "Évolution du revenu médian...", seed 000) over its populations per year holds levels, 65 951 and 66 107, whose
     * relative change and gap are the point of the table.
     */
    public static boolean isRateOfChange(String indicator, Measure... values) {
        String f = IndicatorReader.fold(indicator);
        return f.matches("^(evolution|variation|taux d'evolution|taux de variation)\\b.*")
                && java.util.Arrays.stream(values).anyMatch(m -> m != null && m.signed());
    }

    static Change between(Indicator a, Indicator b) {
        double x = a.measure().value();
        double y = b.measure().value();
        int years = b.period().from() - a.period().from();
        boolean change = isRateOfChange(a.name(), a.measure(), b.measure());
        double relative = x == 0 || change ? Double.NaN : 100 * (y / x - 1);
        double annual = x <= 0 || y < 0 || years <= 0 || change ? Double.NaN : 100 * (Math.pow(y / x, 1.0 / years) - 1);
        return new Change(a.name(), a.territory(), a.period().from(), b.period().from(), a, b, y - x, relative, annual);
    }
}
