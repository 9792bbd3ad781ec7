package fr.enquete.indicator;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An objective of a contract or a CTG, followed on an indicator: the gap to the reference brought to a fraction of
 * what it was ("réduire de moitié l'écart": {@code gap*0.5}), or a value to reach, by a year or a school year.
 *
 * @param factor     for a gap target, the fraction of the first gap to reach (0,5 for half); NaN for a value target
 * @param value      for a value target, the value to reach, in the indicator's unit; NaN for a gap target
 * @param year       the deadline, a school year by the year it ends (2026 for 2025-2026), as tables key them
 * @param schoolYear whether the deadline is a school year, printed as such ("2025-2026")
 */
public record Target(String indicator, double factor, double value, int year, boolean schoolYear) {

    private static final Pattern SPEC = Pattern.compile("(.+?)\\s*=\\s*(.+?)\\s*@\\s*(\\d{4}(?:\\s*[-–/]\\s*\\d{4})?)\\s*");

    public Target(String indicator, double factor, double value, int year) {
        this(indicator, factor, value, year, false);
    }

    /** The deadline as the spec wrote it: "2026", or the school year "2025-2026". */
    public String deadline() {
        return schoolYear ? Period.schoolYear(year).toString() : String.valueOf(year);
    }
    private static final Pattern GAP = Pattern.compile("(?:gap|[eé]cart)\\s*([*/])\\s*([0-9]+(?:[.,][0-9]+)?)", Pattern.CASE_INSENSITIVE);

    public boolean onGap() {
        return !Double.isNaN(factor);
    }

