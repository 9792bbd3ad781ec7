package fr.enquete.indicator;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year ({@code from == to}), or a span {@code 2015-2020}: the value of an indicator over a span is a published
 * evolution between its two years.
 */
public record Period(int from, int to) {

    private static final Pattern SPAN = Pattern.compile("(\\d{4})\\s*[-–/à]\\s*(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(\\s*\\(.*\\))?");

    public static Period year(int y) {
        return new Period(y, y);
    }

    public boolean span() {
        return from != to;
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

    @Override
    public String toString() {
        return span() ? from + "-" + to : String.valueOf(from);
    }
}
