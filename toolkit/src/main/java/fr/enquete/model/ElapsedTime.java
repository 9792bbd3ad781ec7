package fr.enquete.model;

import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration written in a cell (a time spent, a waiting time), read as minutes: {@code 1:30} or {@code 26:30:00}
 * (hours unbounded, unlike a {@link TimeOfDay}), {@code 1h30}, {@code 1 h 30 min}, {@code 45 min}, {@code 2 h},
 * ISO 8601's {@code PT1H30M} or {@code P1DT2H}; a plain number only in a unit given (LimeSurvey's timings are
 * seconds), since {@code 90} alone could be minutes or seconds.
 */
public final class ElapsedTime {

    private static final Pattern CLOCK = Pattern.compile("(\\d{1,5}):([0-5]\\d)(?::([0-5]\\d)(?:[.,]\\d{1,9})?)?");
    /** "1h30", "1 h 30 min", "2 heures", "45 min", "45 mn": hours and/or minutes in words or symbols. */
    private static final Pattern WORDS = Pattern.compile(
            "(?:(\\d{1,5})\\s*(?:h|hrs?|heures?|hours?)\\.?(?:\\s*(\\d{1,2})(?:\\s*(?:min|mn|m|minutes?))?)?"
                    + "|(\\d{1,5})\\s*(?:min|mn|minutes?)\\.?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile(
            "P(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:[.,]\\d+)?)S)?)?", Pattern.CASE_INSENSITIVE);

    private ElapsedTime() {
    }

    /** The minutes of a cell written as a duration (not a plain number), else NaN. */
    public static double minutes(String text) {
        String v = text.strip();
        Matcher m = CLOCK.matcher(v);
        if (m.matches()) {
            double seconds = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            return Long.parseLong(m.group(1)) * 60 + Integer.parseInt(m.group(2)) + seconds / 60;
        }
        m = WORDS.matcher(v);
        if (m.matches()) {
            if (m.group(3) != null) {
                return Long.parseLong(m.group(3));
            }
            int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            return min < 60 ? Long.parseLong(m.group(1)) * 60 + min : Double.NaN;
        }
        m = ISO.matcher(v);
        if (m.matches() && v.length() > 1 && !v.toUpperCase(Locale.ROOT).endsWith("T")) {
            double total = 0;
            total += m.group(1) == null ? 0 : Long.parseLong(m.group(1)) * 24 * 60;
            total += m.group(2) == null ? 0 : Long.parseLong(m.group(2)) * 60;
            total += m.group(3) == null ? 0 : Long.parseLong(m.group(3));
            total += m.group(4) == null ? 0 : Double.parseDouble(m.group(4).replace(',', '.')) / 60;
            return total;
        }
        return Double.NaN;
    }

    /**
     * The minutes of a cell in a duration question: as {@link #minutes(String)}, or a plain number in {@code unit}
     * (seconds, minutes or hours) when one is given; NaN when the cell is neither (or a negative number).
     */
    public static double minutes(String text, ChronoUnit unit) {
        double m = minutes(text);
        if (!Double.isNaN(m) || unit == null) {
            return m;
        }
        double n = CellValues.parseNumber(text);
        if (Double.isNaN(n) || n < 0) {
            return Double.NaN;
        }
        return n * unit.getDuration().getSeconds() / 60.0;
    }

    /** Whether the cell holds a duration written as one (not a plain number). */
    public static boolean is(String text) {
        return !Double.isNaN(minutes(text));
    }

    /**
     * {@code 1:25}, {@code 26:30}, or {@code 0:04:47} when the seconds are not zero: hours, minutes and seconds,
     * rounded to the second (half up); null for NaN. A pipeline reading a question's times of a few seconds (LimeSurvey's
     * timings) gets them, where a clock to the minute gave "0:00".
     */
    public static String clock(double minutes) {
        if (Double.isNaN(minutes)) {
            return null;
        }
        long s = Math.round(minutes * 60);
        long m = s / 60;
        return s % 60 == 0 ? String.format(Locale.ROOT, "%d:%02d", m / 60, m % 60)
                : String.format(Locale.ROOT, "%d:%02d:%02d", m / 60, m % 60, s % 60);
    }

    /** The unit a spec's {@code unit:} names ({@code seconds}, {@code minutes}, {@code hours}, or s, min, h); null if none. */
    public static ChronoUnit unit(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "seconds", "second", "s", "secondes", "seconde" -> ChronoUnit.SECONDS;
            case "minutes", "minute", "min", "mn" -> ChronoUnit.MINUTES;
            case "hours", "hour", "h", "heures", "heure" -> ChronoUnit.HOURS;
            default -> null;
        };
    }
}
