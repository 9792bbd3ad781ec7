package fr.enquete.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time of day written alone, as Microsoft Forms' "Heure de début" or a KoboToolbox {@code time} question gives it:
 * {@code 14:30}, {@code 09:05:00}, {@code 14h30}, {@code 14:30:00.000+01:00} (the zone dropped, the time read as
 * written). Read as minutes since midnight, so that a column of them is summarised as numbers are, and shown back as
 * {@code 14:30}.
 */
public final class TimeOfDay {

    private static final Pattern TIME = Pattern.compile(
            "([01]?\\d|2[0-3])[:hH]([0-5]\\d)(?::([0-5]\\d)(?:[.,]\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})?");
    private static final int DAY = 24 * 60;

    private TimeOfDay() {
    }

    /** The minutes since midnight of a cell holding only a time of day (seconds as a fraction), else NaN. */
    public static double minutes(String text) {
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            return Double.NaN;
        }
        double seconds = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2)) + seconds / 60;
    }

    /** Whether the cell holds only a time of day. */
    public static boolean is(String text) {
        return !Double.isNaN(minutes(text));
    }

    /** {@code 14:30}: minutes since midnight rounded to the minute (the last minute of the day at most); "–" for NaN. */
    public static String format(double minutes) {
        if (Double.isNaN(minutes)) {
            return "–";
        }
        long m = Math.min(DAY - 1, Math.max(0, Math.round(minutes)));
        return String.format(java.util.Locale.ROOT, "%02d:%02d", m / 60, m % 60);
    }
}
