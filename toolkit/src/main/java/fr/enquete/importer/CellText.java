package fr.enquete.importer;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * Renders spreadsheet cell values the way a delimited export would hold them, independently of the
 * display format and of the machine's locale: numbers as plain decimals with a point ({@code 785.5},
 * not {@code 785,50 €}), dates as ISO ({@code 2019-06-14} or {@code 2019-06-14T09:30:00}).
 */
final class CellText extends DataFormatter {

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter ISO_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return date(DateUtil.getLocalDateTime(value, use1904Windowing, true));
        }
        return number(value);
    }

    static String number(double value) {
        return NumberToTextConverter.toText(value);
    }

    static String date(LocalDateTime t) {
        return t.toLocalTime().toSecondOfDay() == 0 ? t.format(ISO_DATE) : t.format(ISO_DATE_TIME);
    }
}
