package fr.enquete.indicator;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year ({@code from == to}), or a span {@code 2015-2020}: the value of an indicator over a span is a published
 * evolution between its two years. A school (or season) year, {@code 2019-2020} read as one period, is a point in time
 * like a year, keyed by the year it ends ({@code from == to == 2020}, {@code schoolYear}): the tables, evolutions and
 * options find it as 2020, after 2018-2019 (2019), and it is printed as written, "2019-2020". A published evolution
 * between school years is keyed the same way: "Évolution 2015-2020" beside the 2015-2016 … 2019-2020 columns of a CAF
 * table runs from 2015-2016 (2016) to 2019-2020 (2020), {@code from == 2016, to == 2020, schoolYear}, printed as
 * published, "2015-2020".
 *
 * @param schoolYear whether {@code from} and {@code to} are school years, each keyed by the year it ends
 */
public record Period(int from, int to, boolean schoolYear) {

    public Period(int from, int to) {
        this(from, to, false);
    }

    /** The school year ending in {@code end}: 2019-2020 for 2020. */
    public static Period schoolYear(int end) {
        return new Period(end, end, true);
    }

    private static final Pattern SPAN = Pattern.compile("(\\d{4})\\s*[-–/à]\\s*(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(\\s*\\(.*\\))?");

    public static Period year(int y) {
        return new Period(y, y);
    }

    public boolean span() {
        return from != to;
    }

    /** A published evolution from the school year ending in {@code from} to the one ending in {@code to}. */
    public static Period betweenSchoolYears(int from, int to) {
        return new Period(from, to, true);
    }

    /** The year or school year this period starts at: 2015-2016 for a change over school years printed "2015-2020". */
    public Period start() {
        return schoolYear ? schoolYear(from) : year(from);
    }

    /** The year or school year this period ends at: 2019-2020 for a change over school years printed "2015-2020". */
    public Period end() {
        return schoolYear ? schoolYear(to) : year(to);
    }

    /** How many years the period covers: 5 for 2015-2020, 1 for an annual change, 0 for one year. */
    public int years() {
        return to - from;
    }

    /** "2018", "2015-2020", "2015 à 2020", "2020 (provisoire)"; empty when the cell is no period. */
    public static Optional<Period> parse(String cell) {
        String t = cell.strip();
        Matcher s = SPAN.matcher(t);
        if (s.matches()) {
            int a = Integer.parseInt(s.group(1));
            int b = Integer.parseInt(s.group(2));
            return a < b ? Optional.of(new Period(a, b)) : Optional.empty();
        }
        Matcher y = YEAR.matcher(t);
        if (y.matches()) {
            return Optional.of(year(Integer.parseInt(y.group(1))));
        }
        // A year written as a number cell of a workbook: 2020.0
        if (t.matches("\\d{4}\\.0+")) {
            return Optional.of(year(Integer.parseInt(t.substring(0, 4))));
        }
        return Optional.empty();
    }

    /**
     * A year as an option or a study file names it: "2020", or a school year as tables write it ("2019-2020",
     * "2019/2020"), which is found by the year it ends (2020); empty for anything else ("2019-2021" is a span, not a
     * school year).
     */
    public static Optional<Integer> yearOrSchoolYear(String text) {
        return parse(text).filter(p -> p.years() <= 1).map(Period::to);
    }

    @Override
    public String toString() {
        // A school year, or a change between school years, starts the year before its first school year ends.
        return schoolYear ? (from - 1) + "-" + to : span() ? from + "-" + to : String.valueOf(from);
    }
}
