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
 * <p>Dates are kept as seconds in both orders of a slashed date (day first [0], month first [1]) until the whole
 * column tells which it is ({@link DateEvidence}).
 */
final class SubmissionDates {

    /** No date in that order (31/04 read month first), or no date at all. */
    static final long NONE = Long.MIN_VALUE;

    private final String columnName;
    private long[][] seconds = {new long[64], new long[64]};
    private long[] rows = new long[64];
    private int size;
    private final DateEvidence evidence = new DateEvidence();
    /** Whether some respondent's cell is blank, a placeholder or no date: the rows then cannot be put in order. */
    private boolean undatable;

    SubmissionDates(String columnName) {
        this.columnName = columnName;
    }

    /** Records the next respondent's date; returns its index, which {@link DatedStart} uses. */
    int see(String text, long row) {
        grow();
        CellValues.DateCell d = UndatedPlaceholder.in(columnName, text) ? null : CellValues.readDate(text);
        if (d == null) {
            undatable = true;
        } else {
            evidence.see(d, text, row);
        }
        for (DateOrder o : DateOrder.values()) {
            LocalDateTime t = d == null ? null : d.in(o);
            seconds[o.ordinal()][size] = t == null ? NONE : t.toEpochSecond(ZoneOffset.UTC);
        }
        rows[size] = row;
        return size++;
    }

    private void grow() {
        if (size == rows.length) {
            rows = Arrays.copyOf(rows, size * 2);
            seconds = new long[][] {Arrays.copyOf(seconds[0], size * 2), Arrays.copyOf(seconds[1], size * 2)};
        }
    }

    int size() {
        return size;
    }

    /** Appends the respondents of the part of the file that follows this one's. */
    void merge(SubmissionDates next) {
        for (int i = 0; i < next.size; i++) {
            grow();
            seconds[0][size] = next.seconds[0][i];
            seconds[1][size] = next.seconds[1][i];
            rows[size++] = next.rows[i];
        }
        undatable |= next.undatable;
        evidence.merge(next.evidence);
    }

    long seconds(DateOrder order, int index) {
        return seconds[order.ordinal()][index];
    }

    long row(int index) {
        return rows[index];
    }

    /**
     * The order of the dates when the rows are not in it, so that they must be taken by date; empty when the file is in
     * submission order (dates never decreasing), or when a respondent has no readable date to be placed by.
     */
    Optional<DateOrder> outOfOrder(DateOrder fallback) {
        if (undatable || size == 0 || evidence.mixed() || evidence.halfConverted()) {
            return Optional.empty();
        }
        DateOrder order = evidence.decide(fallback);
        long[] s = seconds[order.ordinal()];
        for (int i = 0; i < size; i++) {
            if (s[i] == NONE) {
                return Optional.empty();
            }
        }
        for (int i = 1; i < size; i++) {
            if (s[i] < s[i - 1]) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }
}
