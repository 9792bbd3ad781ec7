package fr.enquete.stats;

import fr.enquete.model.CellValues;
import fr.enquete.model.DateEvidence;
import fr.enquete.model.DateOrder;
import fr.enquete.model.UndatedPlaceholder;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;

/**
 * The submission date of every respondent, in file order, read from the export's submission column (Timestamp,
 * submitdate...). LimeSurvey and Google Forms users often sort an export newest first before saving it: the order of
 * submission is then the dates', not the rows', and a question added mid-survey is blank in the last rows.
 *
 * <p>Dates are read as seconds in both orders of a slashed date (day first [0], month first [1]) until the whole
 * column tells which it is ({@link DateEvidence}). Whether the rows are in the order of their dates needs only each
 * part's first and last date and whether it ever went back; the dates of every row are kept ({@link #keepingRows})
 * only for the reading that counts in date order, made once the file has proved out of it: an export in submission
 * order, the usual one, then keeps no array of a million dates (docs/performance.md, "Twenty-third pass").
 */
final class SubmissionDates {

    /** No date in that order (31/04 read month first), or no date at all; what {@link CellValues#isoSeconds} says of a non-ISO text. */
    static final long NONE = CellValues.NOT_ISO;

    private final String columnName;
    /** Whether every row's dates are kept ({@link #seconds(DateOrder, int)}); else only the order is followed. */
    private final boolean keepRows;
    private long[][] seconds;
    private long[] rows;
    private int size;
    /** Per date order: the first and last dates seen, whether a date came before the one above it, whether one was none. */
    private final long[] first = {NONE, NONE};
    private final long[] last = {NONE, NONE};
    private final boolean[] wentBack = new boolean[2];
    private final boolean[] someNone = new boolean[2];
    private final DateEvidence evidence = new DateEvidence();
    /** Whether some respondent's cell holds text that is no date: the rows then cannot be put in order. */
    private boolean undatable;
    /**
     * Respondents whose submission cell is blank or LimeSurvey's placeholder (an incomplete response): placed by their
     * fallback date when they have one ({@link #placed}), else left out of the order ({@link #undated}).
     */
    private long placed;
    private long undated;

    /** Follows the order of the dates only, keeping no row's. */
    SubmissionDates(String columnName) {
        this(columnName, false);
    }

    private SubmissionDates(String columnName, boolean keepRows) {
        this.columnName = columnName;
        this.keepRows = keepRows;
        this.placeholders = UndatedPlaceholder.column(columnName);
        if (keepRows) {
            seconds = new long[][] {new long[64], new long[64]};
            rows = new long[64];
        }
    }

    /** Keeps every row's dates as well, for {@link DatedStart}. */
    static SubmissionDates keepingRows(String columnName) {
        return new SubmissionDates(columnName, true);
    }

    /** Whether the column is one where LimeSurvey writes its 1980-01-01 stand-in ({@link UndatedPlaceholder}). */
    private final boolean placeholders;

    /** Records the next respondent's date; returns its index, which {@link DatedStart} uses. */
    int see(String text, long row) {
        return see(text, "", row);
    }

    /**
     * Records the next respondent's date, or, when its submission cell is blank (LimeSurvey leaves an incomplete
     * response's submitdate empty), its {@code fallback} (the datestamp of its last page, the startdate); a respondent
     * with neither is kept out of the dates' order rather than sending the whole file back to its rows' order.
     */
    int see(String text, String fallback, long row) {
        grow();
        if (missing(text)) {
            if (missing(fallback)) {
                undated++;
                if (keepRows) {
                    seconds[0][size] = NONE;
                    seconds[1][size] = NONE;
                    rows[size] = row;
                }
                return size++;
            }
            placed++;
            text = fallback;
        }
        // Most submission columns are ISO date-times (LimeSurvey's submitdate, KoboToolbox's _submission_time): read
        // without a pattern or objects. Each row passes here, and the general reading cost a million-row export 40 %.
        // (A placeholder never gets here: missing() took it.)
        long iso = CellValues.isoSeconds(text);
        if (iso != NONE) {
            evidence.seeIso(10 * (text.charAt(8) - '0') + text.charAt(9) - '0', text, row);
            return keep(iso, iso, row);
        }
        CellValues.DateCell d = UndatedPlaceholder.in(columnName, text) ? null : CellValues.readDate(text);
        if (d == null) {
            undatable = true;
        } else {
            evidence.see(d, text, row);
        }
        long dayFirst = seconds(d, DateOrder.DAY_FIRST);
        // An ISO date reads the same in both orders: converted once.
        return keep(dayFirst, d != null && d.iso() != null ? dayFirst : seconds(d, DateOrder.MONTH_FIRST), row);
    }

