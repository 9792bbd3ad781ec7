package fr.enquete.stats;

import fr.enquete.model.DateOrder;
import java.util.BitSet;

/**
 * One question's respondents and answers by their index in {@link SubmissionDates}, to find whether it started late
 * in the order of submission when the rows are not in it (an export sorted newest first). The respondents submitted
 * strictly before its earliest answer are those who could not have answered it; ties on the date count as after.
 */
final class DatedStart {

    private final BitSet base = new BitSet();
    private final BitSet answered = new BitSet();
    /** The first answer's submission date as written, per date order, with its row: kept as the rows go by. */
    private final long[] firstSeconds = {Long.MAX_VALUE, Long.MAX_VALUE};
    private final long[] firstRow = new long[2];
    private final String[] firstText = {"", ""};

    /** A respondent of the question's base, {@code index} in {@code dates}, whose date cell reads {@code dateText}. */
    void see(int index, boolean hasAnswer, SubmissionDates dates, String dateText) {
        base.set(index);
        if (!hasAnswer) {
            return;
        }
        answered.set(index);
        for (DateOrder o : DateOrder.values()) {
            long s = dates.seconds(o, index);
            int k = o.ordinal();
            // Among answers of the same second, the lowest row, whatever order the parts come in.
            if (s != SubmissionDates.NONE && (s < firstSeconds[k] || s == firstSeconds[k] && dates.row(index) < firstRow[k])) {
                firstSeconds[k] = s;
                firstRow[k] = dates.row(index);
                firstText[k] = dateText;
            }
        }
    }

    /** Adds what {@code next} saw in the following part of the file, whose indexes start at {@code offset}. */
    void merge(DatedStart next, int offset) {
        next.base.stream().forEach(i -> base.set(offset + i));
        next.answered.stream().forEach(i -> answered.set(offset + i));
        for (int k = 0; k < 2; k++) {
            if (next.firstSeconds[k] < firstSeconds[k] || next.firstSeconds[k] == firstSeconds[k] && next.firstRow[k] < firstRow[k]) {
                firstSeconds[k] = next.firstSeconds[k];
                firstRow[k] = next.firstRow[k];
                firstText[k] = next.firstText[k];
            }
        }
    }

    /** The counts of {@link LateStart}, the respondents taken in the order of their submission dates. */
    LateStart inDateOrder(SubmissionDates dates, DateOrder order) {
        int k = order.ordinal();
        if (answered.isEmpty()) {
            return LateStart.counted(0, 0, "", 0, 0);
        }
        long earlier = base.stream().filter(i -> dates.seconds(order, i) < firstSeconds[k]).count();
        return LateStart.counted(earlier, firstRow[k], firstText[k], base.cardinality() - earlier, answered.cardinality());
    }
}
