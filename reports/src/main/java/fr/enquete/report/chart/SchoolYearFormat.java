package fr.enquete.report.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * A time axis's labels for school years, which tables key by the year they end: 2020 reads "2019-2020" as the table
 * prints it (not "2020", which a reader takes for the calendar year), or "2019-20" when the axis has too many ticks
 * for the long form to fit side by side.
 */
final class SchoolYearFormat extends NumberFormat {

    /** How many ticks "2019-2020" fits side by side on a chart {@code IndicatorCharts} draws (720 px wide). */
    static final int FULL_LABELS = 8;

    private final boolean shortForm;

    private SchoolYearFormat(boolean shortForm) {
        this.shortForm = shortForm;
    }

    /** The labels for an axis of {@code ticks} school years. */
    static SchoolYearFormat forTicks(int ticks) {
        return new SchoolYearFormat(ticks > FULL_LABELS);
    }

    /** The label of the school year ending in {@code end}: "2019-2020", or "2019-20". */
    String label(int end) {
        return (end - 1) + "-" + (shortForm ? String.format("%02d", end % 100) : String.valueOf(end));
    }

    @Override
    public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
        long end = Math.round(number);
        // Only whole years are ticks (the axis's unit is 1); anything else has no school year to name.
        return Math.abs(number - end) > 1e-9 ? to : to.append(label((int) end));
    }

    @Override
    public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
        return to.append(label((int) number));
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
        throw new UnsupportedOperationException("axis labels are only written");
    }
}