    /** A blank cell, or LimeSurvey's 1980-01-01 stand-in for an unrecorded date. */
    private boolean missing(String text) {
        return text.isBlank() || placeholders && text.startsWith("1980-01-01");
    }

    /** Follows the order of the next respondent's dates (and keeps them, when keeping rows); returns its index. */
    private int keep(long dayFirst, long monthFirst, long row) {
        follow(0, dayFirst);
        follow(1, monthFirst);
        if (keepRows) {
            seconds[0][size] = dayFirst;
            seconds[1][size] = monthFirst;
            rows[size] = row;
        }
        return size++;
    }

    private void follow(int k, long s) {
        if (s == NONE) {
            someNone[k] = true;
            return;
        }
        if (first[k] == NONE) {
            first[k] = s;
        } else if (s < last[k]) {
            wentBack[k] = true;
        }
        last[k] = s;
    }

    private static long seconds(CellValues.DateCell d, DateOrder order) {
        LocalDateTime t = d == null ? null : d.in(order);
        return t == null ? NONE : t.toEpochSecond(ZoneOffset.UTC);
    }

    private void grow() {
        grow(size + 1);
    }

    private void grow(int needed) {
        if (keepRows && needed > rows.length) {
            int length = Math.max(needed, rows.length * 2);
            rows = Arrays.copyOf(rows, length);
            seconds = new long[][] {Arrays.copyOf(seconds[0], length), Arrays.copyOf(seconds[1], length)};
        }
    }

    int size() {
        return size;
    }

    /** Appends the respondents of the part of the file that follows this one's. */
    void merge(SubmissionDates next) {
        if (keepRows) {
            grow(size + next.size);
            System.arraycopy(next.seconds[0], 0, seconds[0], size, next.size);
            System.arraycopy(next.seconds[1], 0, seconds[1], size, next.size);
            System.arraycopy(next.rows, 0, rows, size, next.size);
        }
        for (int k = 0; k < 2; k++) {
            someNone[k] |= next.someNone[k];
            wentBack[k] |= next.wentBack[k] || next.first[k] != NONE && last[k] != NONE && next.first[k] < last[k];
            if (first[k] == NONE) {
                first[k] = next.first[k];
            }
            if (next.last[k] != NONE) {
                last[k] = next.last[k];
            }
        }
        size += next.size;
        undatable |= next.undatable;
        placed += next.placed;
        undated += next.undated;
        evidence.merge(next.evidence);
    }

    /** A kept row's date ({@link #keepingRows}). */
    long seconds(DateOrder order, int index) {
        return seconds[order.ordinal()][index];
    }

    long row(int index) {
        return rows[index];
    }

    /** Whether a date came before the one above it, in either reading of a slashed date. */
    boolean wentBack() {
        return wentBack[0] || wentBack[1];
    }

    /** Respondents without a submission date placed by their fallback date (datestamp, startdate). */
    long placed() {
        return placed;
    }

    /** Respondents without any date, left out of the dates' order. */
    long undated() {
        return undated;
    }

    /**
     * The order of the dates when the rows are not in it, so that they must be taken by date; empty when the file is in
     * submission order (dates never decreasing), or when a cell holds text that is no date. A blank cell does not
     * prevent it: its respondent is placed by a fallback date or left out ({@link #undated}).
     */
    Optional<DateOrder> outOfOrder(DateOrder fallback) {
        if (undatable || size == 0 || evidence.mixed() || evidence.halfConverted()) {
            return Optional.empty();
        }
        DateOrder order = evidence.decide(fallback);
        int k = order.ordinal();
        return someNone[k] || !wentBack[k] ? Optional.empty() : Optional.of(order);
    }
}
