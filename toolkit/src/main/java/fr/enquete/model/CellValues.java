package fr.enquete.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the text of a cell is read as a number, a date or a tick, in French and English conventions. */
public final class CellValues {

    private static final Set<String> UNTICKED = Set.of("n", "0", "non", "no", "false", "faux", "0.0", "0,0");
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?(?:Z|[+-]\\d{2}:?\\d{2})?"
                    // SurveyMonkey writes 12-hour times: 06/08/2020 10:36:30 AM.
                    + "|(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:\\s+(\\d{1,2})[:h](\\d{2})(?::(\\d{2}))?(?:\\s*([AaPp])\\.?[Mm]\\.?)?)?"
                    // Google Forms' own "Download responses (.csv)": 2020/10/30 3:08:44 PM GMT+1 (English),
                    // 2024/01/18 14:18:00 UTC+1 (French): year first, then the form's time zone, dropped (the
                    // time is read as written, the local time of the form, like every other export's).
                    + "|(\\d{4})/(\\d{1,2})/(\\d{1,2})(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([AaPp])\\.?[Mm]\\.?)?)?"
                    + "(?:\\s*(?:GMT|UTC)(?:[+-]\\d{1,2}(?::?\\d{2})?)?)?");

    /**
     * Thousands grouped by a space, no-break space, narrow no-break space or apostrophe (then either decimal
     * mark), by points (then a decimal comma), or by commas (then a decimal point): groups of three digits.
     */
    private static final Pattern GROUPED = Pattern.compile("([+-]?)("
            + "\\d{1,3}(?:[ \\u00A0\\u202F']\\d{3})+(?=[.,]\\d|$)"
            + "|\\d{1,3}(?:\\.\\d{3})+(?=,\\d|$)"
            + "|\\d{1,3}(?:,\\d{3})+(?=\\.\\d|$)"
            + "|\\d+)(?:[.,](\\d+))?");
    private static final Pattern SCIENTIFIC = Pattern.compile("[+-]?\\d+(?:[.,]\\d+)?[eE][+-]?\\d+");

    private CellValues() {
    }

    /** A multiple-choice cell is ticked when it is not empty and not one of N, 0, Non, No, False, Faux. */
    public static boolean isTick(String cell) {
        int n = cell.length();
        if (n == 0) {
            return false;
        }
        if (n == 1) {
            // The usual ticks (Y, X, 1) and unticks (N, 0) without lower-casing every cell.
            char c = cell.charAt(0);
            return c != 'n' && c != 'N' && c != '0';
        }
        return n > 5 || !UNTICKED.contains(cell.toLowerCase(Locale.ROOT));
    }

    /**
     * Reads {@code 785}, {@code 785.5}, {@code 785,5}, {@code -3}, {@code 1 234,5} (space, no-break or
     * narrow no-break space as thousands separator), {@code 1.234,5} and {@code 1,234.5}.
     *
     * @return the number, or NaN when the text is not a number
     */
    public static double parseNumber(String text) {
        String s = text.strip();
        int n = s.length();
        if (n == 0 || n > 40) {
            return Double.NaN;
        }
        // Fast path: plain integers and decimals with one point or comma, the common case in large exports.
        int start = s.charAt(0) == '-' && n > 1 ? 1 : 0;
        int separator = -1;
        boolean plain = n < 16;
        // Under 16 digits a whole number fits a long exactly: its value is read in the same pass.
        long whole = 0;
        for (int i = start; i < n && plain; i++) {
            char c = s.charAt(i);
            if (c == '.' || c == ',') {
                plain = separator < 0 && i > start && i < n - 1;
                separator = i;
            } else {
                plain = c >= '0' && c <= '9';
                whole = whole * 10 + (c - '0');
            }
        }
        if (plain) {
            return separator < 0 ? (start == 1 ? -whole : whole) : Double.parseDouble(s.replace(',', '.'));
        }
        Matcher m = GROUPED.matcher(s);
        if (m.matches()) {
            String intPart = m.group(2).replaceAll("[ \u00A0\u202F'.,]", "");
            return Double.parseDouble(m.group(1) + intPart + (m.group(3) == null ? "" : "." + m.group(3)));
        }
        m = SCIENTIFIC.matcher(s);
        if (m.matches()) {
            return Double.parseDouble(s.replace(',', '.'));
        }
        return Double.NaN;
    }

    /**
     * A cell read as a date, as written: an ISO date (unambiguous), or a slashed one whose first two fields are
     * kept until the column tells their order ({@link DateEvidence}). {@code endOfDay} says that the time was written
     * 24:00 (ISO 8601's end of the day), read as the next day's 00:00; {@code time} is then midnight.
     */
    public record DateCell(LocalDateTime iso, int first, int second, int year, LocalTime time, boolean endOfDay) {
        /** The date in the given order, or null when the fields make no date in that order (31/04, 2/30). */
        public LocalDateTime in(DateOrder order) {
            if (iso != null) {
                return iso;
            }
            int day = order == DateOrder.DAY_FIRST ? first : second;
            int month = order == DateOrder.DAY_FIRST ? second : first;
            try {
                LocalDate date = LocalDate.of(year, month, day);
                return (endOfDay ? date.plusDays(1) : date).atTime(time);
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }

        /** Whether the cell is a date in at least one order. */
        public boolean valid() {
            return in(DateOrder.DAY_FIRST) != null || in(DateOrder.MONTH_FIRST) != null;
        }
    }

    /** What {@link #isoSeconds} gives for a text that is no plain ISO date or date-time. */
    public static final long NOT_ISO = Long.MIN_VALUE;

    /**
     * The seconds of {@code 2024-03-01}, {@code 2024-03-01 14:30} or {@code 2024-03-01 14:30:15} ({@code T} or a space
     * between), as {@link #readDate} reads them; {@link #NOT_ISO} for any other text, which that reading then
     * takes (a 24:00, an impossible day, a zone, other forms).
     */
    public static long isoSeconds(String t) {
        int n = t.length();
        if (n != 10 && n != 16 && n != 19 || t.charAt(4) != '-' || t.charAt(7) != '-') {
            return NOT_ISO;
        }
        if (n > 10 && (t.charAt(10) != ' ' && t.charAt(10) != 'T' || t.charAt(13) != ':' || n == 19 && t.charAt(16) != ':')) {
            return NOT_ISO;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = n > 10 ? digits(t, 11, 2) : 0;
        int minute = n > 10 ? digits(t, 14, 2) : 0;
        int second = n == 19 ? digits(t, 17, 2) : 0;
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return NOT_ISO;
        }
        return java.time.LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3_600L + minute * 60L + second;
    }

    /** The number written by the {@code count} digits from {@code from}, or -1 when one is no digit. */
    private static int digits(String t, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            int d = t.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = 10 * v + d;
        }
        return v;
    }

    /**
     * A plain ISO date or date-time ({@link #isoSeconds}) as {@link #readDate} reads it, without the pattern: the
     * commonest form (submission dates, LimeSurvey's and Kobo's date questions), and every cell of a date column passes
     * here when its texts are all different. Null for any other text.
     */
    public static DateCell isoDate(String text) {
        long iso = isoSeconds(text);
        return iso == NOT_ISO ? null : new DateCell(LocalDateTime.ofEpochSecond(iso, 0, java.time.ZoneOffset.UTC), 0, 0, 0, null, false);
    }

    /**
     * Reads ISO dates ({@code 2019-06-14}, {@code 2019-06-14 09:30:00}), Google Forms' year-first ones
     * ({@code 2020/10/30 3:08:44 PM GMT+1}) and slashed ones ({@code 14/06/2019},
     * {@code 1/18/2024 14:18}) without deciding yet which field of the latter is the day.
     *
     * @return the cell's fields, or null when it is not written as a date or is no date in either order
     */
    public static DateCell readDate(String text) {
        DateCell iso = isoDate(text);
        if (iso != null) {
            return iso;
        }
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            if (m.group(1) != null) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                return new DateCell(at(d, m.group(4), m.group(5), m.group(6)), 0, 0, 0, null, false);
            }
            if (m.group(14) != null) {
                String hour = twelveHour(m.group(17), m.group(20));
                if (m.group(17) != null && hour == null) {
                    return null;
                }
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(14)), Integer.parseInt(m.group(15)),
                        Integer.parseInt(m.group(16)));
                return new DateCell(at(d, hour, m.group(18), m.group(19)), 0, 0, 0, null, false);
            }
            String hour = twelveHour(m.group(10), m.group(13));
            if (m.group(10) != null && hour == null) {
                return null;
            }
            boolean endOfDay = endOfDay(hour, m.group(11), m.group(12));
            DateCell c = new DateCell(null, Integer.parseInt(m.group(7)), Integer.parseInt(m.group(8)),
                    Integer.parseInt(m.group(9)), endOfDay ? LocalTime.MIDNIGHT : time(hour, m.group(11), m.group(12)), endOfDay);
            return c.valid() ? c : null;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** Reads ISO dates and slashed ones in the given order; null when the text is no date in that order. */
    public static LocalDateTime parseDate(String text, DateOrder order) {
        DateCell c = readDate(text);
        return c == null ? null : c.in(order);
    }

    /** Reads ISO dates ({@code 2019-06-14}, {@code 2019-06-14 09:30:00}) and French ones ({@code 14/06/2019}). */
    public static LocalDateTime parseDate(String text) {
        return parseDate(text, DateOrder.DAY_FIRST);
    }

    /**
     * The 24-hour hour of {@code hour} followed by {@code amPm} (A or P, or null for a 24-hour clock): 12 AM is
     * midnight, 12 PM noon; null when a 12-hour clock's hour lies outside 1-12.
     */
    private static String twelveHour(String hour, String amPm) {
        if (hour == null || amPm == null) {
            return hour;
        }
        int h = Integer.parseInt(hour);
        if (h < 1 || h > 12) {
            return null;
        }
        return String.valueOf(h % 12 + (Character.toUpperCase(amPm.charAt(0)) == 'P' ? 12 : 0));
    }

    /** The date at the time written; 24:00 or 24:00:00 (ISO 8601's end of the day) is the next day's 00:00. */
    private static LocalDateTime at(LocalDate d, String h, String m, String s) {
        return endOfDay(h, m, s) ? d.plusDays(1).atStartOfDay() : d.atTime(time(h, m, s));
    }

    /** Whether a 24-hour time is 24:00 or 24:00:00, which ISO 8601 allows for the end of a day (24:00:01 is no time). */
    private static boolean endOfDay(String h, String m, String s) {
        return h != null && Integer.parseInt(h) == 24 && Integer.parseInt(m) == 0 && (s == null || Integer.parseInt(s) == 0);
    }

    private static LocalTime time(String h, String m, String s) {
        if (h == null) {
            return LocalTime.MIDNIGHT;
        }
        return LocalTime.of(Integer.parseInt(h), Integer.parseInt(m), s == null ? 0 : Integer.parseInt(s));
    }
}