    /**
     * {@code INDICATOR=gap/2@2020} (or {@code gap*0.5}, {@code écart/2}) or {@code INDICATOR=50@2020}; the deadline may be a
     * school year, {@code @2025-2026} (or {@code 2025/2026}), as CAF and Éducation nationale tables count.
     *
     * @throws IllegalArgumentException with what was expected
     */
    public static Target parse(String spec) {
        Matcher m = SPEC.matcher(spec);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected INDICATOR=gap/2@YEAR or INDICATOR=VALUE@YEAR (YEAR a year, 2026, or a school"
                    + " year, 2025-2026), found \"" + spec + "\"");
        }
        String what = m.group(2);
        Period deadline = Period.parse(m.group(3)).filter(p -> p.years() <= 1).orElseThrow(() -> new IllegalArgumentException(
                "the deadline after \"@\" is a year (2026) or a school year (2025-2026), found \"" + m.group(3) + "\" in \"" + spec + "\""));
        int year = deadline.to();
        boolean school = deadline.span();
        Matcher g = GAP.matcher(what);
        if (g.matches()) {
            double x = Double.parseDouble(g.group(2).replace(',', '.'));
            double f = g.group(1).equals("*") ? x : 1 / x;
            if (!(f >= 0 && f < 1)) {
                throw new IllegalArgumentException("a gap target reduces the gap (gap/2, gap*0.5), found \"" + what + "\" in \"" + spec + "\"");
            }
            return new Target(m.group(1), f, Double.NaN, year, school);
        }
        Optional<Measure> v;
        try {
            v = Measure.parse(what);
        } catch (IllegalArgumentException e) {
            v = Optional.empty();
        }
        if (v.isEmpty()) {
            throw new IllegalArgumentException("expected gap/2, gap*0.5 or a value after \"=\", found \"" + what + "\" in \"" + spec + "\"");
        }
        return new Target(m.group(1), Double.NaN, v.get().value(), year, school);
    }

    /**
     * Where a territory stands against this target in the table's latest data.
     *
     * @param baseline    the first year with the data the target needs (the gap it is to reduce, the value it starts from)
     * @param current     the latest such year
     * @param start       the gap (or the value) at the baseline
     * @param now         the gap (or the value) at the latest year
     * @param goal        the gap (or the value) to reach
     * @param distance    how far {@code now} still is from {@code goal}, in the indicator's unit (points for shares); 0 when reached
     * @param unit        the indicator's unit
     * @param path        the gap (or the value) at each year with the data, from the baseline to the latest year
     * @param schoolYears whether those years are school years, each keyed by the year it ends (2020 for 2019-2020)
     */
    public record Status(Target target, String territory, String reference, int baseline, int current, double start, double now,
                         double goal, double distance, Unit unit, int decimals, java.util.List<Point> path, boolean schoolYears) {

        public Status {
            path = java.util.List.copyOf(path);
        }

        /** The baseline as the table prints it: "2016", or the school year "2015-2016" it ends. */
        public String baselineLabel() {
            return label(baseline);
        }

        /** The latest year as the table prints it: "2020", or the school year "2019-2020". */
        public String currentLabel() {
            return label(current);
        }

        private String label(int year) {
            return schoolYears ? Period.schoolYear(year).toString() : String.valueOf(year);
        }

        public boolean reached() {
            return distance <= 0;
        }

        /**
         * The straight way from the start to the goal, read at {@code year}: where the territory would be if it went
         * at an even pace (the trajectory a chart compares the path with).
         */
        public double onTrack(int year) {
            if (target.year() == baseline) {
                return goal;
            }
            return start + (goal - start) * (year - baseline) / (double) (target.year() - baseline);
        }
    }

    /** The gap (or the value) a target follows, in one year. */
    public record Point(int year, double value) {
    }

    /** The target followed for {@code territory} (against {@code reference} for a gap target). */
    public Status follow(IndicatorTable table, String territory, String reference) {
        if (!table.indicators().contains(indicator)) {
            throw new IllegalArgumentException("no indicator \"" + indicator + "\" for the target"
                    + fr.enquete.model.Names.didYouMean(indicator, table.indicators()));
        }
        if (onGap() && reference == null) {
            throw new IllegalArgumentException("the target on \"" + indicator + "\"'s gap needs a reference territory to measure the gap to:"
                    + " none of the territories compared contains the others: name the reference territory");
        }
        java.util.List<Integer> years = table.years(indicator).stream()
                .filter(y -> table.value(territory, indicator, y).isPresent() && (!onGap() || table.value(reference, indicator, y).isPresent()))
                .toList();
        if (years.isEmpty()) {
            throw new IllegalArgumentException("no value of \"" + indicator + "\" for " + territory
                    + (onGap() ? " and " + reference + " in the same year" : "") + ": the target cannot be followed");
        }
        int first = years.get(0);
        int last = years.get(years.size() - 1);
        java.util.List<Point> path = years.stream().map(y -> new Point(y, onGap() ? gap(table, territory, reference, y)
                : table.value(territory, indicator, y).orElseThrow().measure().value())).toList();
        Measure m = table.value(territory, indicator, last).orElseThrow().measure();
        boolean schoolYears = table.value(territory, indicator, last).orElseThrow().period().schoolYear();
        int decimals = m.decimals();
        if (onGap()) {
            double start = gap(table, territory, reference, first);
            double now = gap(table, territory, reference, last);
            double goal = factor * start;
            decimals = Math.max(decimals, table.value(reference, indicator, last).orElseThrow().measure().decimals());
            return new Status(this, territory, reference, first, last, start, now, goal, Math.max(0, Math.abs(now) - Math.abs(goal)),
                    m.unit(), decimals, path, schoolYears);
        }
        double start = table.value(territory, indicator, first).orElseThrow().measure().value();
        double now = m.value();
        // The way to go is from the first value to the target; with one value only, any difference is still to go.
        double way = value - (first == last ? now : start);
        double left = (value - now) * Math.signum(way == 0 ? value - now : way);
        return new Status(this, territory, null, first, last, start, now, value, Math.max(0, left), m.unit(), decimals, path, schoolYears);
    }

    private double gap(IndicatorTable table, String territory, String reference, int year) {
        return table.value(territory, indicator, year).orElseThrow().measure().value() - table.value(reference, indicator, year).orElseThrow().measure().value();
    }

    @Override
    public String toString() {
        return indicator + "=" + (onGap() ? "gap*" + String.format(Locale.ROOT, "%s", factor) : String.valueOf(value)) + "@" + deadline();
    }
}
