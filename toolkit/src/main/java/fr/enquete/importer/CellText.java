package fr.enquete.importer;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * Renders spreadsheet cell values the way a delimited export would hold them, independently of the
 * display format and of the machine's locale: numbers as plain decimals with a point ({@code 785.5},
 * not {@code 785,50 €}), dates as ISO ({@code 2019-06-14} or {@code 2019-06-14T09:30:00}), times of day alone as
 * {@code 14:30} or {@code 14:30:15}, elapsed times (a cell formatted {@code [h]:mm}) as ISO 8601 durations
 * ({@code PT26H30M}).
 */
final class CellText extends DataFormatter {

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter ISO_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (isElapsed(formatString) && value >= 0 && Double.isFinite(value)) {
            return duration(value);
        }
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime t = DateUtil.getLocalDateTime(value, use1904Windowing, true);
            return value < 1 ? time(t) : date(t);
        }
        return number(value);
    }

    /** An elapsed-time code ([h], [mm], [ss]) outside quoted text and escapes, in the format's first (positive) section. */
    private static final Pattern ELAPSED = Pattern.compile("\\[(h+|m+|s+)]", Pattern.CASE_INSENSITIVE);
    private static final Pattern LITERALS = Pattern.compile("\"[^\"]*\"|\\\\.");

    /**
     * Whether a number format shows an elapsed time: {@code [h]:mm} ({@code [HH]:MM} as LibreOffice saves it),
     * {@code [h]:mm:ss}, {@code [mm]:ss}, the format Excel users type durations in, whose hours run past 23.
     */
    static boolean isElapsed(String formatString) {
        // Asked for every number cell of a workbook, which has a handful of formats: each is examined once.
        return formatString != null && ELAPSED_FORMATS.computeIfAbsent(formatString, CellText::examineElapsed);
    }

    private static final java.util.Map<String, Boolean> ELAPSED_FORMATS = new java.util.concurrent.ConcurrentHashMap<>();

    private static boolean examineElapsed(String formatString) {
        String positive = LITERALS.matcher(formatString).replaceAll("").split(";", -1)[0];
        return ELAPSED.matcher(positive).find();
    }

    /**
     * A duration of {@code days} (a workbook stores 26:30 as 1.104166...), rounded to the second, in ISO 8601
     * ({@code PT26H30M}, {@code PT45M}): as a date it was "1 janvier 1900 02:30", and under a day a time of day
     * ("01:30"), while the elapsed format says the cell is a duration whatever its length.
     */
    static String duration(double days) {
        return Duration.ofSeconds(Math.round(days * 86_400)).toString();
    }

    static String number(double value) {
        return NumberToTextConverter.toText(value);
    }

    /**
     * A time of day: a date-formatted cell under one day holds a time typed alone ("14:30" in a column formatted hh:mm),
     * which a workbook stores as a fraction of its day zero; read as a date it was "31 décembre 1899 14:30".
     */
    static String time(LocalDateTime t) {
        return t.getSecond() == 0 ? t.format(HOURS_MINUTES) : t.format(HOURS_MINUTES_SECONDS);
    }

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter HOURS_MINUTES_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

    static String date(LocalDateTime t) {
        return t.toLocalTime().toSecondOfDay() == 0 ? t.format(ISO_DATE) : t.format(ISO_DATE_TIME);
    }
}
