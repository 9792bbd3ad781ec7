package fr.enquete.indicator;

import java.util.ArrayList;
import java.util.List;

/**
 * The gap between a territory and its reference followed over the years both have a value for: "l'écart se creuse
 * entre 2008 et 2013" is a statement about this gap, not about either territory. The gap is a difference in the
 * indicator's unit (points for shares); counts are left out, since their difference only measures the territories' sizes.
 *
 * @param points the years both territories have a value for, ascending (at least two)
 */
public record GapTrend(String indicator, String territory, String reference, List<Point> points) {

    public GapTrend {
        points = List.copyOf(points);
    }

    /** One date: both values and the territory's value minus the reference's. */
    public record Point(int year, Indicator value, Indicator referenceValue, double gap) {
    }

    /** How the gap moved from the first date to the last. */
    public enum Trend { WIDENS, NARROWS, STABLE, REVERSES }

    public Point first() {
        return points.get(0);
    }

    public Point last() {
        return points.get(points.size() - 1);
    }

    /** Whether the values are shares, so the gap is in percentage points. */
    public boolean inPoints() {
        return first().value().measure().unit() == Unit.PERCENT;
    }

    /** The change in the gap's size, |last gap| − |first gap|: positive when the gap widens. */
    public double change() {
        return Math.abs(last().gap()) - Math.abs(first().gap());
    }

    /**
     * Widens or narrows by more than the printed values' rounding can explain (4 and 3,9 are level); reverses when the
     * territory passes from one side of the reference to the other.
     */
    public Trend trend() {
        double a = first().gap();
        double b = last().gap();
        if (a * b < 0 && Math.abs(a) > tolerance() && Math.abs(b) > tolerance()) {
            return Trend.REVERSES;
        }
        double d = change();
        return Math.abs(d) <= tolerance() ? Trend.STABLE : d > 0 ? Trend.WIDENS : Trend.NARROWS;
    }

    /** The most the rounding of the printed values can move a gap: half a unit of the last decimal of each value. */
    private double tolerance() {
        double r = 0;
        for (Point p : List.of(first(), last())) {
            r = Math.max(r, p.value().measure().rounding() + p.referenceValue().measure().rounding());
        }
        return r + 1e-9;
    }

    /** The gap's change per year between the first and the last date. */
    public double changePerYear() {
        return (last().gap() - first().gap()) / (last().year() - first().year());
    }

    /**
     * For each territory other than the reference and each indicator (not a count) both have values for in at least
     * two years, the gap at each of those years; in the comparison's order.
     */
    public static List<GapTrend> of(IndicatorTable table, Comparison comparison) {
        List<GapTrend> out = new ArrayList<>();
        String ref = comparison.reference();
        if (ref == null) {
            return out;
        }
        for (IndicatorTable.Entry entry : table.entries()) {
            for (String t : comparison.territories()) {
                if (t.equals(ref)) {
                    continue;
                }
                List<Point> points = new ArrayList<>();
                for (int year : table.years(entry)) {
                    var v = table.value(t, entry, year);
                    var r = table.value(ref, entry, year);
                    if (v.isEmpty() || r.isEmpty() || Comparison.isCount(table, entry, v.get().measure())
                            || v.get().measure().unit() != r.get().measure().unit()) {
                        continue;
                    }
                    points.add(new Point(year, v.get(), r.get(), v.get().measure().value() - r.get().measure().value()));
                }
                if (points.size() >= 2) {
                    out.add(new GapTrend(entry.name(), t, ref, points));
                }
            }
        }
        return out;
    }
}
