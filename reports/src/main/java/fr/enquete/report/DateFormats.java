package fr.enquete.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Dates as outputs print them: for people in the report's language ("3 juin 2019 09:00", "June 3, 2019 09:00";
 * no time when it is midnight, seconds only when there are some), for machines one ISO 8601 form in CSV and JSON
 * ("2019-06-03T09:00:00").
 */
public final class DateFormats {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private DateFormats() {
    }

    /** The one form of CSV and JSON outputs. */
    public static String iso(LocalDateTime d) {
        return ISO.format(d);
    }

    /** A day for a reader: "1er mars 2024" (French writes the first of the month as an ordinal), "March 1, 2024". */
    public static String day(LocalDate day, Lang lang) {
        if (lang == Lang.FR) {
            String month = DateTimeFormatter.ofPattern("MMMM yyyy", lang.locale()).format(day);
            return (day.getDayOfMonth() == 1 ? "1er" : String.valueOf(day.getDayOfMonth())) + " " + month;
        }
        return DateTimeFormatter.ofPattern("MMMM d, yyyy", lang.locale()).format(day);
    }

    /**
     * For a reader: "3 juin 2019 09:00" (the first of a month "1er juin 2019") in French, "June 3, 2019 09:00" in English. Dates printed side by side (a
     * table's first and last) share the precision the finest of them needs: "3 juin 2019 09:00" beside "29 juin 2019
     * 17:23:17" read as if the first were less exact; it is "09:00:00" there.
     */
    public static List<String> text(List<LocalDateTime> dates, Lang lang) {
        boolean time = dates.stream().anyMatch(d -> !d.toLocalTime().equals(LocalTime.MIDNIGHT));
        boolean seconds = dates.stream().anyMatch(d -> d.getSecond() != 0);
        String pattern = (lang == Lang.FR ? "d MMMM yyyy" : "MMMM d, yyyy") + (seconds ? " HH:mm:ss" : time ? " HH:mm" : "");
        DateTimeFormatter f = DateTimeFormatter.ofPattern(pattern, lang.locale());
        // French writes the first of a month as an ordinal, as day() does: "1er juin 2019", never "1 juin 2019".
        return dates.stream().map(d -> lang == Lang.FR && d.getDayOfMonth() == 1 ? "1er" + f.format(d).substring(1) : f.format(d)).toList();
    }
}
