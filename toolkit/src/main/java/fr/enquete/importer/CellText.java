package fr.enquete.importer;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * Renders spreadsheet cell values the way a delimited export would hold them, independently of the
 * display format and of the machine's locale: numbers as plain decimals with a point ({@code 785.5},
 * not {@code 785,50 €}), dates as ISO ({@code 2019-06-14} or {@code 2019-06-14T09:30:00}), times of day alone as
 * {@code 14:30} or {@code 14:30:15}.
 */
final class CellText extends DataFormatter {

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter ISO_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime t = DateUtil.getLocalDateTime(value, use1904Windowing, true);
            return value < 1 ? time(t) : date(t);
        }
        return number(value);
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
