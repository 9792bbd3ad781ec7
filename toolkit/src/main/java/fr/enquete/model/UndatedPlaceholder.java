package fr.enquete.model;

import java.util.Set;

/**
 * LimeSurvey's stand-in for a date it did not record: a survey without date stamps writes {@code 1980-01-01 00:00:00}
 * in {@code submitdate} (only to mark the response complete), and responses imported without times get it in
 * {@code startdate} and {@code datestamp}. Such a cell says "completed", not "answered on 1 January 1980".
 */
public final class UndatedPlaceholder {

    private static final Set<String> COLUMNS = Set.of("submitdate", "startdate", "datestamp");

    private UndatedPlaceholder() {
    }

    /** True for a LimeSurvey date column (submitdate, startdate, datestamp), whatever its case, or its full-text heading. */
    public static boolean column(String name) {
        return COLUMNS.contains(LimeSurveyHeadings.code(name));
    }

    private static final java.time.LocalDateTime PLACEHOLDER = java.time.LocalDateTime.of(1980, 1, 1, 0, 0);

    /**
     * True when a cell of such a column holds the placeholder: as LimeSurvey writes it ({@code 1980-01-01 00:00:00},
     * {@code 1980-01-01 00:00}), or as a spreadsheet that re-saved the export holds it, a date cell at midnight
     * ({@code 1980-01-01}, {@code 1980-01-01T00:00:00}) or French text ({@code 01/01/1980 00:00:00}).
     */
    public static boolean in(String columnName, String cell) {
        String v = cell.strip();
        // The cell first: this is asked of every date cell, the column's name only of those that look the part.
        if (!v.startsWith("1980-01-01") && !v.startsWith("01/01/1980") || !column(columnName)) {
            return false;
        }
        CellValues.DateCell d = CellValues.readDate(v);
        return d != null && PLACEHOLDER.equals(d.in(DateOrder.DAY_FIRST)) && PLACEHOLDER.equals(d.in(DateOrder.MONTH_FIRST));
    }
}
