package fr.enquete.report;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

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

    /** For a reader: "3 juin 2019 09:00" in French, "June 3, 2019 09:00" in English. */
    public static String text(LocalDateTime d, Lang lang) {
        String date = lang == Lang.FR ? "d MMMM yyyy" : "MMMM d, yyyy";
        String time = d.toLocalTime().equals(LocalTime.MIDNIGHT) ? "" : d.getSecond() == 0 ? " HH:mm" : " HH:mm:ss";
        return DateTimeFormatter.ofPattern(date + time, lang.locale()).format(d);
    }
}
